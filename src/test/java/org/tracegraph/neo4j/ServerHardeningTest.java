package org.tracegraph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.tracegraph.config.Settings;

/** The check the app runs at start names each setting of a Neo4j that lets queries reach files or the network. */
class ServerHardeningTest {

    @Test
    void a_neo4j_with_its_default_settings_is_told_what_to_set(@TempDir Path home) {
        // Neo4j as installed: file URLs allowed, no address blocked, every procedure loaded
        var dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 16L << 20)
                .build();
        try {
            int port = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                    .getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
            try (var db = new Database("bolt://127.0.0.1:" + port, "neo4j", "unused", "neo4j",
                    Settings.fromEnvironment(Map.of("DATA_DIR", home.toString())).databaseRetry())) {
                var findings = ServerHardening.check(db);
                var all = String.join("\n", findings);
                assertTrue(all.contains("set dbms.security.allow_csv_import_from_file_urls=false"), all);
                assertTrue(all.contains("set internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0"), all);
                assertTrue(all.contains("dbms.security.procedures.allowlist is *"), all);
                assertTrue(all.contains("dbms.queryJmx"), all);
                assertEquals(4, findings.size(), all);
            }
        } finally {
            dbms.shutdown();
        }
    }

    @Test
    void what_the_server_says_and_what_it_does_are_both_weighed() {
        var blocked = "Cannot load from URL 'http://127.0.0.1:1/x': access to /127.0.0.1 is blocked via the configuration"
                + " property internal.dbms.cypher_ip_blocklist";
        var noFiles = "Cannot load from URL 'file:///x': configuration property"
                + " 'dbms.security.allow_csv_import_from_file_urls' is false";
        var hardened = Map.of(ServerHardening.FILE_URLS, "false", ServerHardening.ALLOWLIST, "tracegraph.*",
                ServerHardening.IMPORT_DIRECTORY, "/var/lib/neo4j/import");
        assertEquals(List.of(), ServerHardening.judge(new ServerHardening.Observed(hardened,
                Optional.of(List.of("db.labels", "tracegraph.shortestPaths")), noFiles, blocked)));
        // Enterprise: the LOAD privilege denied refuses both
        var denied = "LOAD on URL 'http://127.0.0.1:1/x' is not allowed for user 'tracegraph' with roles [reader].";
        assertEquals(List.of(), ServerHardening.judge(new ServerHardening.Observed(Map.of(), Optional.empty(),
                denied.replace("http://127.0.0.1:1/x", "file:///x"), denied)));
        // a server that would not show its settings is judged by what it did
        var open = ServerHardening.judge(new ServerHardening.Observed(Map.of(), Optional.empty(),
                "Couldn't load the external resource at: file:/var/lib/neo4j/import/x", "Connection refused"));
        assertEquals(2, open.size(), open.toString());
        // a setting that says one thing is believed over a probe that could not tell
        var said = ServerHardening.judge(new ServerHardening.Observed(Map.of(ServerHardening.FILE_URLS, "true",
                ServerHardening.IMPORT_DIRECTORY, ""), Optional.of(List.of("apoc.load.json", "apoc.export.csv.all",
                "apoc.coll.sum")), noFiles, blocked));
        assertTrue(said.get(0).contains("the whole file system"), said.toString());
        assertTrue(said.get(1).contains("apoc.load.json, apoc.export.csv.all;"), said.toString());
        assertEquals(2, said.size(), said.toString());
    }
}
