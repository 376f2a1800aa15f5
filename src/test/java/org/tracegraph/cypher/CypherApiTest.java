package org.tracegraph.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** POST /api/cypher: every read answered as JSON, every write or escape refused, the graph untouched. */
@ExtendWith(TestServer.class)
class CypherApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Http http = TestServer.http();
    private String before;

    private Http.Response cypher(String query, Map<String, Object> params) {
        try {
            return http.post("/api/cypher", JSON.writeValueAsString(Map.of("query", query, "params", params)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String query) {
        var response = cypher(query, Map.of());
        assertEquals(200, response.status(), response::toString);
        return response.json();
    }

    /** Counts of everything a query could change: nodes, relationships, properties, schema, users. */
    private static String fingerprint() {
        var db = TestServer.server().database();
        var counts = db.read("""
                MATCH (n) WITH count(n) AS nodes, sum(size(keys(n))) AS nodeProperties, sum(size(labels(n))) AS labels
                OPTIONAL MATCH ()-[r]->()
                RETURN nodes, nodeProperties, labels, count(r) AS relationships, sum(size(keys(r))) AS relProperties""",
                Map.of()).get(0).asMap().toString();
        var names = db.read("MATCH (n:Entity) RETURN collect(n.name) AS names", Map.of()).get(0).get("names").toString();
        var indexes = db.read("SHOW INDEXES YIELD name RETURN collect(name) AS names", Map.of()).get(0).get("names").toString();
        var constraints = db.read("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names", Map.of()).get(0).get("names").toString();
        return counts + names.hashCode() + indexes + constraints;
    }

    @BeforeEach
    void remember() {
        before = fingerprint();
    }

    @AfterEach
    void nothingChanged() {
        assertEquals(before, fingerprint(), "the graph must be exactly as it was");
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
            "CREATE (n:Entity {id: 'zz-hack'})",
            "MERGE (n:Entity {id: 'zz-hack'}) RETURN n",
            "MATCH (n) DETACH DELETE n",
            "MATCH (n:Entity {id: 'ndi'}) SET n.name = 'hacked' RETURN n",
            "MATCH (n:Entity {id: 'ndi'}) REMOVE n:Entity",
            "MATCH ()-[r]->() DELETE r",
            "FOREACH (x IN [1] | CREATE (:Entity {id: 'zz-hack'}))",
            "CALL { CREATE (n:Entity {id: 'zz-hack'}) RETURN n } RETURN n",
            "UNWIND [1] AS x CALL (x) { CREATE (:Entity {id: 'zz-hack'}) } IN TRANSACTIONS",
            "MATCH (n) WITH n LIMIT 1 /* a read */ cReAtE (:Entity {id: 'zz-hack'})",
            "MATCH (n) RETURN n // harmless\n; CREATE (:Entity {id: 'zz-hack'})",
            "MATCH (n:Entity {id: 'ndi'}) CALL { WITH n SET n.name = 'x' } RETURN n",
            "MATCH (n:Entity) WHERE EXISTS { MATCH (n) } SET n.hacked = true",
            "CREATE INDEX zz_hack FOR (n:Entity) ON (n.name)",
            "DROP CONSTRAINT entity_id",
            "CREATE CONSTRAINT zz_hack FOR (n:Person) REQUIRE n.name IS UNIQUE",
            "DROP INDEX entity_text",
            "SHOW USERS",
            "CREATE USER zz SET PASSWORD 'secret-secret'",
            "ALTER USER neo4j SET PASSWORD 'taken-over-now'",
            "SHOW DATABASES",
            "CREATE DATABASE zz",
            "STOP DATABASE neo4j",
            "SHOW SETTINGS",
            "SHOW TRANSACTIONS",
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "USE system SHOW USERS",
            "USE system MATCH (n) RETURN n",
            "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
            "LOAD CSV FROM 'http://127.0.0.1:9/secret' AS row RETURN row",
            "CALL db.createLabel('Hacked')",
            "CALL db.createProperty('hacked')",
            "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
            "CALL db.clearQueryCaches()",
            "CALL dbms.listConfig()",
            "CALL dbms.security.createUser('zz', 'secret-secret', false)",
            "CALL apoc.create.node(['Hacked'], {})",
            "CALL db.index.fulltext.drop('entity_text')",
            "PROFILE MATCH (n) SET n.x = 1"
    })
    void writes_schema_administration_and_escapes_are_refused(String query) {
        var response = cypher(query, Map.of());
        assertTrue(response.status() == 403 || response.status() == 400, () -> query + " → " + response);
        assertProblem(response, response.status());
    }

    @Test
    void a_query_that_would_run_forever_is_stopped_with_a_clear_error() {
        var problem = assertProblem(cypher("UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x)", Map.of()), 504);
        assertTrue(problem.get("detail").asText().contains("stopped"), problem.toString());
    }

    @ParameterizedTest(name = "unbounded: {0}")
    @ValueSource(strings = {
            "RETURN reduce(s = 0, x IN range(1, 3000000000) | s + x) AS total",
            "RETURN [i IN range(1, 100000) | [j IN range(1, 100000) | i * j]] AS table",
            "RETURN any(x IN range(1, 1000000000) WHERE x < 0) AS never",
            "MATCH (n:Entity) WITH collect(n) AS ns RETURN [a IN ns | [b IN ns | [c IN ns | a = b AND b = c]]] AS triples",
            "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS doubled",
            "RETURN size(reduce(l = [1], i IN range(1, 40) | l + l)) AS doubled",
            "CALL { RETURN range(1, 3000000000) AS r } RETURN COLLECT { UNWIND [1] AS y RETURN reduce(s = 0, x IN r | s + x) } AS t",
            "WITH {v: range(1, 3000000000)} AS m WITH m.v AS v // a comment\nRETURN /* another */ ReDuCe(`s` = 0, x IN v | `s` + x) AS t",
            "RETURN reduce(s = 0, x IN range(1, $n) | s + x) AS total"
    })
    void work_within_one_row_that_neo4j_cannot_stop_is_refused_before_it_runs(String query) {
        // Neo4j checks for termination between rows: these would run for minutes or hours past the timeout,
        // or fill the heap, whatever the timeout
        long start = System.nanoTime();
        var problem = assertProblem(cypher(query, Map.of("n", 3_000_000_000L)), 422);
        assertEquals("/problems/#query-unbounded", problem.get("type").asText());
        assertEquals("query", problem.get("parameter").asText());
        var detail = problem.get("detail").asText();
        assertTrue(detail.contains("10,000,000 Tracegraph allows") && detail.contains("(line "), detail);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, query + " took too long to refuse");
    }

    @Test
    void a_loop_within_the_bound_runs_and_the_refusal_names_the_loop() {
        assertEquals(50005000L, read("RETURN reduce(s = 0, x IN range(1, 10000) | s + x) AS total")
                .get("rows").get(0).get(0).asLong());
        var detail = assertProblem(cypher("RETURN reduce(s = 0, x IN range(1, 3000000000) | s + x) AS total", Map.of()), 422)
                .get("detail").asText();
        assertTrue(detail.startsWith("range(1, 3000000000) inside reduce(s = 0, x IN range(1, 3000000000) | s + x):"
                + " about 3,000,000,000 steps within one row"), detail);
        assertTrue(detail.contains("(line 1, column 8 (offset: 7))"), detail);
    }

    @Test
    void queries_beyond_the_slots_wait_for_one_and_each_is_answered_at_its_timeout() throws Exception {
        // rows Neo4j stops at the 3-s timeout: they hold every slot meanwhile, so the next query waits its turn
        // (CYPHER_QUEUE_SECONDS, 5 by default; CypherQueueApiTest has the queue's bounds)
        var slow = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(CypherService.MAX_RUNNING);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Http.Response>>();
            long start = System.nanoTime();
            for (int i = 0; i < CypherService.MAX_RUNNING; i++) answers.add(pool.submit(() -> cypher(slow, Map.of())));
            Thread.sleep(1500);
            var waited = cypher("RETURN 1 AS one", Map.of());
            assertEquals(200, waited.status(), waited::toString);
            for (var answer : answers) {
                var problem = assertProblem(answer.get(), 504);
                assertTrue(problem.get("detail").asText().contains("stopped"), problem.toString());
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds < 8, "answered after " + seconds + " s, for a timeout of 3 s");
            // and their slots are free again
            assertEquals(200, cypher("RETURN 1 AS one", Map.of()).status());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_query_of_millions_of_rows_is_capped_and_says_so() {
        var result = read("UNWIND range(1, 10000000) AS x RETURN x");
        assertEquals(5000, result.get("rows").size());
        assertTrue(result.get("truncated").asBoolean());
        assertEquals(5000, result.get("summary").get("maxRows").asInt());
    }

    @Test
    void a_query_that_would_fill_the_memory_is_refused() {
        var response = cypher("UNWIND range(1, 100000000) AS x WITH collect([x, x, x, x, x, x, x, x]) AS xs"
                + " RETURN size(xs)", Map.of());
        // whichever limit it reaches first, memory (422) or time (504, on a busy machine), it is stopped
        assertTrue(response.status() == 422 || response.status() == 504, response::toString);
        assertProblem(response, response.status());
    }

    @Test
    void one_enormous_value_is_measured_in_the_database_and_refused_before_it_is_sent() {
        // The Bolt server would build each of these whole, outside the memory allowance and the timeout.
        for (var query : List.of("RETURN range(1, 200000000) AS r",
                "RETURN reduce(s = 'x', i IN range(1, 22) | s + s) AS doubled",
                "MATCH (n:Entity {id: 'ndi'}) RETURN n.name AS name, count(*) AS k, range(0, 1000000) AS big")) {
            long start = System.nanoTime();
            var problem = assertProblem(cypher(query, Map.of()), 422);
            assertTrue(problem.get("detail").asText().contains("at most 100,000"), problem.toString());
            assertTrue(System.nanoTime() - start < 20_000_000_000L, query + " took too long to refuse");
        }
        var fine = read("RETURN range(1, 1000) AS r, 'a short string' AS s, [[1, 2], [3]] AS nested");
        assertEquals(1000, fine.get("rows").get(0).get(0).size());
        assertEquals(List.of("r", "s", "nested"), columns(fine));
        // the wrapper is written as this Neo4j wants it: no warning of its own reaches the analyst
        assertFalse(fine.get("summary").has("notifications"), fine.get("summary").toString());
        // the wrapper's own variables cannot be shadowed by the analyst's names
        assertEquals(3, read("UNWIND [1, 2, 3] AS x WITH x, x AS y, x AS s, x AS k RETURN x, y, s, k").get("rows").size());
        // a procedure called without YIELD cannot stand inside CALL { }: it runs as written
        assertTrue(read("CALL db.labels()").get("rows").size() >= 5);
    }

    @Test
    void enormous_values_nested_in_lists_and_maps_are_weighed_too() {
        for (var query : List.of("RETURN [x IN range(1, 10) | range(1, 50000000)] AS lists",
                "RETURN {small: 1, big: range(1, 50000000)} AS map",
                "RETURN [{a: [range(1, 50000000)]}] AS deep",
                "RETURN [reduce(s = 'x', i IN range(1, 17) | s + s)] AS strings",
                "RETURN range(1, 60000) AS a, range(1, 60000) AS b")) {
            long start = System.nanoTime();
            var problem = assertProblem(cypher(query, Map.of()), 422);
            assertTrue(problem.get("detail").asText().contains("at most 100,000"), problem.toString());
            assertTrue(System.nanoTime() - start < 20_000_000_000L, query + " took too long to refuse");
        }
        // a query that cannot stand inside the weighing wrapper is not let past it unweighed
        assertProblem(cypher("CYPHER runtime=slotted RETURN range(1, 200000000) AS r", Map.of()), 422);
        assertEquals(1, read("CYPHER runtime=slotted RETURN 1 AS one").get("rows").get(0).get(0).asInt());
        var use = cypher("USE neo4j RETURN range(1, 200000000) AS r", Map.of());
        assertTrue(use.status() >= 400 && use.status() < 500, use::toString);
        // unnamed expressions are named as Neo4j names them, so they are weighed too
        assertProblem(cypher("RETURN 1, range(1, 200000000)", Map.of()), 422);
        var unnamed = read("MATCH (n:Person) // people\nRETURN DISTINCT n.name, size(n.aliases) AS aliases, 'a, b' + \"c\","
                + " count(*) ORDER BY n.name LIMIT 2");
        assertEquals(List.of("n.name", "aliases", "'a, b' + \"c\"", "count(*)"), columns(unnamed));
        assertEquals(2, unnamed.get("rows").size());
        var tooDeep = assertProblem(cypher("RETURN [[[[[[[1]]]]]]] AS deep", Map.of()), 422);
        assertTrue(tooDeep.get("detail").asText().contains("levels deep"), tooDeep.toString());
        var fine = read("MATCH (p:Person {id: 'ruslan-bashirli'})-[r]-(o) RETURN p.name AS name,"
                + " collect({type: type(r), other: {id: o.id, aliases: o.aliases}, sources: r.sourceIds}) AS links,"
                + " date('2012-03') AS month, point({x: 1, y: 2}) AS where, null AS nothing");
        var row = fine.get("rows").get(0);
        assertEquals("Ruslan Bashirli", row.get(0).asText());
        assertTrue(row.get(1).size() > 3, row.toString());
        assertTrue(row.get(1).get(0).get("other").has("aliases"), row.toString());
        assertTrue(row.get(4).isNull(), row.toString());
    }

    private static List<String> columns(com.fasterxml.jackson.databind.JsonNode result) {
        var columns = new java.util.ArrayList<String>();
        result.get("columns").forEach(c -> columns.add(c.asText()));
        return columns;
    }

    @Test
    void a_syntax_error_comes_back_with_neo4js_message_and_its_position() {
        var problem = assertProblem(cypher("MATCH (n RETURN n", Map.of()), 400);
        var detail = problem.get("detail").asText();
        assertTrue(detail.contains("(line 1, column 10 (offset: 9))"), "the position in the query as written: " + detail);
        assertTrue(detail.contains("\"MATCH (n RETURN n\""), "quotes the query as written: " + detail);
        assertFalse(detail.contains("EXPLAIN"), detail);
        var second = assertProblem(cypher("MATCH (n)\nRETURN n n", Map.of()), 400).get("detail").asText();
        assertTrue(second.contains("(line 2, column 10 (offset: 19))"), second);
        assertEquals("query", problem.get("parameter").asText());
    }

    @Test
    void rows_and_columns_come_back_as_plain_json() {
        var result = read("MATCH (n:Person) RETURN n.name AS name, size(n.aliases) AS aliases ORDER BY name LIMIT 3");
        assertEquals(List.of("name", "aliases"), List.of(result.get("columns").get(0).asText(), result.get("columns").get(1).asText()));
        assertEquals(3, result.get("rows").size());
        assertTrue(result.get("rows").get(0).get(0).isTextual());
        assertTrue(result.get("rows").get(0).get(1).isIntegralNumber());
        assertFalse(result.get("truncated").asBoolean());
        assertEquals("read_only", result.get("summary").get("queryType").asText());
    }

    @Test
    void nodes_relationships_and_paths_come_back_in_the_rows_and_in_the_graph() {
        var result = read("MATCH p = (:Entity {id: 'ruslan-bashirli'})-[r:AFFILIATED_WITH]->(ndi:Entity {id: 'ndi'})"
                + " RETURN ndi, r, p");
        var row = result.get("rows").get(0);
        assertEquals("node", row.get(0).get("kind").asText());
        assertEquals("ndi", row.get(0).get("id").asText());
        assertEquals("relationship", row.get(1).get("kind").asText());
        assertEquals("AFFILIATED_WITH", row.get(1).get("type").asText());
        assertEquals("path", row.get(2).get("kind").asText());
        assertEquals(2, row.get(2).get("nodes").size());
        var graph = result.get("graph");
        assertEquals(2, graph.get("nodes").size());
        assertEquals(1, graph.get("edges").size());
        var edge = graph.get("edges").get(0);
        assertEquals("ruslan-bashirli", edge.get("source").asText());
        assertEquals("alleged", edge.get("status").asText());
        assertFalse(edge.get("sources").get(0).get("title").asText().isBlank());
    }

    @Test
    void a_relationship_returned_alone_brings_its_two_entities_into_the_graph() {
        var graph = read("MATCH (:Entity {id: 'eynullah-fatullayev'})-[r:PERSUADED]->() RETURN r").get("graph");
        assertEquals(1, graph.get("edges").size());
        assertEquals(2, graph.get("nodes").size());
    }

    @Test
    void temporal_spatial_and_other_values_come_back_as_sensible_json() {
        var row = read("RETURN date('2012-05-26') AS d, datetime('2012-05-26T20:00:00Z') AS t, duration('P1M2D') AS dur,"
                + " point({x: 1.5, y: 2}) AS p, [1, 2.5, 'x', true, null] AS l, {a: 1, b: [2]} AS m, '2012-03' AS partial")
                .get("rows").get(0);
        assertEquals("2012-05-26", row.get(0).asText());
        assertTrue(row.get(1).asText().startsWith("2012-05-26T20:00"), row.get(1).asText());
        assertEquals("P1M2DT0S", row.get(2).asText());
        assertEquals(1.5, row.get(3).get("x").asDouble());
        assertEquals(7203, row.get(3).get("srid").asInt());
        assertEquals(5, row.get(4).size());
        assertTrue(row.get(4).get(4).isNull());
        assertEquals(2, row.get(5).get("b").get(0).asInt());
        assertEquals("2012-03", row.get(6).asText(), "partial dates stay as written");
    }

    @Test
    void parameters_and_read_procedures_work() {
        var response = cypher("MATCH (n:Entity {id: $id}) RETURN n.name AS name", Map.of("id", "ndi"));
        assertEquals("National Democratic Institute", response.json().get("rows").get(0).get(0).asText());
        assertTrue(read("CALL db.labels() YIELD label RETURN label").get("rows").size() >= 5);
        assertTrue(read("CALL db.index.fulltext.queryNodes('entity_text', 'bashirli') YIELD node RETURN node.id")
                .get("rows").size() >= 1);
    }

    @Test
    void a_bad_request_body_gets_a_problem_naming_what_is_wrong() {
        assertEquals("query", assertProblem(http.post("/api/cypher", "{}"), 400).get("parameter").asText());
        assertProblem(http.post("/api/cypher", "{\"query\": "), 400);
        assertEquals("params", assertProblem(http.post("/api/cypher", "{\"query\": \"RETURN 1\", \"params\": [1]}"), 400)
                .get("parameter").asText());
        assertProblem(http.post("/api/cypher", "[]"), 400);
        assertProblem(http.postAs("/api/cypher", "text/plain", "RETURN 1"), 415);
        assertProblem(http.post("/api/cypher", "{\"query\": \"" + "x".repeat(20_001) + "\"}"), 400);
    }
}
