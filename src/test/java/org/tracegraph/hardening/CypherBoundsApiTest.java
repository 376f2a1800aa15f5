package org.tracegraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * Regular expressions and list comparisons that would hold a core for minutes inside one row, where Neo4j's
 * timeout does not reach, sent as an attacker would (no token): each is refused before it runs, and the server
 * spends little CPU on it. The test server runs in this JVM, so its CPU time is this process's.
 */
@ExtendWith(TestServer.class)
class CypherBoundsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CPU seconds the server may spend answering one hostile query: planning and checks, not the work. */
    private static final double MAX_CPU_SECONDS = 2.0;
    private final Http http = TestServer.http();

    @BeforeAll
    static void warmUp() {
        // the parser's and the planner's first use is not what is measured
        new CypherBoundsApiTest().cypher("MATCH (n:Entity) WHERE n.name =~ '(?i).*a.*' RETURN count(n) AS n", Map.of());
    }

    private Http.Response cypher(String query, Map<String, Object> params) {
        try {
            return http.post("/api/cypher", JSON.writeValueAsString(Map.of("query", query, "params", params)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double cpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    /** Sends a hostile query and returns its refusal, checking it cost the server little CPU. */
    private JsonNode refusedCheaply(String query, Map<String, Object> params) {
        double before = cpuSeconds();
        var response = cypher(query, params);
        double spent = cpuSeconds() - before;
        assertTrue(response.status() == 422 || response.status() == 400, () -> query + " → " + response);
        var problem = assertProblem(response, response.status());
        assertTrue(spent < MAX_CPU_SECONDS, String.format("%.1f CPU seconds for %s", spent, query));
        return problem;
    }

    @Test
    void the_regular_expression_that_burned_both_cores_for_85_seconds_is_refused_before_it_runs() {
        var text = "a".repeat(700);
        var problem = refusedCheaply("RETURN '" + text + "' =~ '.*.*.*.*x' AS slow", Map.of());
        assertEquals("/problems/#query-unbounded", problem.get("type").asText());
        var detail = problem.get("detail").asText();
        assertTrue(detail.contains("4 open-ended repeats") && detail.contains("700 characters"), detail);
        refusedCheaply("RETURN $text =~ $pattern AS slow", Map.of("text", text, "pattern", ".*.*.*.*x"));
        refusedCheaply("UNWIND range(1, 1000) AS i RETURN $text + i =~ '(.*a){8}x' AS slow", Map.of("text", text));
        // on the graph: a description holds up to 5,000 characters, a change's snapshot no one knows how many
        refusedCheaply("MATCH (n:Entity) WHERE n.description =~ '.*a.*e.*i.*' RETURN n.id", Map.of());
        refusedCheaply("MATCH (n:Entity) WHERE n.before =~ '.*a.*e.*' RETURN n.id", Map.of());
    }

    @Test
    void alternatives_in_a_repeated_group_and_backreferences_are_refused_with_a_character_class_suggested() {
        var problem = refusedCheaply("RETURN $text =~ '(a|aa)*b' AS slow", Map.of("text", "a".repeat(5000)));
        assertTrue(problem.get("detail").asText().contains("character class"), problem.toString());
        refusedCheaply("MATCH (n:Entity) WHERE n.name =~ $p RETURN n.id", Map.of("p", "(?i)(\\w|\\s)+x"));
        refusedCheaply("MATCH (n:Entity) WHERE n.name =~ '(.+)\\\\1+x' RETURN n.id", Map.of());
        refusedCheaply("MATCH (n:Entity) WHERE n.name =~ n.description RETURN n.id", Map.of());
    }

    @Test
    void comparing_sorting_and_deduplicating_nested_lists_is_refused_by_their_nested_size() {
        var table = "[x IN range(1, 20000) | range(1, 20000)]";
        refusedCheaply("WITH " + table + " AS t RETURN t = t AS same", Map.of());
        refusedCheaply("WITH " + table + " AS t RETURN t < [[0]] + t AS less", Map.of());
        refusedCheaply("WITH " + table + " AS t RETURN [20000] IN t AS found", Map.of());
        refusedCheaply("UNWIND range(1, 100) AS i WITH i, " + table + " AS t RETURN i ORDER BY t LIMIT 1", Map.of());
        refusedCheaply("UNWIND range(1, 100) AS i RETURN DISTINCT " + table + " AS t", Map.of());
        // a request body holds at most 1 MiB: a parameter's nested size is small, but not a table made of it
        refusedCheaply("WITH [x IN $row | $row] AS t RETURN t = t AS same",
                Map.of("row", Collections.nCopies(5000, 1)));
    }

    @Test
    void the_regular_expressions_analysts_write_still_run() {
        for (var query : new String[] {
                "MATCH (n:Entity) WHERE n.name =~ '(?i).*ism.*' RETURN n.name AS name",
                "MATCH (n:Entity) WHERE any(a IN n.aliases WHERE a =~ '(?i).*ismay.*') RETURN n.name AS name",
                "MATCH (n:Entity) WHERE n.description =~ '(?is).*journalist.*' RETURN n.name AS name",
                "MATCH (n:Entity) WHERE n.id =~ 'khadija-.*' RETURN n.name AS name"}) {
            var response = cypher(query, Map.of());
            assertEquals(200, response.status(), () -> query + " → " + response);
            assertTrue(response.json().get("rows").size() > 0, () -> query + " → " + response);
        }
        var response = cypher("MATCH (n:Entity) WHERE n.name =~ $p RETURN n.name AS name", Map.of("p", "(?i).*ismay.*"));
        assertEquals(200, response.status(), response::toString);
        assertTrue(response.body().contains("Ismayilova"), response::toString);
    }
}
