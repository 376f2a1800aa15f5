package org.tracegraph.neo4j;

import inet.ipaddr.IPAddressString;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.internal.kernel.api.procs.QualifiedName;
import org.neo4j.kernel.api.QueryLanguage;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.tracegraph.core.SettingsException;

/**
 * A Neo4j Community server inside this process, reachable only through Bolt on loopback, so that the app
 * talks to it through the driver exactly as it would to a remote server. Nothing else uses its Java API.
 *
 * <p>Whatever query reaches it, through the app or through Bolt, it cannot read a file or reach the network:
 * {@code LOAD CSV} of a file URL is refused ({@code dbms.security.allow_csv_import_from_file_urls}), its import
 * directory is one that does not exist, {@code LOAD CSV} of any other URL is refused before a connection is
 * made (every address is on {@code internal.dbms.cypher_ip_blocklist}), and only {@link #PROCEDURES} can be
 * called (see docs/neo4j-hardening.md).
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    public static final String USER = "neo4j";
    /**
     * The procedures the server keeps; every other one is unregistered at start, and a plugin's are not loaded.
     * None reads a file or the network. {@code dbms.security.procedures.allowlist} alone would not do: it
     * governs procedures loaded from plugin jars, not Neo4j's own ({@code dbms.queryJmx},
     * {@code dbms.killConnections}, ...), which Community has no privileges to deny.
     */
    public static final Set<String> PROCEDURES = Set.of(
            // the app's own queries (cypher/app, GraphSetup)
            "tracegraph.shortestPaths", "db.awaitIndexes", "db.labels", "db.index.fulltext.queryNodes",
            "db.index.fulltext.queryRelationships",
            // fresh statistics after a bulk load, so the planner seeks rather than scans (IndexUseTest)
            "db.prepareForReplanning",
            // what an analyst may call through /api/cypher (QueryGuard's list)
            "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization", "db.schema.nodeTypeProperties",
            "db.schema.relTypeProperties", "db.index.fulltext.listAvailableAnalyzers",
            // Neo4j Browser at /browser: the server's version, its browser.* settings (without dbms.clientConfig,
            // which only a packaged server has, Browser reads them here: client.allow_telemetry among them),
            // routing for neo4j:// URLs, and its index tools
            "dbms.components", "dbms.listConfig", "dbms.routing.getRoutingTable",
            "dbms.cluster.routing.getRoutingTable", "db.awaitIndex");
    /** Every address LOAD CSV could be pointed at, IPv4 and IPv6. */
    static final List<String> BLOCKED_ADDRESSES = List.of("0.0.0.0/0", "::/0");
    /** Relationships from which a node is stored dense (see {@link #start}). */
    static final int DENSE_NODE_THRESHOLD = 10;

    private final DatabaseManagementService dbms;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /**
     * Starts the server stored in {@code home}, with Bolt on 127.0.0.1:{@code boltPort} (0: a free port) and
     * authentication on. The {@code neo4j} user's password is set by {@link #setPassword}.
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, long pageCacheBytes) {
        return start(home, boltPort, pageCacheBytes, List.of());
    }

    /** {@code procedures}: the app's own procedure classes, registered in every database of this server. */
    public static EmbeddedNeo4j start(Path home, int boltPort, long pageCacheBytes, List<Class<?>> procedures) {
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    // one query cannot take the heap the API shares with the database
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 512L << 20)
                    // no query reads a file: LOAD CSV of file URLs refused, and an import directory that does not
                    // exist should they ever be allowed (embedded, the default is the whole store's directory)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("no-import"))
                    // nor reaches the network: every address is blocked, checked before Neo4j connects (and at
                    // each redirect). Neo4j still resolves a host name to check it; the app's guard refuses LOAD
                    // CSV before that (see docs/neo4j-hardening.md)
                    .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                            BLOCKED_ADDRESSES.stream().map(IPAddressString::new).toList())
                    // a plugin jar dropped into the store's plugins directory brings no procedure beyond these
                    .setConfig(GraphDatabaseSettings.procedure_allowlist, List.copyOf(PROCEDURES))
                    // one server has every write it committed: a bookmark it has not reached names a write it
                    // never will (made up, or from a store since replaced), so it need not wait 30 s for it
                    .setConfig(GraphDatabaseSettings.bookmark_ready_timeout, Duration.ofSeconds(1))
                    // Neo4j locks a sparse node's whole relationship chain (exclusively) to add a relationship to
                    // it, but lets writes add to a dense node's at once. An entity many editors link to at the same
                    // moment is one that has many links: dense from 10 of them, not Neo4j's default 50, so that
                    // linking to it does not make editors take turns (see docs/performance.md, Load)
                    .setConfig(GraphDatabaseSettings.dense_node_threshold, DENSE_NODE_THRESHOLD)
                    // an investigator's server tells no one that it runs
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // nor does Neo4j Browser, which reads this at connect time (dbms.clientConfig): no crash
                    // reports or usage statistics (Guards.BROWSER_POLICY blocks what it still tries)
                    .setConfig(ServerSettings.allow_telemetry, false)
                    // the app closes its driver before the server: no Bolt connection is left to wait for
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (RuntimeException e) {
            throw explain(e, home, boltPort);
        }
        try {
            var system = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)).getDependencyResolver();
            var registry = system.resolveDependency(GlobalProcedures.class);
            for (var procedure : procedures) registry.registerProcedure(procedure);
            keepOnly(registry, PROCEDURES);
            var ports = system.resolveDependency(ConnectorPortRegister.class);
            return new EmbeddedNeo4j(dbms, ports.getLocalAddress(ConnectorType.BOLT).getPort());
        } catch (RuntimeException | ProcedureException e) {
            dbms.shutdown();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** Unregisters every procedure not in {@code kept}: calling one is then an unknown procedure's error. */
    static void keepOnly(GlobalProcedures procedures, Set<String> kept) {
        var names = new ArrayList<QualifiedName>();
        for (var language : QueryLanguage.values()) {
            procedures.getCurrentView().getAllProcedures(language).forEach(p -> names.add(p.name()));
        }
        for (var name : names) {
            if (!kept.contains(name.toString())) procedures.unregister(name);
        }
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    /**
     * Gives the {@code neo4j} user {@code password}. It takes seconds (a system-database command), so the
     * caller first tries whether the password already works.
     */
    public void setPassword(String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has: that is the state we want.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }

    private static RuntimeException explain(RuntimeException e, Path home, int boltPort) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            var name = cause.getClass().getSimpleName();
            var message = String.valueOf(cause.getMessage());
            if (name.equals("FileLockException") || message.contains("lock file")
                    || message.contains("Lock file")) {
                return new SettingsException("The data directory " + home.getParent()
                        + " is in use by another Tracegraph or Neo4j process; stop it, or set DATA_DIR to"
                        + " another directory.", e);
            }
            if (message.contains("Address already in use") || name.equals("PortBindException")) {
                return new SettingsException("Bolt port " + boltPort + " on 127.0.0.1 is already in use;"
                        + " set BOLT_PORT to a free port (or 0 for any free port).", e);
            }
        }
        return e;
    }
}
