package org.tracegraph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * Tracegraph pointed at a Neo4j server by NEO4J_URI, as in production: it starts no database of its own,
 * answers 503 while the server is down, and serves again once it is back, without a restart.
 */
class DatabaseOutageTest {

    @Test
    void a_stopped_database_gives_503_with_retry_after_and_the_app_recovers_when_it_returns() throws Exception {
        var neo4jHome = Files.createTempDirectory("tracegraph-remote-neo4j-");
        var neo4j = EmbeddedNeo4j.start(neo4jHome, 0, 64L << 20);
        neo4j.setPassword("remote-secret");
        int boltPort = neo4j.boltPort();
        var env = TestServer.environment(Files.createTempDirectory("tracegraph-remote-app-"));
        env.put("NEO4J_URI", "bolt://127.0.0.1:" + boltPort);
        env.put("NEO4J_PASSWORD", "remote-secret");
        env.put("DB_RETRY_SECONDS", "1");
        try (var server = Server.start(Settings.fromEnvironment(env))) {
            assertTrue(server.embedded().isEmpty(), "with NEO4J_URI set, no embedded database starts");
            var http = new Http("http://localhost:" + server.port());
            var health = http.get("/api/health");
            assertEquals(200, health.status(), health::toString);
            assertEquals("remote", health.json().get("neo4j").asText());
            assertEquals(200, http.get("/api/search?q=Bashirli").status(), "the remote database got the seed");

            neo4j.close();
            var down = http.get("/api/health");
            assertProblem(down, 503);
            assertEquals("5", down.retryAfter());
            assertProblem(http.get("/api/entities/ruslan-bashirli"), 503);
            assertProblem(http.get("/api/paths?from=ruslan-bashirli&to=ndi"), 503);

            neo4j = EmbeddedNeo4j.start(neo4jHome, boltPort, 64L << 20);
            var deadline = Instant.now().plus(Duration.ofSeconds(60));
            int status = 0;
            while (Instant.now().isBefore(deadline) && (status = http.get("/api/health").status()) != 200) {
                Thread.sleep(500);
            }
            assertEquals(200, status, "serves again once Neo4j is back");
            assertEquals(200, http.get("/api/entities/ruslan-bashirli").status());
        } finally {
            neo4j.close();
        }
    }
}
