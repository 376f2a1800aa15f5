package org.tracegraph;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.http.staticfiles.Location;
import java.util.Set;
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
import org.tracegraph.http.Access;
import org.tracegraph.http.AccessCheck;
import org.tracegraph.http.BodySize;
import org.tracegraph.http.BookmarkHeader;
import org.tracegraph.http.Errors;
import org.tracegraph.http.Guards;
import org.tracegraph.http.ProblemErrorHandler;
import org.tracegraph.http.Tokens;
import org.tracegraph.integrity.IntegrityController;
import org.tracegraph.integrity.IntegrityService;
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
        var access = new AccessCheck(new Tokens(protection.readerToken(), context.editorToken(), protection.adminToken()),
                protection);
        var guards = new Guards(protection, db.uri());
        var browser = new Neo4jBrowserController(context.browserConnectUri(), db.name());
        var imports = new ImportController(new ImportService(db, new ImportLimits(protection.maxImportBytes(),
                protection.maxImportInflatedBytes(), protection.maxImportRows())), new ImportJobs());
        var curation = new CurationController(new CurationService(db, protection.maxSourceTextBytes()),
                new HistoryService(db), protection);
        var cypher = new CypherController(new CypherService(db, context.cypherTimeout(), context.cypherMaxRows()),
                SavedQueries.load());
        var viewService = new ViewService(db);
        var views = new ViewController(viewService, context.embed());
        var embeds = new EmbedController(viewService, views, context.embed());
        var integrity = new IntegrityController(new IntegrityService(db));

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.objectMapper(), false));
            config.http.prefer405over404 = true;
            // AccessCheck refuses a larger Content-Length first; this also bounds a body sent without one.
            // The importer streams its body (ctx.bodyInputStream()) under MAX_IMPORT_SIZE instead.
            config.http.maxRequestSize = protection.maxBodyBytes();
            // a shared view names its entities in the query string: room for hundreds of ids
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            // files are public, as routes are, by their role: the explorer, docs and problems pages, the embed
            // page's scripts and styles (/embed/assets/), the webjars (enableWebjars(), with a role) and Neo4j Browser
            config.staticFiles.add("/web", Location.CLASSPATH, Set.of(Access.FILE));
            config.staticFiles.add(files -> {
                files.hostedPath = "/webjars";
                files.directory = "META-INF/resources/webjars";
                files.headers = java.util.Map.of("Cache-Control", "max-age=31622400");
                files.roles = Set.of(Access.FILE);
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/browser";
                files.directory = "/browser";
                files.location = Location.CLASSPATH;
                files.roles = Set.of(Access.FILE);
            });
            Errors.register(config.routes);
            // Only embeds may be framed (by EMBED_ALLOWED_ORIGINS; the embed page sets its own policy); no other
            // page (Guards). The embed page's scripts and styles are at /embed/assets/: a route, /embed/{id},
            // wins over a file.
            // headers and CORS on every request; then, on a request some route or file will serve, the check of
            // its role (Access): the token it needs, the rate budget it draws on, the body size it takes
            guards.register(config.routes);
            access.register(config.routes);
            BookmarkHeader.register(config.routes);
            config.routes.get("/embed/{id}", embeds::page, Access.PUBLIC);
            // the vocabulary's look for the explorer and the embed, files as theirs are (VocabularyAssets)
            config.routes.get(MetaController.VOCABULARY_MODULE, meta::vocabularyModule, Access.FILE);
            config.routes.get(MetaController.VOCABULARY_STYLESHEET, meta::vocabularyStylesheet, Access.FILE);
            extra.accept(config);
            // Neo4j Browser's pages connect only to the app's Bolt server, whatever their address says
            config.routes.get("/browser", browser::classic, Access.FILE);
            config.routes.get(Neo4jBrowserController.CLASSIC, browser::classic, Access.FILE);
            config.routes.get("/browser/preview", browser::preview, Access.FILE);
            config.routes.get(Neo4jBrowserController.PREVIEW, browser::preview, Access.FILE);
            config.routes.apiBuilder(() -> path("api", () -> {
                get("health", meta::health, Access.PUBLIC);
                get("vocabulary", meta::vocabulary, Access.READER);
                get("openapi.json", docs::openApi, Access.PUBLIC);
                get("docs", docs::page, Access.PUBLIC);
                get("search", search::search, Access.READER);
                get("graph", entities::subgraph, Access.READER);
                path("entities/{id}", () -> {
                    get(entities::entity, Access.READER);
                    get("neighbourhood", entities::neighbourhood, Access.READER);
                });
                // ---- curation: writes with evidence, history, merges
                post("entities", curation::createEntity, Access.EDITOR);
                path("entities/{id}", () -> {
                    patch(curation::updateEntity, Access.EDITOR);
                    delete(curation::deleteEntity, Access.EDITOR);
                    post("restore", curation::restoreEntity, Access.EDITOR);
                    // a restore cannot undo a merge
                    post("merge", curation::merge, Access.ADMIN);
                });
                post("relationships", curation::createRelationship, Access.EDITOR);
                path("relationships/{id}", () -> {
                    get(curation::relationship, Access.READER);
                    patch(curation::updateRelationship, Access.EDITOR);
                    delete(curation::deleteRelationship, Access.EDITOR);
                });
                // the history keeps what was deleted, perhaps for good reason
                get("changes", curation::changes, Access.EDITOR);
                get("changes/{id}", curation::change, Access.EDITOR);
                // ---- end of curation
                get("paths", paths::paths, Access.READER);
                get("timeline", timeline::timeline, Access.READER);
                get("export", exports::export, Access.READER);
                post("import", imports::start, Access.EDITOR, BodySize.LARGE);
                get("import/{job}", imports::job, Access.EDITOR);
                // POSTs that only read: a text, a query, a saved query's parameters in the body
                post("mentions", mentions::find, Access.READER);
                post("cypher", cypher::run, Access.READER);
                path("queries", () -> {
                    get(cypher::list, Access.READER);
                    post("{name}", cypher::runSaved, Access.READER);
                });
                // an embed on a public page reads its view and corrections; saving and publishing are writes
                path("views", () -> {
                    get(views::list, Access.READER);
                    post(views::create, Access.EDITOR);
                    get("{id}", views::get, Access.PUBLIC);
                    post("{id}/versions", views::publish, Access.EDITOR);
                    get("{id}/corrections", views::corrections, Access.PUBLIC);
                });
                get("oembed", embeds::oembed, Access.PUBLIC);
                path("sources", () -> {
                    get(sources::list, Access.READER);
                    post(curation::createSource, Access.EDITOR, BodySize.TEXT);
                    get("{id}", sources::source, Access.READER);
                    get("{id}/text", sources::text, Access.READER);
                    put("{id}/text", curation::putText, Access.EDITOR, BodySize.TEXT);
                });
                // every relationship whose evidence does not hold: read by those who can fix it (docs/api.md)
                get("integrity", integrity::report, Access.EDITOR);
            }));
        });
    }
}
