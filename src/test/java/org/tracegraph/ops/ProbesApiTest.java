package org.tracegraph.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.support.Apps;
import org.tracegraph.support.TestServer;

/** /livez and /readyz: public, outside the rate budget, and /readyz says what is not ready. */
@ExtendWith(TestServer.class)
class ProbesApiTest {

    @Test
    void livez_answers_that_the_process_is_alive() {
        var live = TestServer.http().get("/livez");
        assertEquals(200, live.status(), live::toString);
        assertEquals("alive", live.json().get("status").asText());
        assertEquals("no-store", live.header("Cache-Control"));
    }

    @Test
    void readyz_checks_neo4j_the_schema_and_that_every_index_is_online() {
        var ready = TestServer.http().get("/readyz");
        assertEquals(200, ready.status(), ready::toString);
        var body = ready.json();
        assertEquals("ready", body.get("status").asText());
        assertEquals("[\"neo4j\",\"schema\",\"indexes\"]", body.get("checks").toString());
        int schema = Readiness.schemaNames(CypherFile.statements("schema.cypher")).size();
        assertTrue(schema >= 10, "the schema's indexes and constraints: " + schema);
        assertTrue(body.get("indexes").asInt() >= schema, body.toString());
    }

    @Test
    void probes_are_public_with_a_reader_token_and_never_refused_for_the_rate_limit() {
        Apps.with(Map.of("RATE_LIMIT_PER_MINUTE", "1", "READER_TOKEN", "probe-test-reader-token"), http -> {
            assertEquals(200, http.get("/api/health").status());
            assertProblem(http.get("/api/health"), 429);
            for (int i = 0; i < 5; i++) {
                assertEquals(200, http.get("/livez").status());
                assertEquals(200, http.get("/readyz").status());
            }
            assertProblem(http.get("/api/search?q=musavat"), 429);
        });
    }

    @Test
    void api_health_is_unchanged() {
        var health = TestServer.http().get("/api/health").json();
        assertEquals("ok", health.get("status").asText());
        assertTrue(health.get("entities").asLong() > 0);
    }
}
