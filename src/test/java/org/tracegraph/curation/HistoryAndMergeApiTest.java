package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.curation.Fixtures.json;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class HistoryAndMergeApiTest {
    private final Http http = TestServer.http();
    private final Http editor = TestServer.editor().withHeader("X-Editor", "Ayla");
    private final Http admin = TestServer.admin().withHeader("X-Editor", "Ayla");

    @AfterAll
    static void cleanUp() {
        Fixtures.removeAll();
    }

    private static List<String> ids(JsonNode array, String field) {
        var ids = new ArrayList<String>();
        array.forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    @Test
    void every_change_is_in_the_history_newest_first_with_editor_before_and_after() {
        var id = Fixtures.person(editor, "Historic");
        editor.withHeader("If-Match", "\"1\"").patch("/api/entities/" + id, json(Map.of("name", "Historic Person")));
        var source = Fixtures.source(editor, "Archive");
        var other = Fixtures.person(editor, "Other");
        Fixtures.link(editor, id, "TOLD", other, source, "told them");

        var page = editor.get("/api/changes?entity=" + id);
        assertEquals(200, page.status(), page::toString);
        var changes = page.json().get("changes");
        assertEquals(List.of("create", "update", "create"), List.of(changes.get(2).get("action").asText(),
                changes.get(1).get("action").asText(), changes.get(0).get("action").asText()));
        assertEquals("relationship", changes.get(0).get("kind").asText(), "the newest first");
        var update = changes.get(1);
        assertEquals("editor", update.get("editor").asText(), "who the token proves");
        assertEquals("Ayla", update.get("editorClaim").asText(), "who the sender says they are, beside it");
        assertEquals("Historic", update.at("/before/properties/name").asText());
        assertEquals("Historic Person", update.at("/after/properties/name").asText());
        assertFalse(page.body().contains(TestServer.EDITOR_TOKEN), "the token is never recorded");
        assertTrue(update.get("at").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*"), update.get("at").asText());

        var first = editor.get("/api/changes?entity=" + id + "&limit=2").json();
        assertEquals(2, first.get("changes").size());
        var rest = editor.get("/api/changes?entity=" + id + "&limit=2&before=" + first.get("next").asText()).json();
        assertEquals(List.of("create"), List.of(rest.get("changes").get(0).get("action").asText()));
        assertTrue(rest.get("next").isNull(), "the last page");
        assertEquals(changes.get(2).get("id"), rest.get("changes").get(0).get("id"));
        assertEquals("Ayla", editor.get("/api/changes/" + update.get("id").asText()).json().get("editorClaim").asText());
        assertBadParameter(editor.get("/api/changes?before=no-such-change"), "before");
        assertTrue(editor.get("/api/changes?limit=5").json().get("changes").size() <= 5);
    }

    @Test
    void x_editor_cannot_put_another_persons_name_on_a_change_it_is_kept_only_as_the_senders_claim() {
        var impostor = TestServer.editor().withHeader("X-Editor", "Someone Else");
        var id = Fixtures.person(impostor, "Claimed Person");
        var source = Fixtures.source(impostor, "Claimed Source");
        Fixtures.link(impostor, id, "TOLD", source, source, "said so");
        assertEquals(200, impostor.withHeader("If-Match", "*").patch("/api/entities/" + id,
                Fixtures.json(Map.of("description", "edited"))).status());
        assertEquals(200, TestServer.admin().withHeader("X-Editor", "Someone Else").withHeader("If-Match", "*")
                .patch("/api/entities/" + id, Fixtures.json(Map.of("description", "edited again"))).status());

        var changes = editor.get("/api/changes?entity=" + id).json().get("changes");
        assertEquals(4, changes.size(), changes::toString);
        assertEquals("admin", changes.get(0).get("editor").asText(), "the admin token's edit");
        for (var change : changes) {
            assertTrue(List.of("editor", "admin").contains(change.get("editor").asText()), change::toString);
            assertEquals("Someone Else", change.get("editorClaim").asText(), change::toString);
        }
        // and in the store, where /api/changes is not the only reader
        var recorded = TestServer.server().database().read("MATCH (c:Change) WHERE $id IN c.entityIds"
                + " RETURN c.editor AS editor", Map.of("id", id));
        assertFalse(recorded.isEmpty());
        recorded.forEach(row -> assertFalse(row.get("editor").asString().contains("Someone Else"), row::toString));

        // without X-Editor there is no claim at all
        var plain = Fixtures.person(TestServer.editor(), "Unclaimed Person");
        var unclaimed = editor.get("/api/changes?entity=" + plain).json().get("changes").get(0);
        assertEquals("editor", unclaimed.get("editor").asText());
        assertFalse(unclaimed.has("editorClaim"), unclaimed::toString);
    }

    @Test
    void a_deleted_entity_comes_back_with_its_relationships_and_evidence() {
        var id = Fixtures.person(editor, "Deletable");
        var friend = Fixtures.person(editor, "Friend");
        var source = Fixtures.source(editor, "Memoir");
        var rel = Fixtures.link(editor, id, "FRIEND_OF", friend, source, "we were friends").get("id").asText();
        var before = http.get("/api/entities/" + id).json();

        assertProblem(editor.withHeader("If-Match", "\"1\"").delete("/api/entities/" + source), 409);
        var deleted = editor.withHeader("If-Match", "\"1\"").delete("/api/entities/" + id);
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals(1, deleted.json().get("relationships").asInt());
        assertProblem(http.get("/api/entities/" + id), 404);
        assertProblem(http.get("/api/relationships/" + rel), 404);
        assertEquals(0, http.get("/api/entities/" + friend).json().get("relationships").size());

        var restored = editor.post("/api/entities/" + id + "/restore", "");
        assertEquals(201, restored.status(), restored::toString);
        assertEquals(List.of(rel), List.of(restored.json().get("relationships").get(0).asText()));
        var after = http.get("/api/entities/" + id);
        assertEquals(before.get("name"), after.json().get("name"));
        var edge = after.json().get("relationships").get(0);
        assertEquals("we were friends", edge.get("quote").asText());
        assertEquals(source, edge.get("sources").get(0).get("id").asText());
        assertEquals(friend, edge.get("target").asText());
        assertTrue(Fixtures.rev(after) > 1, "a version above any it had");
        assertProblem(editor.post("/api/entities/" + id + "/restore", ""), 409);
        var actions = ids(editor.get("/api/changes?entity=" + id).json().get("changes"), "action");
        assertEquals("restore", actions.get(0));
        assertEquals("delete", actions.get(1));
    }

    @Test
    void merging_needs_the_admin_token_and_moves_relationships_aliases_and_citations_and_the_old_id_leads_to_the_survivor() {
        var source = Fixtures.source(editor, "Court record");
        var survivor = Fixtures.create(editor, Map.of("id", Fixtures.uniqueId("survivor"), "type", "Person",
                "name", "Elmar Huseynov", "aliases", List.of("E. Huseynov"))).get("id").asText();
        var duplicate = Fixtures.create(editor, Map.of("id", Fixtures.uniqueId("duplicate"), "type", "Person",
                "name", "Elmar Guseynov", "description", "Editor of a weekly.")).get("id").asText();
        var paper = Fixtures.create(editor, Map.of("id", Fixtures.uniqueId("paper"), "type", "Organisation",
                "name", "Monitor", "kind", "newspaper")).get("id").asText();
        var witness = Fixtures.person(editor, "Witness");
        var worksFor = Fixtures.link(editor, duplicate, "WORKS_FOR", paper, source, "editor of Monitor").get("id").asText();
        var told = Fixtures.link(editor, witness, "TOLD", duplicate, source, "the witness told him").get("id").asText();
        var between = Fixtures.link(editor, duplicate, "FRIEND_OF", survivor, source, "friends").get("id").asText();
        var claimed = new java.util.HashMap<String, Object>(Map.of("from", witness, "type", "MEMBER_OF", "to", paper,
                "sourceIds", List.of(source), "quote", "a member", "status", "alleged", "claimedBy", duplicate));
        var claimedId = editor.post("/api/relationships", json(claimed)).json().get("id").asText();

        var refused = assertProblem(editor.post("/api/entities/" + duplicate + "/merge",
                json(Map.of("into", survivor))), 403);
        assertTrue(refused.get("detail").asText().contains("admin token"), refused.toString());
        assertBadParameter(admin.post("/api/entities/" + duplicate + "/merge", json(Map.of("into", paper))), "into");
        assertBadParameter(admin.post("/api/entities/" + duplicate + "/merge", "{}"), "into");
        var merged = admin.post("/api/entities/" + duplicate + "/merge", json(Map.of("into", survivor)));
        assertEquals(200, merged.status(), merged::toString);
        var result = merged.json();
        assertEquals(new HashSet<>(List.of(worksFor, told)), new HashSet<>(texts(result.get("moved"))));
        assertEquals(List.of(between), texts(result.get("dropped")), "no loop onto itself");
        assertEquals(List.of(claimedId), texts(result.get("rewritten")));

        var entity = http.get("/api/entities/" + survivor).json();
        var aliases = new HashSet<String>();
        entity.get("aliases").forEach(a -> aliases.add(a.asText()));
        assertTrue(aliases.containsAll(List.of("E. Huseynov", "Elmar Guseynov")), aliases.toString());
        assertEquals("Editor of a weekly.", entity.get("description").asText(), "what the survivor lacked");
        var rels = entity.get("relationships");
        assertEquals(2, rels.size(), rels.toString());
        for (var r : rels) {
            assertEquals("Court record", r.get("sources").get(0).get("title").asText(), "evidence moves with it");
            if (r.get("id").asText().equals(told)) {
                assertEquals(witness, r.get("source").asText());
                assertEquals(survivor, r.get("target").asText(), "incoming relationships move too");
            }
        }
        assertEquals(survivor, http.get("/api/relationships/" + claimedId).json().get("claimedBy").asText());

        var old = http.get("/api/entities/" + duplicate + "?limit=10");
        assertEquals(308, old.status(), old::toString);
        assertEquals("/api/entities/" + survivor + "?limit=10", old.location());
        assertEquals(308, http.get("/api/entities/" + duplicate + "/neighbourhood").status());
        var paths = http.get("/api/paths?from=" + duplicate + "&to=" + paper);
        assertEquals(200, paths.status(), paths::toString);
        assertEquals(1, paths.json().get("paths").get(0).get("length").asInt());
        var graph = http.get("/api/graph?ids=" + duplicate + "," + paper).json();
        assertTrue(ids(graph.get("nodes"), "id").containsAll(List.of(survivor, paper)), graph.toString());
        assertEquals(0, graph.get("missing").size());
        var gone = assertProblem(editor.withHeader("If-Match", "*").patch("/api/entities/" + duplicate,
                json(Map.of("name", "x"))), 404);
        assertTrue(gone.get("detail").asText().contains(survivor), "says where it went");
        assertProblem(editor.post("/api/entities", json(Map.of("id", duplicate, "type", "Person", "name", "New"))), 409);

        var history = editor.get("/api/changes?entity=" + survivor).json().get("changes");
        assertEquals("merge", history.get(0).get("action").asText());
        assertEquals("admin", history.get(0).get("editor").asText(), "a merge needs the admin token");
        assertEquals("Ayla", history.get(0).get("editorClaim").asText());
        assertEquals(duplicate, history.get(0).at("/before/merged/id").asText());
    }
}
