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
        // deeper than any text the guard lets through: refused by the reader's bracket count, before any parse
        var deep = "RETURN " + "[".repeat(5000) + "1" + "]".repeat(5000) + " AS deep";
        var e = assertThrows(ProblemException.class, () -> LoopBound.check(deep, Map.of()));
        assertEquals(400, e.problem().status(), e.problem().detail());
    }

    @Test
    void a_pattern_s_degree_counts_the_repeats_that_backtrack_against_each_other() {
        for (var pattern : List.of("(.*a){20}", "(x+){10}", ".*a.*b.*c.*d.*e", "((a+)+){5}", "(\\w+\\s?){2,9}x+y+"))
            assertTrue(RegexBound.degree(pattern) > 4, pattern);
        for (var pattern : List.of("(?i).*ismay.*", "^[a-z]+(-[a-z]+)*$", "(a+)+$", "(ab)+", "\\(a+\\){20}", "[(a+)]{20}",
                "(a{2})+", "^\\d{4}(-\\d{2}){0,2}$", ".*+.*+x", "[[a](].*.*", "\\Q(.*.*.*.*)\\E"))
            assertTrue(RegexBound.degree(pattern) <= 3, pattern);
        assertEquals(4, RegexBound.degree(".*.*.*.*x"));
        // a nested class that holds a parenthesis hides nothing after it
        assertEquals(4, RegexBound.degree("[[a](].*.*.*.*x"));
        assertEquals(240_100_000_000L, RegexBound.steps(4, 700));
    }

    @Test
    void a_regular_expression_is_bounded_by_its_degree_and_the_length_of_the_string_it_runs_on() {
        // the pattern that burned both cores for 85 s: degree 4 on 700 characters
        var bomb = "a".repeat(700);
        var detail = refusal("RETURN '" + bomb + "' =~ '.*.*.*.*x' AS slow", Map.of());
        assertTrue(detail.contains("4 open-ended repeats") && detail.contains("of up to 700 characters")
                && detail.contains("240,100,000,000 steps") && detail.contains("30,000,000"), detail);
        refusal("RETURN $s =~ '.*.*.*.*x' AS slow", Map.of("s", bomb));
        refusal("RETURN $s =~ $p AS slow", Map.of("s", bomb, "p", ".*.*.*.*x"));
        refusal("WITH $s AS s RETURN s =~ '(.*a){20}' AS slow", Map.of("s", "a".repeat(52)));
        refusal("RETURN toLower($s) + 'x' =~ '.*.*.*x' AS slow", Map.of("s", bomb));
        // the same patterns on short strings take no time
        for (var query : List.of("RETURN 'aaaaaaaaaa' =~ '.*.*.*.*x' AS quick", "RETURN $s =~ '.*.*.*.*x' AS quick"))
            assertDoesNotThrow(() -> LoopBound.check(query, Map.of("s", "a".repeat(50))), query);
        // one open-ended repeat is a step a character, whatever the length
        assertDoesNotThrow(() -> LoopBound.check("MATCH (c) RETURN c.before =~ '(?s).*merge' AS merged", Map.of()));
    }

    @Test
    void a_property_is_as_long_as_tracegraph_s_writes_let_it_be_and_any_other_value_has_no_known_length() {
        // name (300): three repeats are fine, four are not; description (5,000): two, not three
        assertDoesNotThrow(() -> LoopBound.check("MATCH (n) WHERE n.name =~ '(?i).*a.*b.*' RETURN n", Map.of()));
        var detail = refusal("MATCH (n) WHERE n.name =~ '.*a.*b.*c.*' RETURN n", Map.of());
        assertTrue(detail.contains("on n.name, of up to 300 characters"), detail);
        assertDoesNotThrow(() -> LoopBound.check("MATCH (n) WHERE n.description =~ '(?is).*ism.*' RETURN n", Map.of()));
        refusal("MATCH (n) WHERE n.description =~ '.*a.*b.*' RETURN n", Map.of());
        // aliases, item by item, in a loop and unwound
        assertDoesNotThrow(() -> LoopBound.check(
                "MATCH (n:Entity) WHERE any(a IN n.aliases WHERE a =~ '(?i).*ism.*') RETURN n.name", Map.of()));
        assertDoesNotThrow(() -> LoopBound.check(
                "MATCH (n) UNWIND n.aliases AS a WITH n, a WHERE a =~ '(?i).*ism.*' RETURN n.name", Map.of()));
        assertDoesNotThrow(() -> LoopBound.check(
                "MATCH (n) WITH toLower(n.name) AS name WHERE name =~ '.*ism.*' RETURN name", Map.of()));
        // a key Tracegraph does not bound (a change's snapshot, a view's) may hold megabytes
        for (var query : List.of("MATCH (c) WHERE c.before =~ '.*ism.*' RETURN c",
                "MATCH (n) WHERE n[$key] =~ '.*ism.*' RETURN n",
                "MATCH (n) WITH properties(n) AS p RETURN p[$key] =~ '.*ism.*' AS hit",
                "MATCH (n) RETURN n.name + n.snapshot =~ '.*ism.*' AS hit",
                "MATCH (n) RETURN reduce(s = '', k IN keys(n) | s + n[k]) =~ '.*ism.*' AS hit",
                "CALL db.labels() YIELD label RETURN label + label =~ '.*a.*b.*c.*d.*' AS hit",
                "MATCH (n) RETURN split(n.snapshot, ',')[0] =~ '.*ism.*' AS hit",
                "MATCH (n) RETURN replace(n.name, 'a', n.snapshot) =~ '.*ism.*' AS hit")) {
            var why = refusal(query, Map.of("key", "description"));
            assertTrue(why.contains("is not known before the query runs"), query + ": " + why);
        }
    }

    @Test
    void patterns_that_java_s_matcher_cannot_bound_are_refused_whatever_the_string() {
        var detail = refusal("RETURN 'aaa' =~ '(a|aa)*b' AS slow", Map.of());
        assertTrue(detail.contains("use a character class such as [ab]* instead"), detail);
        for (var pattern : List.of("(a|aa)*b", "(?:x|y)+z", "((a|b)c){2,}", "(\\w|-)+$", "(a|b){3}", "(.)\\1+x",
                "(?<c>.)\\k<c>x", "(?x) (a # )\n |aa)* b", "[unclosed", "(?i)(a|aa)*b"))
            refusal("MATCH (n) WHERE n.name =~ $p RETURN n", Map.of("p", pattern));
        // alternatives that are not repeated are fine
        assertDoesNotThrow(() -> LoopBound.check("MATCH (n) WHERE n.name =~ '(?i)(ndi|rfe/rl|turan).*' RETURN n", Map.of()));
        assertDoesNotThrow(() -> LoopBound.check("MATCH (n) WHERE n.name =~ '(ab)?(cd|ef)' RETURN n", Map.of()));
    }

    @Test
    void a_pattern_computed_from_data_is_refused() {
        var detail = refusal("MATCH (n) WHERE n.name =~ n.pattern RETURN n", Map.of());
        assertTrue(detail.contains("give it as a literal or a parameter"), detail);
        refusal("MATCH (n) WHERE n.name =~ ('.*' + n.name) RETURN n", Map.of());
        refusal("MATCH (n) WHERE n.name =~ $p + '.*' RETURN n", Map.of("p", "a"));
        refusal("MATCH (n) WHERE n.name =~ $missing RETURN n", Map.of());
    }

    @Test
    void a_literal_pattern_is_read_as_neo4j_reads_its_escapes() {
        assertEquals("\\d+\\[", LoopBound.unescape("\\d+\\\\["));
        assertEquals("A'\"\t", LoopBound.unescape("\\u0041\\'\\\"\\t"));
        // an escaped bracket in Cypher stays escaped in the pattern: the repeats after it still count
        refusal("RETURN '" + "a".repeat(700) + "' =~ '\\[.*.*.*.*x]' AS slow", Map.of());
        refusal("RETURN '" + "a".repeat(700) + "' =~ '\\\\[.*.*.*.*x]' AS slow", Map.of());
    }

    @Test
    void comparing_sorting_and_deduplicating_nested_lists_is_charged_for_every_item() {
        var table = "[x IN range(1, 5000) | range(1, 5000)]";
        for (var query : List.of(
                "WITH " + table + " AS t RETURN t = t AS same",
                "WITH " + table + " AS t RETURN t <> t AS other",
                "WITH " + table + " AS t RETURN t < t AS less",
                "WITH " + table + " AS t RETURN [1] IN t AS found",
                "WITH " + table + " AS t RETURN t IN [t] AS found",
                "UNWIND range(1, 10) AS i WITH i, " + table + " AS t RETURN i ORDER BY t",
                "UNWIND range(1, 10) AS i RETURN DISTINCT " + table + " AS t",
                "UNWIND range(1, 10) AS i WITH DISTINCT " + table + " AS t RETURN size(t) AS n",
                "UNWIND range(1, 10) AS i RETURN " + table + " AS t, count(*) AS n",
                "UNWIND range(1, 10) AS i RETURN count(DISTINCT " + table + ") AS n",
                "WITH $t AS t RETURN t = t AS same")) {
            var detail = refusal(query, Map.of("t", java.util.Collections.nCopies(3000,
                    java.util.Collections.nCopies(3500, 1))));
            assertTrue(detail.contains("steps within one row"), query + ": " + detail);
        }
        // flat lists and small tables compare in a step an item
        for (var query : List.of("WITH range(1, 100000) AS l RETURN l = l AS same",
                "WITH [x IN range(1, 100) | range(1, 100)] AS t RETURN t = t AS same",
                "MATCH (n) RETURN DISTINCT n.aliases AS a ORDER BY a",
                "MATCH (n) RETURN n.name, collect(n.aliases) AS a ORDER BY n.name",
                "MATCH (n) WHERE n.aliases = ['x'] RETURN n"))
            assertDoesNotThrow(() -> LoopBound.check(query, Map.of()), query);
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
