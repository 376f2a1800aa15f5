package org.tracegraph.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.notes.NoteFixtures.json;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.GraphCounts;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** /api/notes: editors' private notes on entities, relationships and views; the editor token for everything. */
@ExtendWith(TestServer.class)
class NotesApiTest {
    private static final NoteFixtures NOTES = new NoteFixtures();
    private final Http editor = TestServer.editor();

    @AfterAll
    static void removeNotes() {
        NOTES.deleteAll();
    }

    @Test
    void an_editor_writes_a_note_on_an_entity_with_the_author_from_the_token_and_reads_it_back() {
        var response = editor.withHeader("X-Editor", "Ada Desk").post("/api/notes",
                json(Map.of("entity", "ruslan-bashirli", "text", "  Check the footage's date with RFE/RL.  ")));
        assertEquals(201, response.status(), response::toString);
        var note = response.json();
        NOTES.remember(note.get("id").asText());
        assertEquals("ruslan-bashirli", note.get("entity").asText());
        assertFalse(note.has("relationship"));
        assertEquals("Check the footage's date with RFE/RL.", note.get("text").asText());
        assertEquals("editor", note.get("author").asText(), "what the token proved");
        assertEquals("Ada Desk", note.get("authorClaim").asText(), "the X-Editor name, beside it");
        assertEquals(1, note.get("rev").asInt());
        assertNotNull(note.get("created").asText());
        assertEquals("/api/notes/" + note.get("id").asText(), response.location());
        assertNotNull(response.header("ETag"));

        var listed = editor.get("/api/notes?entity=ruslan-bashirli").json().get("notes");
        assertTrue(listed.findValuesAsText("id").contains(note.get("id").asText()), listed::toString);
        var one = editor.get("/api/notes/" + note.get("id").asText());
        assertEquals(200, one.status());
        assertEquals(response.header("ETag"), one.header("ETag"));
    }

    @Test
    void notes_go_on_relationships_and_saved_views_too() {
        var onEdge = NOTES.create("relationship", "ruslan-bashirli-affiliated-with-ndi", "Only his boast.");
        assertEquals("ruslan-bashirli-affiliated-with-ndi", onEdge.get("relationship").asText());
        var view = NOTES.view(Map.of("title", "Notes test view", "nodeIds", List.of("ruslan-bashirli", "ndi")));
        var onView = NOTES.create("view", view.get("id").asText(), "Publish after legal review.");
        assertEquals(view.get("id").asText(), onView.get("view").asText());
        assertEquals(1, editor.get("/api/notes?view=" + view.get("id").asText()).json().get("notes").size());
        assertTrue(editor.get("/api/notes?relationship=ruslan-bashirli-affiliated-with-ndi").json().get("notes")
                .findValuesAsText("text").contains("Only his boast."));
    }

    @Test
    void without_the_editor_token_no_route_of_notes_answers_and_nothing_is_written() {
        var note = NOTES.create("entity", "ndi", "Editors only.");
        var id = note.get("id").asText();
        var anonymous = TestServer.http();
        var before = NoteFixtures.count();
        assertProblem(anonymous.get("/api/notes?entity=ndi"), 401);
        assertProblem(anonymous.get("/api/notes/" + id), 401);
        assertProblem(anonymous.post("/api/notes", json(Map.of("entity", "ndi", "text", "x"))), 401);
        assertProblem(anonymous.withHeader("If-Match", "*").put("/api/notes/" + id, json(Map.of("text", "x"))), 401);
        assertProblem(anonymous.withHeader("If-Match", "*").delete("/api/notes/" + id), 401);
        assertProblem(anonymous.withHeader("Authorization", "Bearer not-a-token").get("/api/notes/" + id), 401);
        assertEquals(before, NoteFixtures.count());
        assertEquals("Editors only.", editor.get("/api/notes/" + id).json().get("text").asText());
    }

    @Test
    void an_edit_needs_if_match_and_a_stale_one_is_refused_without_change() {
        var note = NOTES.create("entity", "ndi", "First thought.");
        var id = note.get("id").asText();
        var etag = editor.get("/api/notes/" + id).header("ETag");
        assertProblem(editor.put("/api/notes/" + id, json(Map.of("text", "no If-Match"))), 428);

        var edited = editor.withHeader("If-Match", etag).put("/api/notes/" + id, json(Map.of("text", "Second thought.")));
        assertEquals(200, edited.status(), edited::toString);
        assertEquals(2, edited.json().get("rev").asInt());
        assertEquals("Second thought.", edited.json().get("text").asText());
        assertEquals("editor", edited.json().get("editedBy").asText());

        var stale = editor.withHeader("If-Match", etag).put("/api/notes/" + id, json(Map.of("text", "Lost update")));
        assertProblem(stale, 412);
        assertProblem(editor.withHeader("If-Match", etag).delete("/api/notes/" + id), 412);
        assertEquals("Second thought.", editor.get("/api/notes/" + id).json().get("text").asText());

        var deleted = editor.withHeader("If-Match", edited.header("ETag")).delete("/api/notes/" + id);
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals(id, deleted.json().get("deleted").asText());
        assertProblem(editor.get("/api/notes/" + id), 404);
    }

    @Test
    void the_history_records_each_note_with_its_author_and_text() {
        var note = NOTES.create("entity", "elnur-israfilov", "Ask the uncle again.");
        var id = note.get("id").asText();
        var edited = editor.withHeader("If-Match", "*").put("/api/notes/" + id, json(Map.of("text", "Asked; no answer.")));
        assertEquals(200, edited.status());
        var changes = editor.get("/api/changes?entity=elnur-israfilov").json().get("changes");
        var ofNote = new java.util.ArrayList<com.fasterxml.jackson.databind.JsonNode>();
        changes.forEach(c -> {
            if (id.equals(c.get("targetId").asText())) ofNote.add(c);
        });
        assertEquals(2, ofNote.size(), changes::toString);
        assertEquals("update", ofNote.get(0).get("action").asText());
        assertEquals("note", ofNote.get(0).get("kind").asText());
        assertEquals("Ask the uncle again.", ofNote.get(0).get("before").get("text").asText());
        assertEquals("Asked; no answer.", ofNote.get(0).get("after").get("text").asText());
        assertEquals("create", ofNote.get(1).get("action").asText());
        assertEquals("editor", ofNote.get(1).get("editor").asText());
    }

    @Test
    void bad_notes_are_refused_with_a_problem_naming_the_field_and_change_nothing() {
        var before = GraphCounts.now();
        assertEquals("text", assertProblem(editor.post("/api/notes", json(Map.of("entity", "ndi"))), 400)
                .get("parameter").asText());
        assertEquals("text", assertProblem(editor.post("/api/notes", json(Map.of("entity", "ndi", "text", "   "))), 400)
                .get("parameter").asText());
        assertEquals("text", assertProblem(editor.post("/api/notes", json(Map.of("entity", "ndi",
                "text", "x".repeat(5001)))), 400).get("parameter").asText());
        assertEquals("text", assertProblem(editor.post("/api/notes", json(Map.of("entity", "ndi", "text", 5))), 400)
                .get("parameter").asText());
        assertEquals("entity", assertProblem(editor.post("/api/notes", json(Map.of("text", "about nothing"))), 400)
                .get("parameter").asText());
        assertProblem(editor.post("/api/notes", json(Map.of("entity", "ndi", "view", "x", "text", "two"))), 400);
        assertEquals("entity", assertProblem(editor.post("/api/notes", json(Map.of("entity", "Not An Id", "text", "t"))), 400)
                .get("parameter").asText());
        assertEquals("colour", assertProblem(editor.post("/api/notes", json(Map.of("entity", "ndi", "text", "t",
                "colour", "red"))), 400).get("parameter").asText());
        assertProblem(editor.post("/api/notes", "[1]"), 400);
        assertProblem(editor.post("/api/notes", json(Map.of("entity", "no-such-entity", "text", "t"))), 404);
        assertProblem(editor.post("/api/notes", json(Map.of("relationship", "no-such-edge", "text", "t"))), 404);
        assertProblem(editor.post("/api/notes", json(Map.of("view", "no-such-view", "text", "t"))), 404);
        assertProblem(editor.get("/api/notes"), 400);
        assertProblem(editor.get("/api/notes?entity=ndi&view=x"), 400);
        assertProblem(editor.get("/api/notes?entity=no-such-entity"), 404);
        assertProblem(editor.get("/api/notes/no-such-note"), 404);
        assertProblem(editor.withHeader("If-Match", "*").put("/api/notes/no-such-note", json(Map.of("text", "t"))), 404);
        assertProblem(editor.withHeader("If-Match", "*").delete("/api/notes/no-such-note"), 404);
        var note = NOTES.create("entity", "ndi", "Stays as it is.");
        var id = note.get("id").asText();
        assertProblem(editor.withHeader("If-Match", "*").put("/api/notes/" + id, json(Map.of("text", "t", "entity", "osce"))), 400);
        assertProblem(editor.withHeader("If-Match", "nonsense").put("/api/notes/" + id, json(Map.of("text", "t"))), 400);
        assertEquals("Stays as it is.", editor.get("/api/notes/" + id).json().get("text").asText());
        var after = GraphCounts.now();
        assertEquals(before.relationships(), after.relationships());
        assertEquals(before.nodes() + 2, after.nodes(), "the one note written, and its change in the history");
    }
}
