package org.tracegraph.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.GraphCounts;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** Duplicates over real HTTP against the embedded Neo4j: listed, decided not the same, merged. */
@ExtendWith(TestServer.class)
class DuplicatesApiTest {
    /** The pairs this test makes, gone with their history, old ids and decisions: other tests read the whole graph. */
    @org.junit.jupiter.api.AfterAll
    static void removeTheFixtures() {
        org.tracegraph.support.TestServer.server().database().writeTransaction(tx -> {
            var p = java.util.Map.<String, Object>of("p", "zz-dup-");
            tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n", p).consume();
            tx.run("MATCH (c:Change) WHERE any(id IN c.entityIds WHERE id STARTS WITH $p) DELETE c", p).consume();
            tx.run("MATCH (r:Redirect) WHERE r.from STARTS WITH $p DELETE r", p).consume();
            tx.run("MATCH (d:DuplicateDecision) WHERE d.pair CONTAINS $p DELETE d", p).consume();
            return null;
        });
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Http editor = TestServer.editor().withHeader("X-Editor", "Leyla");
    private final Http admin = TestServer.admin();

    private String create(String name) throws Exception {
        var id = "zz-dup-" + UUID.randomUUID().toString().substring(0, 8);
        var created = editor.post("/api/entities", JSON.writeValueAsString(Map.of("id", id, "type", "Person", "name", name)));
        assertEquals(201, created.status(), created::toString);
        return id;
    }

    private JsonNode pairs() {
        var response = editor.get("/api/duplicates?type=person&limit=100");
        assertEquals(200, response.status(), response::toString);
        var pairs = response.json().get("pairs");
        double previous = 1;
        for (var pair : pairs) {
            assertTrue(pair.get("score").asDouble() <= previous, "best first: " + pairs);
            previous = pair.get("score").asDouble();
        }
        return pairs;
    }

    private static JsonNode pair(JsonNode pairs, String x, String y) {
        for (var pair : pairs) {
            var a = pair.at("/a/id").asText();
            var b = pair.at("/b/id").asText();
            if ((a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x))) return pair;
        }
        return null;
    }

    private static String decision(String a, String b, String decision) throws Exception {
        var body = new HashMap<String, Object>(Map.of("a", a, "b", b));
        if (decision != null) body.put("decision", decision);
        return JSON.writeValueAsString(body);
    }

    @Test
    void an_azerbaijani_and_a_cyrillic_spelling_are_a_pair_until_an_editor_says_they_are_not_the_same() throws Exception {
        var latin = create("Sevinc Hüseynova");
        var cyrillic = create("Севиндж Гусейнова");
        var pair = pair(pairs(), latin, cyrillic);
        assertNotNull(pair, "the pair is listed");
        assertTrue(pair.get("score").asDouble() >= 0.75, pair::toString);
        var why = pair.get("why").toString();
        assertTrue(why.contains("sevinj guseynova") && why.contains("sevinc huseynova"), "the names in Latin: " + why);
        assertTrue(why.contains("both are of the type Person"), why);

        var decided = editor.post("/api/duplicates/decisions", decision(cyrillic, latin, "different"));
        assertEquals(201, decided.status(), decided::toString);
        assertEquals("different", decided.json().get("decision").asText());
        assertEquals("editor", decided.json().get("decidedBy").asText());
        var again = editor.post("/api/duplicates/decisions", decision(latin, cyrillic, "different"));
        assertEquals(200, again.status(), again::toString);
        assertFalse(again.json().get("created").asBoolean(), "the first decision stands");
        assertNull(pair(pairs(), latin, cyrillic), "a pair decided different never comes back");

        var history = editor.get("/api/changes?entity=" + latin).json().get("changes");
        assertEquals("not-the-same", history.get(0).get("action").asText(), history::toString);
        assertEquals("editor", history.get(0).get("editor").asText());
        assertEquals("Leyla", history.get(0).get("editorClaim").asText(), "who decided, as they said it");
    }

    @Test
    void the_decision_is_kept_out_of_the_public_graph_and_of_analysts_cypher() throws Exception {
        var a = create("Rəşad Əliyev Nümunə");
        var b = create("Рашад Алиев Нумуне");
        assertEquals(201, editor.post("/api/duplicates/decisions", decision(a, b, "different")).status());
        var query = TestServer.http().post("/api/cypher", JSON.writeValueAsString(Map.of("query",
                "MATCH (d:DuplicateDecision) RETURN d")));
        assertTrue(query.status() >= 400, "analysts cannot read decisions: " + query);
        var reached = TestServer.server().database().read(
                "MATCH (e:Entity {id: $id})-[*1..2]-(d:DuplicateDecision) RETURN count(d) AS c", Map.of("id", a));
        assertEquals(0, reached.get(0).get("c").asLong(), "no relationship leads from an entity to a decision");
    }

    @Test
    void merging_a_pair_through_the_admin_merge_leaves_one_entity_and_no_pair() throws Exception {
        var survivor = create("Tofiq Quliyev");
        var duplicate = create("Tofiq Guliyev");
        assertNotNull(pair(pairs(), survivor, duplicate), "the pair is listed");
        var refused = editor.post("/api/entities/" + duplicate + "/merge", JSON.writeValueAsString(Map.of("into", survivor)));
        assertEquals(403, refused.status(), "merging needs the admin token: " + refused);
        var merged = admin.post("/api/entities/" + duplicate + "/merge", JSON.writeValueAsString(Map.of("into", survivor)));
        assertEquals(200, merged.status(), merged::toString);
        assertNull(pair(pairs(), survivor, duplicate), "one entity now: no pair");
        var aliases = TestServer.http().get("/api/entities/" + survivor).json().get("aliases").toString();
        assertTrue(aliases.contains("Tofiq Guliyev"), aliases);
    }

    @Test
    void without_the_editor_token_nothing_is_listed_or_decided() throws Exception {
        var before = GraphCounts.now();
        assertProblem(TestServer.http().get("/api/duplicates"), 401);
        assertProblem(TestServer.http().post("/api/duplicates/decisions",
                decision("khadija-ismayilova", "ruslan-bashirli", "different")), 401);
        assertEquals(before, GraphCounts.now());
    }

    @Test
    void bad_decisions_get_a_problem_naming_the_field_and_change_nothing() throws Exception {
        var a = create("Aynur Məmmədova Sınaq");
        var b = create("Айнур Мамедова Сынаг");
        var before = GraphCounts.now();
        assertEquals("a", assertProblem(editor.post("/api/duplicates/decisions", "{\"b\": \"" + b
                + "\", \"decision\": \"different\"}"), 400).get("parameter").asText());
        assertEquals("a", assertProblem(editor.post("/api/duplicates/decisions",
                decision("Not An Id!", b, "different")), 400).get("parameter").asText());
        assertEquals("b", assertProblem(editor.post("/api/duplicates/decisions", decision(a, a, "different")), 400)
                .get("parameter").asText());
        assertEquals("decision", assertProblem(editor.post("/api/duplicates/decisions", decision(a, b, null)), 400)
                .get("parameter").asText());
        var merge = assertProblem(editor.post("/api/duplicates/decisions", decision(a, b, "merge")), 400);
        assertEquals("decision", merge.get("parameter").asText());
        assertTrue(merge.get("detail").asText().contains("/merge"), "says where merging is done: " + merge);
        var extra = new HashMap<String, Object>(Map.of("a", a, "b", b, "decision", "different", "status", "confirmed"));
        assertEquals("status", assertProblem(editor.post("/api/duplicates/decisions", JSON.writeValueAsString(extra)), 400)
                .get("parameter").asText());
        var longNote = new HashMap<String, Object>(Map.of("a", a, "b", b, "decision", "different", "note", "x".repeat(2001)));
        assertEquals("note", assertProblem(editor.post("/api/duplicates/decisions", JSON.writeValueAsString(longNote)), 400)
                .get("parameter").asText());
        var missing = assertProblem(editor.post("/api/duplicates/decisions", decision(a, "zz-nobody-here", "different")), 404);
        assertTrue(missing.get("detail").asText().contains("zz-nobody-here"), missing::toString);
        assertProblem(editor.post("/api/duplicates/decisions", "not json"), 400);
        assertEquals("limit", assertProblem(editor.get("/api/duplicates?limit=0"), 400).get("parameter").asText());
        assertEquals("type", assertProblem(editor.get("/api/duplicates?type=robot"), 400).get("parameter").asText());
        assertEquals(before, GraphCounts.now(), "nothing was written");
        assertNotNull(pair(pairs(), a, b), "and the pair is still listed");
    }
}
