package org.tracegraph.api;

import org.tracegraph.core.ProblemType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class MetaApiTest {
    private final Http http = TestServer.http();

    @Test
    void health_says_ok_and_counts_the_entities() {
        var health = http.get("/api/health");
        assertEquals(200, health.status());
        assertEquals("ok", health.json().get("status").asText());
        assertEquals("embedded", health.json().get("neo4j").asText());
        assertTrue(health.json().get("entities").asInt() >= 70);
    }

    @Test
    void the_vocabulary_lists_statuses_and_relationship_types_with_their_verbs() {
        var vocabulary = http.get("/api/vocabulary").json();
        assertEquals(6, vocabulary.get("statuses").size());
        vocabulary.get("relationshipTypes").forEach(t -> assertTrue(t.get("verb").asText().length() > 2));
    }

    @Test
    void unknown_routes_and_methods_get_a_problem_not_a_page() {
        var problem = assertProblem(http.get("/api/nothing-here"), 404);
        assertEquals(ProblemType.NOT_FOUND.uri(), problem.get("type").asText());
        assertProblem(http.get("/no-such-page.html"), 404);
        assertProblem(http.post("/api/health", "{}"), 405);
    }

    @Test
    void every_problem_type_links_to_a_section_that_explains_it() {
        var page = http.get("/problems/");
        assertEquals(200, page.status());
        for (var type : List.of(ProblemType.BAD_PARAMETER.uri(), ProblemType.NOT_FOUND.uri(), ProblemType.DATABASE_UNAVAILABLE.uri(), ProblemType.INTERNAL_ERROR.uri(),
                ProblemType.BAD_BODY.uri(), ProblemType.BAD_QUERY.uri(), ProblemType.QUERY_REFUSED.uri(), ProblemType.QUERY_TOO_LARGE.uri(), ProblemType.QUERY_TIMEOUT.uri())) {
            assertTrue(type.startsWith("/problems/#"), type);
            assertTrue(page.body().contains("id=\"" + type.substring("/problems/#".length()) + "\""), type);
        }
    }

    @Test
    void the_explorer_page_is_served_at_the_root() {
        var page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("Tracegraph"));
    }
}
