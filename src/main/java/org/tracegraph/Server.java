package org.tracegraph;

import org.tracegraph.paths.ShortestPathsProcedure;

import io.javalin.Javalin;
import java.util.List;
import java.util.Optional;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracegraph.config.OwnerOnly;
import org.tracegraph.config.Secrets;
import org.tracegraph.config.Settings;
import org.tracegraph.core.SettingsException;
import org.tracegraph.http.Access;
import org.tracegraph.http.Routes;
import org.tracegraph.neo4j.Database;
import org.tracegraph.neo4j.EmbeddedNeo4j;
import org.tracegraph.neo4j.GraphSetup;
import org.tracegraph.neo4j.PageCacheSize;
import org.tracegraph.neo4j.ServerHardening;

/** A running Tracegraph: Neo4j (embedded, or the remote one it connects to), the driver and the web app. */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final Optional<EmbeddedNeo4j> embedded;
    private final Database database;
    private final Javalin app;

    private Server(Optional<EmbeddedNeo4j> embedded, Database database, Javalin app) {
        this.embedded = embedded;
        this.database = database;
        this.app = app;
    }

    /**
     * Neo4j, started embedded in {@code DATA_DIR} or connected to at {@code NEO4J_URI}, with the driver and the
     * schema applied (and the seed loaded into an empty graph): what the server and the command line share.
     */
    public record Graph(Optional<EmbeddedNeo4j> embedded, Database database) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
            embedded.ifPresent(EmbeddedNeo4j::close);
        }
    }

    public static Graph connect(Settings settings) {
        return connect(settings, true);
    }

    /** {@code seedEmptyGraph} false: the schema only, for a restore into an empty graph. */
    public static Graph connect(Settings settings, boolean seedEmptyGraph) {
        return connect(settings, seedEmptyGraph, true);
    }

    /** {@code setUp} false: neither schema nor seed, which the caller sees to (an offline load times them). */
    public static Graph connect(Settings settings, boolean seedEmptyGraph, boolean setUp) {
        Optional<EmbeddedNeo4j> embedded = Optional.empty();
        Database database = null;
        try {
            String uri;
            String password;
            if (settings.embedded()) {
                password = settings.neo4jPassword()
                        .orElseGet(() -> Secrets.keptIn(settings.dataDir().resolve("neo4j-password")));
                // the store, its logs and the secrets beside them: readable by the owner only
                OwnerOnly.directory(settings.dataDir());
                var home = OwnerOnly.directory(settings.dataDir().resolve("neo4j"));
                long pageCache = settings.pageCacheBytes() > 0 ? settings.pageCacheBytes() : PageCacheSize.forStore(home);
                LOG.info("Starting the embedded Neo4j in {} (page cache {} MiB, heap at most {} MiB)", home,
                        pageCache >> 20, Runtime.getRuntime().maxMemory() >> 20);
                var neo4j = EmbeddedNeo4j.start(home, settings.boltPort(), pageCache,
                        List.of(ShortestPathsProcedure.class));
                embedded = Optional.of(neo4j);
                uri = neo4j.boltUri();
            } else {
                uri = settings.neo4jUri().orElseThrow();
                password = settings.neo4jPassword().orElseThrow(() -> new SettingsException(
                        "NEO4J_PASSWORD must be set when NEO4J_URI points at a Neo4j server"));
            }
            var user = settings.embedded() ? EmbeddedNeo4j.USER : settings.neo4jUser();
            database = new Database(uri, user, password, settings.neo4jDatabase(), settings.databaseRetry());
            if (embedded.isPresent() && !database.acceptsCredentials()) {
                // first start, or NEO4J_PASSWORD changed since the last one
                embedded.get().setPassword(password);
            }
            verify(database);
            // the embedded server is started so; a remote one is its operator's to configure, and is told
            ServerHardening.warnAtStart(database);
            LOG.info("Connected to Neo4j at {}{}", uri, setUp ? "; applying the schema" : "");
            if (setUp) GraphSetup.apply(database, seedEmptyGraph);
            // what Neo4j made in the store with the process's umask, its indexes' directories included
            embedded.ifPresent(neo4j -> OwnerOnly.tree(settings.dataDir().resolve("neo4j")));
            return new Graph(embedded, database);
        } catch (RuntimeException e) {
            if (database != null) database.close();
            embedded.ifPresent(EmbeddedNeo4j::close);
            throw e;
        }
    }

    public static Server start(Settings settings) {
        var graph = connect(settings);
        try {
            var editorToken = settings.editorToken()
                    .orElseGet(() -> Secrets.keptIn(settings.dataDir().resolve("editor-token")));
            var adminToken = settings.adminToken()
                    .orElseGet(() -> Secrets.keptIn(settings.dataDir().resolve("admin-token")));
            var context = AppContext.from(settings, graph.database(), editorToken, adminToken);
            var app = App.create(context).start(settings.port());
            var server = new Server(graph.embedded(), graph.database(), app);
            server.logAddresses(settings);
            return server;
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    public Database database() {
        return database;
    }

    public Optional<EmbeddedNeo4j> embedded() {
        return embedded;
    }

    @Override
    public void close() {
        LOG.info("Shutting down");
        app.stop();
        database.close();
        embedded.ifPresent(EmbeddedNeo4j::close);
    }

    private static void verify(Database database) {
        try {
            database.verifyConnectivity();
        } catch (AuthenticationException e) {
            throw new SettingsException("Neo4j at " + database.uri() + " refused the user name or password"
                    + " (NEO4J_USER, NEO4J_PASSWORD)", e);
        } catch (ServiceUnavailableException e) {
            throw new SettingsException("Neo4j at " + database.uri() + " cannot be reached: " + e.getMessage(), e);
        }
    }

    /** What each token opens, from the routes' own roles (App): the log cannot drift from the code. */
    private void logAccess(Settings settings) {
        var routes = Routes.byAccess(Routes.of(app));
        LOG.info("Public, even with READER_TOKEN: {}", list(routes.get(Access.PUBLIC)));
        LOG.info("Reads, {}: {}", settings.readerToken().isPresent()
                ? "for token holders only (READER_TOKEN, or the editor or admin token)" : "public (READER_TOKEN unset)",
                list(routes.get(Access.READER)));
        LOG.info("The editor token ({}) opens, as the admin token does: {}",
                settings.editorToken().isPresent() ? "EDITOR_TOKEN" : "kept in " + settings.dataDir().resolve("editor-token"),
                list(routes.get(Access.EDITOR)));
        LOG.info("The admin token ({}) opens, beyond the editor's: {}",
                settings.adminToken().isPresent() ? "ADMIN_TOKEN" : "kept in " + settings.dataDir().resolve("admin-token"),
                list(routes.get(Access.ADMIN)));
    }

    private static String list(List<Routes.Route> routes) {
        return routes.isEmpty() ? "nothing" : String.join(", ", routes.stream().map(Routes.Route::toString).toList());
    }

    private void logAddresses(Settings settings) {
        LOG.info("Tracegraph is serving at http://localhost:{}/ (API docs at /api/docs)", port());
        if (embedded.isPresent()) {
            var bolt = embedded.get();
            LOG.info("Embedded Neo4j: Bolt at {} (user neo4j, password {}), data directory {}",
                    bolt.boltUri(), settings.neo4jPassword().isPresent() ? "from NEO4J_PASSWORD"
                            : "in " + settings.dataDir().resolve("neo4j-password"), settings.dataDir());
        } else {
            LOG.info("Neo4j: {} (database {})", database.uri(), database.name());
        }
        logAccess(settings);
        LOG.info("CORS is {}; rate limit {} requests a minute per client ({} writes), and {} of server time a"
                        + " second for its reads", settings.corsOrigins().isEmpty() ? "closed" : "open to "
                        + String.join(" ", settings.corsOrigins()),
                settings.rateLimitPerMinute() == 0 ? "off:" : settings.rateLimitPerMinute(),
                settings.writeRateLimitPerMinute(),
                settings.rateLimitCores() == 0 ? "no limit" : settings.rateLimitCores() + " s");
        if (settings.publicUrl().isPresent()) {
            LOG.info("Embed codes and oEmbed link to {} (PUBLIC_URL)", settings.publicUrl().get());
        } else {
            LOG.info("PUBLIC_URL is unset: embed codes and oEmbed link to the request's host only for {} (PUBLIC_HOSTS);"
                    + " set PUBLIC_URL to the address readers use", String.join(" ", settings.publicHosts()));
        }
    }
}
