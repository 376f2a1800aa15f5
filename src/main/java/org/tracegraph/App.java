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
import org.tracegraph.analysis.AnalysisController;
import org.tracegraph.analysis.AnalysisService;
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
import org.tracegraph.http.AddressAllow;
import org.tracegraph.http.BookmarkHeader;
import org.tracegraph.http.Budget;
import org.tracegraph.http.ClientAddress;
import org.tracegraph.http.Cost;
import org.tracegraph.http.Errors;
import org.tracegraph.http.Guards;
import org.tracegraph.http.ProblemErrorHandler;
import org.tracegraph.http.RequestLog;
import org.tracegraph.http.Tokens;
import org.tracegraph.integrity.IntegrityController;
import org.tracegraph.integrity.IntegrityService;
import org.tracegraph.json.Json;
import org.tracegraph.duplicates.DuplicateController;
import org.tracegraph.duplicates.DuplicateService;
import org.tracegraph.ingest.DocumentController;
import org.tracegraph.ingest.DocumentService;
import org.tracegraph.ingest.Extractor;
import org.tracegraph.mcp.EvidenceTools;
import org.tracegraph.mcp.McpController;
import org.tracegraph.mentions.MentionController;
import org.tracegraph.mentions.MentionService;
import org.tracegraph.notes.NoteController;
import org.tracegraph.notes.NoteService;
import org.tracegraph.review.ReviewController;
import org.tracegraph.review.ReviewService;
import org.tracegraph.meta.MetaController;
import org.tracegraph.neo4j.Database;
import org.tracegraph.ops.AppMetrics;
import org.tracegraph.ops.MetricsController;
import org.tracegraph.ops.ProbeController;
import org.tracegraph.ops.Readiness;
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
        // one of each service: the API's routes and the MCP tools share them, and their limits with them
        var entityService = new EntityService(db);
        var neighbourhoodService = new NeighbourhoodService(db);
        var searchService = new SearchService(db);
        var pathService = new PathService(db, context.cypherTimeout());
        var timelineService = new TimelineService(db);
        var sourceService = new SourceService(db);
        var cypherService = new CypherService(db, context.cypherTimeout(), context.cypherMaxRows(),
                context.protection().cypherQueueWait());
        var entities = new EntityController(entityService, neighbourhoodService, new SubgraphService(db));
        var search = new SearchController(searchService);
        var paths = new PathController(pathService);
        var timeline = new TimelineController(timelineService);
        var sources = new SourceController(sourceService);
        var docs = new DocsController();
        var exports = new ExportController(new ExportService(db));
        var mentionService = new MentionService(db);
        var mentions = new MentionController(mentionService);
        var duplicateService = new DuplicateService(db);
        var duplicates = new DuplicateController(duplicateService);
        var protection = context.protection();
        var clients = new ClientAddress(protection.trustedProxies());
        var metrics = new AppMetrics();
        var access = new AccessCheck(new Tokens(protection.readerToken(), context.editorToken(), protection.adminToken()),
                protection, clients, metrics.registry());
        var requestLog = new RequestLog(clients, access::roleLabel, metrics.registry());
        var probes = new ProbeController(new Readiness(db));
        var scrapes = new MetricsController(metrics);
        var guards = new Guards(protection, db.uri());
        var browser = new Neo4jBrowserController(context.browserConnectUri(), db.name());
        var importJobs = new ImportJobs();
        var imports = new ImportController(new ImportService(db, new ImportLimits(protection.maxImportBytes(),
                protection.maxImportInflatedBytes(), protection.maxImportRows())), importJobs);
        var curationService = new CurationService(db, protection.maxSourceTextBytes());
        // documents' text is taken out in one child JVM at a time (ingest/Extractor), started at the first document
        var extractor = new Extractor((int) Math.min(Integer.MAX_VALUE, protection.maxSourceTextBytes()), 1);
        var reviewService = new ReviewService(db, curationService, duplicateService);
        var review = new ReviewController(reviewService);
        var documents = new DocumentController(new DocumentService(db, curationService, mentionService, reviewService,
                extractor, protection.maxDocumentBytes()), protection.maxDocumentBytes());
        var curation = new CurationController(curationService,
                new HistoryService(db), protection);
        var cypher = new CypherController(cypherService, SavedQueries.load());
        var notes = new NoteController(new NoteService(db));
        var mcp = McpController.serving(new EvidenceTools(searchService, entityService, neighbourhoodService,
                pathService, timelineService, sourceService, cypherService, CypherController.MAX_QUERY_LENGTH));
        var analysis = new AnalysisController(new AnalysisService(db));
        var viewService = new ViewService(db);
        var views = new ViewController(viewService, context.embed());
        var embeds = new EmbedController(views, context.embed());
        var integrity = new IntegrityController(new IntegrityService(db));

        // what the services queue, read at each scrape (the services themselves know nothing of metrics)
        metrics.gauge("tracegraph.cypher.running", "Analyst queries running", cypherService, CypherService::running);
        metrics.gauge("tracegraph.cypher.slots", "Analyst queries this instance runs at once", cypherService,
                CypherService::slots);
        metrics.gauge("tracegraph.writes.running", "Write transactions running", db, Database::writesRunning);
        metrics.gauge("tracegraph.writes.waiting", "Write transactions waiting for a write slot", db, Database::writesWaiting);
        metrics.gauge("tracegraph.writes.slots", "Write transactions this instance runs at once", db, Database::writeSlots);
        metrics.gauge("tracegraph.imports.running", "Import jobs running", importJobs, ImportJobs::running);
        metrics.counter("tracegraph.imports.started", "Import jobs started", importJobs, ImportJobs::started);

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.events.serverStarted(metrics::start);
            config.events.serverStopped(metrics::close);
            config.events.serverStopped(extractor::close);
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
            // the request's id first, so that every answer (a refusal by the guards too) and log line carries it
            requestLog.register(config);
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
            // operators' routes: probes for load balancers and orchestrators, metrics for Prometheus
            config.routes.get("/livez", probes::live, Access.PUBLIC, Budget.NONE);
            config.routes.get("/readyz", probes::ready, Access.PUBLIC, Budget.NONE);
            config.routes.get("/metrics", scrapes::scrape, Access.ADMIN, AddressAllow.METRICS);
            // MCP for AI assistants (Streamable HTTP): the API's reads, with the reader's token and budget
            config.routes.post("/mcp", mcp::post, Access.READER);
            config.routes.get("/mcp", mcp::stream, Access.READER);
            config.routes.apiBuilder(() -> path("api", () -> {
                get("health", meta::health, Access.PUBLIC);
                get("vocabulary", meta::vocabulary, Access.READER);
                get("openapi.json", docs::openApi, Access.PUBLIC);
                get("docs", docs::page, Access.PUBLIC);
                get("search", search::search, Access.READER);
                get("graph", entities::subgraph, Access.READER);
                path("entities/{id}", () -> {
                    get(entities::entity, Access.READER);
                    get("neighbourhood", entities::neighbourhood, Access.READER, Cost.HEAVY_WHEN_DEEP);
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
                // entities that may be the same: listed and decided by editors (merging is the admin's merge)
                get("duplicates", duplicates::list, Access.EDITOR);
                post("duplicates/decisions", duplicates::decide, Access.EDITOR);
                // what documents propose, private until an editor accepts it (review/); merging a pair is the admin's
                get("review", review::list, Access.EDITOR);
                get("review/{id}", review::item, Access.EDITOR);
                post("review/{id}", review::decide, Access.EDITOR);
                // editors' notes are private: every route, reads included, needs the editor token
                path("notes", () -> {
                    get(notes::list, Access.EDITOR);
                    post(notes::create, Access.EDITOR);
                    get("{id}", notes::note, Access.EDITOR);
                    put("{id}", notes::update, Access.EDITOR);
                    delete("{id}", notes::delete, Access.EDITOR);
                });
                // ---- end of curation
                // heavy reads run a few at a time (Cost); every read is charged the server time it takes
                get("paths", paths::paths, Access.READER, Cost.HEAVY);
                // centrality and communities on a bounded neighbourhood, with the evidence that counts
                get("analysis", analysis::analyse, Access.READER, Cost.HEAVY);
                get("timeline", timeline::timeline, Access.READER, Cost.HEAVY);
                get("export", exports::export, Access.READER, Cost.HEAVY);
                post("import", imports::start, Access.EDITOR, BodySize.LARGE);
                get("import/{job}", imports::job, Access.EDITOR);
                // POSTs that only read: a text, a query, a saved query's parameters in the body
                post("mentions", mentions::find, Access.READER, Cost.HEAVY);
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
                // a document in, a source holding its text out (ingest/): editors only
                post("documents", documents::ingest, Access.EDITOR, BodySize.DOCUMENT);
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
