package org.tracegraph.support;

import java.nio.file.Path;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j Community server on its own, as an operator would run one, for {@code ShortestPathsPluginTest}: run in
 * a separate process on a class path with no Tracegraph class (this one class apart, which uses only Neo4j's),
 * with Bolt on 127.0.0.1 and procedures loaded from a plugins folder, as {@code server.directories.plugins} and
 * {@code dbms.security.procedures.allowlist} in {@code neo4j.conf} would say. It imports nothing of Tracegraph.
 *
 * <p>Arguments: the server's home, the Bolt port, the plugins folder. Authentication is off: Bolt listens on
 * loopback only, for the length of one test.
 */
public final class StandaloneNeo4j {
    /** The line printed once Bolt answers. */
    public static final String READY = "Neo4j ready";

    private StandaloneNeo4j() {
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            Class.forName("org.tracegraph.paths.ShortestPathsProcedure");
            System.out.println("Tracegraph's classes are on this class path");
        } catch (ClassNotFoundException expected) {
            System.out.println("No Tracegraph class on this class path");
        }
        var dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", Integer.parseInt(args[1])))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L << 20)
                .setConfig(GraphDatabaseSettings.plugin_dir, Path.of(args[2]))
                .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("tracegraph.*"))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        System.out.println(READY);
        Thread.currentThread().join();
    }
}
