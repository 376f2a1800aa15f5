package org.tracegraph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.util.Version;
import java.nio.file.Files;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.tracegraph.support.TestServer;

/**
 * The driver on the class path talks Bolt to the Neo4j on the class path. A driver built on another Netty
 * line than Neo4j's hangs on its first connection, so this is checked, not assumed.
 */
@ExtendWith(TestServer.class)
class DriverTalksToEmbeddedServerTest {

    @Test
    void the_driver_connects_over_bolt_with_the_password_kept_in_the_data_directory() throws Exception {
        var password = Files.readString(TestServer.dataDir().resolve("neo4j-password")).strip();
        var uri = TestServer.server().embedded().orElseThrow().boltUri();
        assertTrue(uri.startsWith("bolt://127.0.0.1:"), "Bolt listens on loopback only: " + uri);
        try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password))) {
            driver.verifyConnectivity();
            var version = driver.executableQuery("CALL dbms.components() YIELD versions RETURN versions[0] AS v")
                    .execute().records().get(0).get("v").asString();
            assertTrue(version.startsWith("5.26"), "Neo4j 5.26 LTS, found " + version);
        }
    }

    @Test
    void bolt_refuses_a_wrong_password() {
        var uri = TestServer.server().embedded().orElseThrow().boltUri();
        try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "not-the-password"))) {
            assertThrows(AuthenticationException.class, driver::verifyConnectivity);
        }
    }

    @Test
    void one_netty_version_of_the_4_1_line_is_on_the_class_path() {
        var versions = new HashSet<String>();
        Version.identify().values().forEach(v -> versions.add(v.artifactVersion()));
        assertEquals(1, versions.size(), "Netty artifacts of several versions: " + Version.identify());
        assertTrue(versions.iterator().next().startsWith("4.1."), versions.toString());
    }
}
