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
    void the_explorer_and_the_embed_load_the_vocabulary_look_as_a_module_and_a_stylesheet() {
        var vocabulary = http.get("/api/vocabulary").json();
        var denied = vocabulary.get("statuses").get(5);
        assertEquals("denied", denied.get("name").asText());
        assertTrue(denied.get("struck").asBoolean());
        var module = http.get("/explorer/vocabulary.js");
        assertEquals(200, module.status(), module::toString);
        assertTrue(module.contentType().startsWith("text/javascript"), module.contentType());
        assertTrue(module.body().contains("export default {\"entityTypes\":"), module.body());
        var css = http.get("/explorer/vocabulary.css");
        assertEquals(200, css.status(), css::toString);
        assertTrue(css.contentType().startsWith("text/css"), css.contentType());
        assertTrue(css.body().contains("--status-denied-ink: " + denied.at("/badge/ink").asText() + ";"), css.body());
        var etag = css.header("ETag");
        assertEquals(304, http.withHeader("If-None-Match", etag).get("/explorer/vocabulary.css").status());
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
