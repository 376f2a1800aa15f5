package org.tracegraph.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** The saved queries of cypher/queries/: listed with their parameters, run with checked parameters. */
@ExtendWith(TestServer.class)
class SavedQueriesApiTest {
    private final Http http = TestServer.http();

    @Test
    void the_questions_investigators_ask_are_listed_with_their_parameters() {
        var queries = http.get("/api/queries").json().get("queries");
        var names = new HashSet<String>();
        for (var q : queries) {
            names.add(q.get("name").asText());
            assertFalse(q.get("title").asText().isBlank());
            assertFalse(q.get("description").asText().isBlank());
            assertTrue(q.get("cypher").asText().contains("MATCH"));
            for (var p : q.get("parameters")) {
                assertTrue(p.has("type") && p.has("description") && p.has("required"), p.toString());
            }
        }
        assertTrue(names.containsAll(List.of("within-hops", "connecting-organisations", "claims-about",
                "single-source-claims", "only-alleged-or-rumoured", "events-in-range", "bridges")), names.toString());
    }

    @Test
    void every_saved_query_runs_with_its_defaults_and_answers() {
        for (var q : http.get("/api/queries").json().get("queries")) {
            var response = http.post("/api/queries/" + q.get("name").asText(), "{}");
            assertEquals(200, response.status(), () -> q.get("name") + " → " + response);
            assertTrue(response.json().get("rows").size() > 0, () -> q.get("name") + " answers nothing on the seed");
        }
    }

    @Test
    void parameters_change_the_answer() {
        var near = http.post("/api/queries/within-hops", "{\"params\": {\"id\": \"ndi\", \"hops\": 1}}").json();
        var far = http.post("/api/queries/within-hops", "{\"params\": {\"id\": \"ndi\", \"hops\": 3}}").json();
        assertTrue(far.get("rows").size() > near.get("rows").size());
        near.get("rows").forEach(row -> assertEquals(1, row.get(3).asInt(), "one hop out"));
        var claims = http.post("/api/queries/claims-about", "{\"params\": {\"id\": \"eynullah-fatullayev\"}}").json();
        assertEquals("Mammad Ibrahimli", claims.get("rows").get(0).get(0).asText());
    }

    @Test
    void parameters_are_checked_before_anything_runs() {
        assertEquals("params.hops", assertProblem(http.post("/api/queries/within-hops", "{\"params\": {\"hops\": 9}}"), 400)
                .get("parameter").asText());
        assertEquals("params.hops", assertProblem(http.post("/api/queries/within-hops", "{\"params\": {\"hops\": \"two\"}}"), 400)
                .get("parameter").asText());
        assertEquals("params.id", assertProblem(http.post("/api/queries/within-hops", "{\"params\": {\"id\": \"Not An Id\"}}"), 400)
                .get("parameter").asText());
        assertEquals("params.nope", assertProblem(http.post("/api/queries/within-hops", "{\"params\": {\"nope\": 1}}"), 400)
                .get("parameter").asText());
        assertProblem(http.post("/api/queries/events-in-range", "{\"params\": {\"from\": \"last year\"}}"), 400);
        assertProblem(http.post("/api/queries/single-source-claims", "{\"params\": {\"status\": 5}}"), 400);
        assertProblem(http.post("/api/queries/no-such-query", "{}"), 404);
    }

    @Test
    void the_header_format_is_read_as_documented() {
        var query = SavedQueries.parse("example", """
                // title: An example
                // description: First line,
                // description: second line.
                // param hops: integer 1..4 = 2 -- how many steps
                // param id: id -- where to start
                MATCH (n) RETURN n""");
        assertEquals("An example", query.title());
        assertEquals("First line, second line.", query.description());
        var hops = query.parameters().get(0);
        assertEquals(1L, hops.min());
        assertEquals(4L, hops.max());
        assertEquals(2, ((Number) hops.defaultValue()).intValue());
        assertFalse(hops.required());
        assertTrue(query.parameters().get(1).required());
    }
}
