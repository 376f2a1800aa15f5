package org.tracegraph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.tracegraph.support.TestServer;

/**
 * The embedded Neo4j holds on its own: queries sent straight to it over Bolt with its password, past every check
 * of the app, still cannot read a file, reach the network or call a procedure the app does not keep.
 */
@ExtendWith(TestServer.class)
class DatabaseRefusesFilesAndNetworkTest {
    private static Driver driver;
    private static ServerSocket listener;
    private static final AtomicInteger connections = new AtomicInteger();
    private static Thread acceptor;

    @BeforeAll
    static void connectAndListen() throws IOException {
        var password = Files.readString(TestServer.dataDir().resolve("neo4j-password")).strip();
        driver = GraphDatabase.driver(TestServer.server().embedded().orElseThrow().boltUri(),
                AuthTokens.basic("neo4j", password));
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (var socket = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    // closed
                }
            }
        }, "test-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll
    static void close() throws IOException {
        listener.close();
        driver.close();
    }

    private static ClientException refused(String query) {
        return assertThrows(ClientException.class, () -> driver.executableQuery(query).execute(), query);
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
            "LOAD CSV FROM 'file:///proc/self/environ' AS row RETURN row",
            "LOAD CSV FROM 'file:/proc/self/environ' AS row RETURN row",
            "LOAD CSV FROM 'FILE:///etc/passwd' AS row RETURN row",
            "LOAD CSV FROM 'file:///' + 'proc/self/environ' AS row RETURN row",
            "LOAD CSV FROM 'file:///../../../../../proc/self/environ' AS row RETURN row",
            "LOAD CSV FROM 'file:///neo4j-password' AS row RETURN row",
            "LOAD CSV FROM 'file:///../neo4j-password' AS row RETURN row",
            "CALL { LOAD CSV FROM 'file:///proc/self/environ' AS row RETURN row } RETURN row",
            "RETURN COLLECT { LOAD CSV FROM 'file:///proc/self/environ' AS row RETURN row } AS rows"
    })
    void no_query_reads_a_file(String query) {
        var e = refused(query);
        assertTrue(e.getMessage().contains("allow_csv_import_from_file_urls"), e.getMessage());
    }

    @Test
    void not_even_a_file_of_the_data_directory_named_by_its_full_path() throws IOException {
        var secret = Files.writeString(TestServer.dataDir().resolve("secret.csv"), "token\nsecret-value\n");
        try {
            for (var url : List.of(secret.toUri().toString(), "file://" + secret, "file:///secret.csv")) {
                var e = refused("LOAD CSV FROM '" + url + "' AS row RETURN row");
                assertTrue(e.getMessage().contains("allow_csv_import_from_file_urls"), e.getMessage());
                assertTrue(!e.getMessage().contains("secret-value"), e.getMessage());
            }
            for (var url : List.of(TestServer.dataDir().resolve("admin-token").toUri().toString(),
                    TestServer.dataDir().resolve("neo4j-password").toUri().toString())) {
                refused("LOAD CSV FROM '" + url + "' AS row RETURN row");
            }
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void no_query_reaches_the_network_and_the_listener_hears_nothing() throws InterruptedException {
        int port = listener.getLocalPort();
        int before = connections.get();
        for (var url : List.of("http://127.0.0.1:" + port + "/", "http://localhost:" + port + "/data.csv",
                "https://127.0.0.1:" + port + "/", "ftp://127.0.0.1:" + port + "/data.csv",
                "http://127.1:" + port + "/", "http://2130706433:" + port + "/", "http://[::ffff:127.0.0.1]:" + port + "/",
                "http://[::1]:" + port + "/", "http://0.0.0.0:" + port + "/", "http://user:pw@127.0.0.1:" + port + "/")) {
            var e = refused("LOAD CSV FROM '" + url + "' AS row RETURN row");
            assertTrue(e.getMessage().contains("blocked") || e.getMessage().contains("Invalid URL"),
                    url + ": " + e.getMessage());
        }
        refused("WITH $url AS url LOAD CSV FROM url AS row RETURN row".replace("$url", "'http://127.0.0.1:" + port + "/'"));
        Thread.sleep(300); // a connection made would have been accepted by now
        assertEquals(before, connections.get(), "the database connected to the test's listener");
    }

    @Test
    void the_database_keeps_only_the_procedures_the_app_and_neo4j_browser_use() {
        var names = new HashSet<String>();
        driver.executableQuery("SHOW PROCEDURES YIELD name RETURN name").execute().records()
                .forEach(r -> names.add(r.get("name").asString()));
        assertEquals(EmbeddedNeo4j.PROCEDURES, names);
        for (var call : List.of("CALL dbms.queryJmx('java.lang:type=Runtime')", "CALL dbms.killConnections(['bolt-1'])",
                "CALL dbms.listConnections()", "CALL db.clearQueryCaches()", "CALL db.stats.collect('QUERIES')",
                "CALL db.createLabel('Hacked')", "CALL tx.setMetaData({a: 1})", "CALL dbms.upgrade()")) {
            var e = refused(call);
            assertTrue(e.getMessage().contains("no procedure with the name"), call + ": " + e.getMessage());
        }
        // the app's own are there
        assertTrue(driver.executableQuery("CALL db.labels() YIELD label RETURN count(*) AS n").execute()
                .records().get(0).get("n").asLong() > 0);
    }

    @Test
    void the_check_the_app_runs_at_start_finds_nothing_wanting() {
        assertEquals(List.of(), ServerHardening.check(TestServer.server().database()));
    }
}
