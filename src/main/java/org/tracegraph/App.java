package org.tracegraph;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.http.staticfiles.Location;
import java.util.function.Consumer;
import io.javalin.config.JavalinConfig;
import org.tracegraph.curation.CurationController;
import org.tracegraph.curation.CurationService;
import org.tracegraph.curation.HistoryService;
import org.tracegraph.cypher.CypherController;
import org.tracegraph.cypher.CypherService;
import org.tracegraph.cypher.SavedQueries;
import org.tracegraph.docs.DocsController;
import org.tracegraph.docs.Neo4jBrowserController;
import org.tracegraph.embed.EmbedController;
import org.tracegraph.embed.ViewController;
import org.tracegraph.embed.ViewService;
import org.tracegraph.exchange.ExportController;
import org.tracegraph.exchange.ExportService;
import org.tracegraph.exchange.ImportController;
import org.tracegraph.exchange.ImportJobs;
import org.tracegraph.exchange.ImportLimits;
import org.tracegraph.exchange.ImportService;
import org.tracegraph.graph.EntityController;
import org.tracegraph.graph.EntityService;
import org.tracegraph.graph.NeighbourhoodService;
import org.tracegraph.graph.SubgraphService;
import org.tracegraph.http.BookmarkHeader;
import org.tracegraph.http.EditorAuth;
import org.tracegraph.http.Errors;
import org.tracegraph.http.Guards;
import org.tracegraph.http.ProblemErrorHandler;
import org.tracegraph.http.Tokens;
import org.tracegraph.json.Json;
import org.tracegraph.mentions.MentionController;
import org.tracegraph.mentions.MentionService;
import org.tracegraph.meta.MetaController;
import org.tracegraph.paths.PathController;
import org.tracegraph.paths.PathService;
import org.tracegraph.search.SearchController;
import org.tracegraph.search.SearchService;
import org.tracegraph.sources.SourceController;
import org.tracegraph.sources.SourceService;
import org.tracegraph.timeline.TimelineController;
import org.tracegraph.timeline.TimelineService;

/** The web app: every route in one place. Built without starting, so tests and {@code main} share it. */
public final class App {
    private App() {
    }

    public static Javalin create(AppContext context) {
        return create(context, config -> { });
    }

    /** {@code extra} lets a caller observe or adjust the configuration, e.g. a test listing the routes. */
    public static Javalin create(AppContext context, Consumer<JavalinConfig> extra) {
        var db = context.database();
        var meta = new MetaController(db, context.neo4jMode());
        var entities = new EntityController(new EntityService(db), new NeighbourhoodService(db),
                new SubgraphService(db));
        var search = new SearchController(new SearchService(db));
        var paths = new PathController(new PathService(db, context.cypherTimeout()));
        var timeline = new TimelineController(new TimelineService(db));
        var sources = new SourceController(new SourceService(db));
        var docs = new DocsController();
        var exports = new ExportController(new ExportService(db));
        var mentions = new MentionController(new MentionService(db));
        var protection = context.protection();
        var editors = new EditorAuth(new Tokens(protection.readerToken(), context.editorToken(), protection.adminToken()));
        var guards = new Guards(protection, editors, db.uri());
        var browser = new Neo4jBrowserController(context.browserConnectUri(), db.name());
        var imports = new ImportController(new ImportService(db, new ImportLimits(protection.maxImportBytes(),
                protection.maxImportInflatedBytes(), protection.maxImportRows())), new ImportJobs(), editors);
        var curation = new CurationController(new CurationService(db), new HistoryService(db), editors);
        var cypher = new CypherController(new CypherService(db, context.cypherTimeout(), context.cypherMaxRows()),
                SavedQueries.load());
        var viewService = new ViewService(db);
        var views = new ViewController(viewService, editors, context.embed());
        var embeds = new EmbedController(viewService, views, context.embed());

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.objectMapper(), false));
            config.http.prefer405over404 = true;
            // Guards refuses a larger Content-Length first; this also bounds a body sent without one.
            // The importer streams its body (ctx.bodyInputStream()) under MAX_IMPORT_SIZE instead.
            config.http.maxRequestSize = protection.maxBodyBytes();
            // a shared view names its entities in the query string: room for hundreds of ids
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/browser";
                files.directory = "/browser";
                files.location = Location.CLASSPATH;
            });
            Errors.register(config.routes);
            // Only embeds may be framed (by EMBED_ALLOWED_ORIGINS; the embed page sets its own policy); no other
            // page (Guards). The embed page's scripts and styles are at /embed/assets/: a route, /embed/{id},
            // wins over a file.
            guards.register(config.routes);
            BookmarkHeader.register(config.routes);
            config.routes.get("/embed/{id}", embeds::page);
            // the vocabulary's look for the explorer and the embed, public as their files are (VocabularyAssets)
            config.routes.get(MetaController.VOCABULARY_MODULE, meta::vocabularyModule);
            config.routes.get(MetaController.VOCABULARY_STYLESHEET, meta::vocabularyStylesheet);
            extra.accept(config);
            // Neo4j Browser's pages connect only to the app's Bolt server, whatever their address says
            config.routes.get("/browser", browser::classic);
            config.routes.get(Neo4jBrowserController.CLASSIC, browser::classic);
            config.routes.get("/browser/preview", browser::preview);
            config.routes.get(Neo4jBrowserController.PREVIEW, browser::preview);
            config.routes.apiBuilder(() -> path("api", () -> {
                get("health", meta::health);
                get("vocabulary", meta::vocabulary);
                get("openapi.json", docs::openApi);
                get("docs", docs::page);
                get("search", search::search);
                get("graph", entities::subgraph);
                path("entities/{id}", () -> {
                    get(entities::entity);
                    get("neighbourhood", entities::neighbourhood);
                });
                // ---- curation: writes with evidence, history, merges
                post("entities", curation::createEntity);
                path("entities/{id}", () -> {
                    patch(curation::updateEntity);
                    delete(curation::deleteEntity);
                    post("restore", curation::restoreEntity);
                    post("merge", curation::merge);
                });
                post("relationships", curation::createRelationship);
                path("relationships/{id}", () -> {
                    get(curation::relationship);
                    patch(curation::updateRelationship);
                    delete(curation::deleteRelationship);
                });
                get("changes", curation::changes);
                get("changes/{id}", curation::change);
                // ---- end of curation
                get("paths", paths::paths);
                get("timeline", timeline::timeline);
                get("export", exports::export);
                post("import", imports::start);
                get("import/{job}", imports::job);
                post("mentions", mentions::find);
                post("cypher", cypher::run);
                path("queries", () -> {
                    get(cypher::list);
                    post("{name}", cypher::runSaved);
                });
                path("views", () -> {
                    get(views::list);
                    post(views::create);
                    get("{id}", views::get);
                    post("{id}/versions", views::publish);
                    get("{id}/corrections", views::corrections);
                });
                get("oembed", embeds::oembed);
                path("sources", () -> {
                    get(sources::list);
                    get("{id}", sources::source);
                    get("{id}/text", sources::text);
                });
            }));
        });
    }
}
