package org.tracegraph.curation;

import org.tracegraph.core.ProblemType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.curation.Fixtures.json;
import static org.tracegraph.curation.Fixtures.uniqueId;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class EntityWriteApiTest {
    private final Http http = TestServer.http();
    private final Http editor = TestServer.editor().withHeader("X-Editor", "Test Editor");

    @AfterAll
    static void cleanUp() {
        Fixtures.removeAll();
    }

    @Test
    void writes_without_the_editor_token_get_401_and_write_nothing() {
        var id = uniqueId("anon");
        assertProblem(http.post("/api/entities", json(Map.of("id", id, "type", "Person", "name", "Anon"))), 401);
        assertProblem(http.withHeader("Authorization", "Bearer wrong").post("/api/entities",
                json(Map.of("id", id, "type", "Person", "name", "Anon"))), 401);
        assertProblem(http.get("/api/entities/" + id), 404);
        assertProblem(http.send("PATCH", "/api/entities/khadija-ismayilova", "application/json", "{\"name\":\"x\"}"), 401);
        assertProblem(http.delete("/api/entities/khadija-ismayilova"), 401);
        assertProblem(http.post("/api/relationships", "{}"), 401);
        assertProblem(http.get("/api/changes"), 401);
        assertEquals("Khadija Ismayilova", http.get("/api/entities/khadija-ismayilova").json().get("name").asText());
    }

    @Test
    void a_create_answers_byte_for_byte_what_a_read_returns_and_records_exactly_what_was_stored() {
        var id = uniqueId("one-trip");
        var response = editor.post("/api/entities", json(Map.of("id", id, "type", "Organisation", "name", "Müsavat Gənclər",
                "aliases", List.of("Musavat Youth"), "description", "A youth group.", "kind", "youth group")));
        assertEquals(201, response.status(), response::toString);
        var read = http.get("/api/entities/" + id);
        assertEquals(read.body(), response.body(), "the write's answer is built without reading it back: it must not differ");
        assertEquals(read.header("ETag"), response.header("ETag"));
        var db = TestServer.server().database();
        var changes = db.read("MATCH (c:Change {targetId: $id}) RETURN c.action AS action, c.after AS after",
                Map.of("id", id));
        assertEquals(1, changes.size());
        assertEquals("create", changes.get(0).get("action").asString());
        var node = db.read("MATCH (n:Entity {id: $id}) RETURN n", Map.of("id", id)).get(0).get("n").asNode();
        assertEquals(Snapshot.json(Snapshot.of(node, "Organisation")), changes.get(0).get("after").asString(),
                "the change records the properties as Neo4j stored them");
    }

    @Test
    void an_editor_creates_an_entity_and_reads_it_back_with_its_etag() {
        var id = uniqueId("event");
        var response = editor.post("/api/entities", json(Map.of("id", id, "type", "Event", "name", "Hearing",
                "aliases", List.of("The hearing", "The hearing"), "description", "A court hearing.", "kind", "trial",
                "date", "2012-05")));
        assertEquals(201, response.status(), response::toString);
        assertEquals("/api/entities/" + id, response.location());
        var etag = response.header("ETag");
        assertEquals(1, Fixtures.rev(response));
        var created = response.json();
        assertEquals("Event", created.get("type").asText());
        assertEquals("2012-05", created.get("date").asText(), "the precision given, no day invented");
        assertEquals(List.of("The hearing"), List.of(created.get("aliases").get(0).asText()));
        assertEquals(1, created.get("aliases").size(), "aliases without repeats");

        var read = http.get("/api/entities/" + id);
        assertEquals(etag, read.header("ETag"));
        assertEquals("Hearing", read.json().get("name").asText());
        assertNotNull(http.get("/api/entities/khadija-ismayilova").header("ETag"), "seed entities have an ETag too");
    }

    @Test
    void without_an_id_the_entity_gets_a_slug_of_its_name_and_a_taken_one_gets_409() {
        var name = "Zz Cur Şəhla Ağayeva " + uniqueId("n").substring(Fixtures.PREFIX.length());
        var first = editor.post("/api/entities", json(Map.of("type", "Person", "name", name)));
        assertEquals(201, first.status(), first::toString);
        var id = first.json().get("id").asText();
        assertTrue(id.startsWith("zz-cur-sahla-agayeva-"), id);
        var again = assertProblem(editor.post("/api/entities", json(Map.of("type", "Person", "name", name))), 409);
        assertEquals("id", again.get("parameter").asText());
        assertEquals(ProblemType.CONFLICT.uri(), again.get("type").asText());
        assertProblem(editor.post("/api/entities", json(Map.of("id", "khadija-ismayilova", "type", "Person",
                "name", "Khadija Ismayilova"))), 409);
    }

    @Test
    void invalid_fields_get_400_naming_the_field_and_nothing_is_written() {
        var id = uniqueId("bad");
        var cases = Map.of(
                "type", Map.<String, Object>of("id", id, "type", "Robot", "name", "R"),
                "name", Map.<String, Object>of("id", id, "type", "Person", "name", "  "),
                "date", Map.<String, Object>of("id", id, "type", "Event", "name", "E", "date", "2012-13"),
                "aliases", Map.<String, Object>of("id", id, "type", "Person", "name", "P", "aliases", "P2"),
                "kind", Map.<String, Object>of("id", id, "type", "Person", "name", "P", "kind", "party"),
                "url", Map.<String, Object>of("id", id, "type", "Source", "name", "S", "title", "S", "url", "javascript:alert(1)"),
                "title", Map.<String, Object>of("id", id, "type", "Source", "name", "S"),
                "endDate", Map.<String, Object>of("id", id, "type", "Event", "name", "E", "startDate", "2013", "endDate", "2012"),
                "id", Map.<String, Object>of("id", "Not A Slug", "type", "Person", "name", "P"));
        cases.forEach((field, body) -> assertBadParameter(editor.post("/api/entities", json(body)), field));
        assertProblem(http.get("/api/entities/" + id), 404);
        assertProblem(editor.postAs("/api/entities", "text/plain", "{}"), 415);
        assertProblem(editor.post("/api/entities", "{\"type\": \"Person\", \"name\": "), 400);
    }

    @Test
    void a_patch_with_the_current_etag_changes_only_the_fields_it_names() {
        var id = uniqueId("org");
        var created = editor.post("/api/entities", json(Map.of("id", id, "type", "Organisation", "name", "Old name",
                "kind", "party", "description", "A party.")));
        var patched = editor.withHeader("If-Match", created.header("ETag")).patch("/api/entities/" + id,
                json(Map.of("name", "New name", "aliases", List.of("Old name"))));
        assertEquals(200, patched.status(), patched::toString);
        assertEquals(2, Fixtures.rev(patched));
        var entity = http.get("/api/entities/" + id).json();
        assertEquals("New name", entity.get("name").asText());
        assertEquals("party", entity.get("kind").asText());
        assertEquals("A party.", entity.get("description").asText());

        var removed = editor.withHeader("If-Match", "\"2\"").send("PATCH", "/api/entities/" + id,
                "application/merge-patch+json", "{\"description\": null}");
        assertEquals(200, removed.status(), removed::toString);
        assertFalse(http.get("/api/entities/" + id).json().has("description"), "null removes a field");
    }

    @Test
    void a_stale_if_match_gets_412_and_changes_nothing_and_a_missing_one_428() {
        var id = uniqueId("person");
        var created = editor.post("/api/entities", json(Map.of("id", id, "type", "Person", "name", "First")));
        var stale = created.header("ETag");
        assertEquals(200, editor.withHeader("If-Match", stale).patch("/api/entities/" + id,
                json(Map.of("name", "Second"))).status());

        var refused = assertProblem(editor.withHeader("If-Match", stale).patch("/api/entities/" + id,
                json(Map.of("name", "Third"))), 412);
        assertEquals(ProblemType.PRECONDITION_FAILED.uri(), refused.get("type").asText());
        assertProblem(editor.withHeader("If-Match", stale).delete("/api/entities/" + id), 412);
        var required = assertProblem(editor.patch("/api/entities/" + id, json(Map.of("name", "Fourth"))), 428);
        assertEquals(ProblemType.PRECONDITION_REQUIRED.uri(), required.get("type").asText());
        assertProblem(editor.delete("/api/entities/" + id), 428);

        var now = http.get("/api/entities/" + id);
        assertEquals("Second", now.json().get("name").asText());
        assertEquals(2, Fixtures.rev(now));
    }

    @Test
    void the_type_changes_only_explicitly_and_the_id_never() {
        var id = uniqueId("event");
        var created = editor.post("/api/entities", json(Map.of("id", id, "type", "Event", "name", "E", "date", "2012")));
        var ifMatch = editor.withHeader("If-Match", created.header("ETag"));
        assertBadParameter(ifMatch.patch("/api/entities/" + id, json(Map.of("type", "Person"))), "date");
        assertBadParameter(ifMatch.patch("/api/entities/" + id, json(Map.of("id", "other-id"))), "id");
        var patch = new java.util.HashMap<String, Object>(Map.of("type", "Organisation", "kind", "group"));
        patch.put("date", null);
        var retyped = ifMatch.patch("/api/entities/" + id, json(patch));
        assertEquals(200, retyped.status(), retyped::toString);
        assertEquals("Organisation", http.get("/api/entities/" + id).json().get("type").asText());
    }
}
