package org.tracegraph.cypher;

import org.tracegraph.core.ProblemType;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracegraph.core.ProblemException;

/** The static bound on work within one row: what analysts write passes, loops Neo4j cannot stop do not. */
class LoopBoundTest {

    private static String refusal(String query, Map<String, Object> params) {
        var e = assertThrows(ProblemException.class, () -> LoopBound.check(query, params), query);
        assertEquals(ProblemType.QUERY_UNBOUNDED.uri(), e.problem().type());
        assertEquals(422, e.problem().status());
        return e.problem().detail();
    }

    @Test
    void every_saved_query_passes_with_its_default_parameters() {
        var saved = SavedQueries.load().all();
        assertTrue(saved.size() >= 7, saved.toString());
        for (var query : saved) {
            var params = ParameterCheck.check(query, JsonNodeFactory.instance.objectNode());
            assertDoesNotThrow(() -> LoopBound.check(query.cypher(), params), query.name());
        }
    }

    @ParameterizedTest(name = "allowed: {0}")
    @ValueSource(strings = {
            "MATCH p = (a:Entity)-[*1..4]-(b) RETURN [n IN nodes(p) | n.name] AS names",
            "MATCH p = (a:Entity)-[*1..4]-(b) RETURN [r IN relationships(p) | [s IN r.sourceIds | s]] AS sources",
            "MATCH p = (a:Entity)-[*1..4]-(b) RETURN reduce(total = 0, r IN relationships(p) | total + 1) AS hops",
            "MATCH (n:Entity) WHERE any(x IN n.aliases WHERE x CONTAINS 'a') RETURN n",
            "UNWIND range(1, 100) AS i RETURN i",
            "MATCH (n) RETURN size(collect(n)) AS n",
            "MATCH (n) WITH collect(n) AS ns RETURN [n IN ns WHERE n.name STARTS WITH 'K' | n.id] AS ids",
            "MATCH (n) RETURN [x IN collect(n) | x.name + ' (' + x.id + ')'] AS labelled",
            "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x)",
            "RETURN range(1, 200000000) AS r",
            "RETURN reduce(s = 'x', i IN range(1, 22) | s + s) AS doubled",
            "RETURN reduce(s = 0, x IN range(1, 1000000) | s + x) AS total",
            "RETURN [x IN range(1, 1000) | [y IN range(1, 1000) | x * y]] AS table",
            "RETURN reduce(l = [], x IN range(1, 10000) | l + [x]) AS grown",
            "RETURN reduce(s = '', x IN range(1, 1000) | s + 'ab') AS text",
            "CYPHER runtime=slotted RETURN 1 AS one",
            "MATCH (p:Person)-[r]-(o) RETURN p.name, collect({type: type(r), other: o {.id, .aliases}}) AS links",
            "MATCH (n:Person) // people\nRETURN DISTINCT n.name, size(n.aliases) AS aliases, 'a, b' + \"c\", count(*)",
            "MATCH (n) RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS type, keys(n) AS keys",
            "MATCH (n) WHERE n.name =~ '(?i).*ismay.*' RETURN n.name ORDER BY n.name SKIP 1 LIMIT 5",
            "MATCH (n:Entity) RETURN n.name, COUNT { (n)--() } AS degree, [(n)-->(m) | m.name] AS out",
            "CALL db.labels() YIELD label RETURN label",
            "MATCH (a)-[rs*1..3]->(b) RETURN [r IN rs | type(r)] AS types",
            "RETURN [x IN range(0, size($list) - 1) | $list[x]] AS again"
    })
    void what_analysts_write_passes(String query) {
        assertDoesNotThrow(() -> LoopBound.check(query, Map.of("list", List.of(1, 2, 3))));
    }

    @Test
    void a_huge_range_looped_over_within_one_row_is_refused_naming_it() {
        var detail = refusal("RETURN reduce(s = 0, x IN range(1, 3000000000) | s + x) AS total", Map.of());
        assertTrue(detail.contains("range(1, 3000000000) inside reduce(s = 0, x IN range(1, 3000000000) | s + x)"), detail);
        assertTrue(detail.contains("about 3,000,000,000 steps within one row, more than the 10,000,000"), detail);
        assertTrue(detail.contains("(line 1, column 8 (offset: 7))"), detail);
        for (var query : List.of("RETURN [x IN range(1, 100000000) | x * 2] AS l",
                "RETURN size([x IN range(1, 100000000) WHERE x % 2 = 0]) AS n",
                "RETURN all(x IN range(1, 100000000) WHERE x > 0) AS a",
                "RETURN any(x IN range(1, 100000000) WHERE x < 0) AS a",
                "RETURN none(x IN range(1, 100000000) WHERE x < 0) AS a",
                "RETURN single(x IN range(1, 100000000) WHERE x = 1) AS a",
                "RETURN -1 IN range(1, 100000000) AS a",
                "RETURN reverse(range(1, 100000000))[0] AS a",
                "RETURN [x IN range(1, 1000 * 1000 * 1000) | x] AS l",
                "RETURN [x IN range(1, 0x7fffffff) | x] AS l")) {
            refusal(query, Map.of());
        }
    }

    @Test
    void nested_loops_each_small_are_refused_by_their_product() {
        var detail = refusal("RETURN [i IN range(1, 10000) | [j IN range(1, 10000) | i * j]] AS table", Map.of());
        assertTrue(detail.contains("about 100,010,000 steps"), detail);
        refusal("RETURN reduce(s = 0, i IN range(1, 5000) | s + reduce(t = 0, j IN range(1, 5000) | t + j)) AS s", Map.of());
        refusal("RETURN any(i IN range(1, 4000) WHERE any(j IN range(1, 4000) WHERE i = j)) AS s", Map.of());
        refusal("RETURN reduce(s = 0, x IN range(1, 6000000) | s + x) + reduce(s = 0, x IN range(1, 6000000) | s + x) AS twice", Map.of());
    }

    @Test
    void sizes_given_as_parameters_are_the_request_s_own() {
        refusal("RETURN reduce(s = 0, x IN range(1, $n) | s + x) AS total", Map.of("n", 3_000_000_000L));
        assertDoesNotThrow(() -> LoopBound.check("RETURN reduce(s = 0, x IN range(1, $n) | s + x) AS total", Map.of("n", 100)));
        refusal("RETURN [x IN range(1, 1000000) | $text + '!'] AS copies", Map.of("text", "x".repeat(100_000)));
        refusal("RETURN [a IN $xs | [b IN $xs | [c IN $xs | a + b + c]]] AS cube", Map.of("xs", java.util.Collections.nCopies(1000, 1)));
        refusal("RETURN [x IN range(1, $m.n) | x] AS l", Map.of("m", Map.of("n", 500_000_000)));
    }

    @Test
    void loops_over_data_nested_in_loops_over_data_are_refused() {
        refusal("MATCH (n) WITH collect(n) AS ns RETURN [a IN ns | [b IN ns | a = b]] AS pairs", Map.of());
        refusal("MATCH (n) WITH collect(n.aliases) AS all RETURN [a IN all | any(x IN a WHERE x = 'y')] AS hits", Map.of());
        refusal("MATCH p = (a)-[*]-(b) RETURN [r IN relationships(p) | [s IN r.sourceIds | [t IN r.sourceIds | s + t]]] AS x", Map.of());
        var detail = refusal("MATCH (n:Entity) RETURN [x IN range(1, n.count) | x] AS l", Map.of());
        assertTrue(detail.contains("cannot know before the query runs"), detail);
    }

    @Test
    void values_grown_faster_than_their_steps_are_refused() {
        var detail = refusal("RETURN reduce(s = 'x', i IN range(1, 40) | s + s) AS doubled", Map.of());
        assertTrue(detail.contains("its accumulator s grows with every step"), detail);
        refusal("RETURN size(reduce(l = [1], i IN range(1, 40) | l + l)) AS n", Map.of());
        refusal("MATCH (n) RETURN size(reduce(s = n.name, i IN range(1, 40) | s + s)) AS n", Map.of());
        refusal("RETURN size(reduce(l = [1], i IN range(1, 60) | l + [l])) AS n", Map.of());
        refusal("RETURN size(reduce(s = 'ab', i IN range(1, 30) | replace(s, 'a', s))) AS n", Map.of());
        refusal("RETURN size(reduce(s = 'x', i IN range(1, 40) | s || s || 'y')) AS n", Map.of());
        // a number grown in a loop has no known bound: it may not size another loop
        refusal("RETURN [i IN range(1, reduce(s = 1, x IN range(1, 40) | s * 2)) | i] AS l", Map.of());
        // growing by a constant is fine while the sum stays within the bound
        refusal("RETURN size(reduce(s = '', i IN range(1, 100000) | s + 'x')) AS n", Map.of());
    }

    @Test
    void work_is_counted_for_the_whole_row_and_the_analysis_itself_is_bounded() {
        var many = new StringBuilder("RETURN 1 AS one");
        for (int i = 0; i < 5; i++) many.append(", size([x IN range(1, 3000000) | x]) AS a").append(i);
        assertTrue(refusal(many.toString(), Map.of()).contains("with the query's other expressions"));
        var nested = new StringBuilder("0");
        for (int i = 0; i < 40; i++) nested = new StringBuilder("reduce(a" + i + " = 0, x IN [1] | " + nested + ")");
        long start = System.nanoTime();
        assertTrue(refusal("RETURN " + nested, Map.of()).contains("too deeply"));
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
        refusal("RETURN " + "[".repeat(5000) + "1" + "]".repeat(5000) + " AS deep", Map.of());
    }

    @Test
    void regular_expressions_that_backtrack_without_bound_are_refused() {
        for (var pattern : List.of("(.*a){20}", "(x+){10}", ".*a.*b.*c.*d.*e", "((a+)+){5}", "(\\w+\\s?){2,9}x+y+"))
            assertTrue(RegexBound.degree(pattern) > RegexBound.MAX_DEGREE, pattern);
        for (var pattern : List.of("(?i).*ismay.*", "^[a-z]+(-[a-z]+)*$", "(a+)+$", "(ab)+", "\\(a+\\){20}", "[(a+)]{20}",
                "(a{2})+", "^\\d{4}(-\\d{2}){0,2}$"))
            assertTrue(RegexBound.degree(pattern) <= RegexBound.MAX_DEGREE, pattern);
        refusal("RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(.*a){20}' AS slow", Map.of());
        refusal("MATCH (n) WHERE n.name =~ $p RETURN n", Map.of("p", "(.*a){20}"));
        var detail = refusal("MATCH (n) WHERE n.name =~ n.pattern RETURN n", Map.of());
        assertTrue(detail.contains("give it as a literal or a parameter"), detail);
        assertDoesNotThrow(() -> LoopBound.check("MATCH (n) WHERE n.name =~ $p RETURN n", Map.of("p", "(?i).*ismay.*")));
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
            "CALL { RETURN range(1, 3000000000) AS r } RETURN reduce(s = 0, x IN r | s + x) AS t",
            "CALL () { RETURN [x IN range(1, 3000000000) | x] AS r } RETURN r",
            "RETURN COLLECT { RETURN reduce(s = 0, x IN range(1, 3000000000) | s + x) AS t } AS c",
            "RETURN COUNT { UNWIND [1] AS y WITH [x IN range(1, 3000000000) | x] AS l RETURN l } AS c",
            "MATCH (n) WHERE EXISTS { MATCH (n)--(m) WHERE any(x IN range(1, 3000000000) WHERE x = 0) } RETURN n",
            "WITH range(1, 3000000000) AS r WITH r AS s RETURN [x IN s | x] AS l",
            "UNWIND [range(1, 3000000000)] AS r RETURN [x IN r | x] AS l",
            "WITH {v: range(1, 3000000000)} AS m RETURN [x IN m.v | x] AS l",
            "RETURN [x IN ({v: range(1, 3000000000)}).v | x] AS l",
            "RETURN /* harmless */ reDUCE(s = 0, x IN RANGE(1, 3000000000) | s + x) AS t // a comment",
            "RETURN reduce(`s` = 0, `x y` IN range(1, 3000000000) | `s` + `x y`) AS `total`",
            "RETURN [x IN COLLECT { UNWIND range(1, 10) AS i RETURN range(1, 3000000000) }[0] | x] AS l",
            "MATCH (n) RETURN [x IN range(1, 3000000000) WHERE x = id(n)] AS l",
            "CYPHER runtime=slotted RETURN [x IN range(1, 3000000000) | x] AS l",
            "RETURN [x IN coalesce(null, range(1, 3000000000)) | x] AS l",
            "RETURN [x IN CASE WHEN rand() < 2 THEN range(1, 3000000000) ELSE [] END | x] AS l",
            "MATCH (n) RETURN n ORDER BY reduce(s = 0, x IN range(1, 3000000000) | s + x)",
            "RETURN [x IN tail(range(1, 3000000000)) | x] AS l",
            "RETURN [x IN range(1, 3000000000)[0..3000000000] | x] AS l"
    })
    void hidden_loops_are_found_in_subqueries_chains_and_odd_spellings(String query) {
        refusal(query, Map.of());
    }
}
