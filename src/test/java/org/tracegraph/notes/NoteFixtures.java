package org.tracegraph.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracegraph.support.TestServer;

/**
 * Notes and views made by a test class, removed after it with the history of those notes: the seed tests count
 * the nodes of the shared database.
 */
final class NoteFixtures {
    static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> notes = new ArrayList<>();
    private final List<String> views = new ArrayList<>();

    /** Writes a note with the editor token and returns it (asserting 201). */
    JsonNode create(String kind, String target, String text) {
        var response = TestServer.editor().post("/api/notes", json(Map.of(kind, target, "text", text)));
        assertEquals(201, response.status(), response::toString);
        var note = response.json();
        notes.add(note.get("id").asText());
        return note;
    }

    /** Saves a view with the editor token and returns it (asserting 201). */
    JsonNode view(Map<String, Object> body) {
        var response = TestServer.editor().post("/api/views", json(body));
        assertEquals(201, response.status(), response::toString);
        var view = response.json();
        views.add(view.get("id").asText());
        return view;
    }

    /** Remembers a note made otherwise (a browser test's). */
    void remember(String id) {
        notes.add(id);
    }

    void deleteAll() {
        TestServer.server().database().writeTransaction(tx -> {
            tx.run("MATCH (n:Note) WHERE n.id IN $ids DELETE n", Map.of("ids", notes)).consume();
            tx.run("MATCH (c:Change {kind: 'note'}) WHERE c.targetId IN $ids DELETE c", Map.of("ids", notes)).consume();
            tx.run("""
                    MATCH (v:View) WHERE v.id IN $ids
                    OPTIONAL MATCH (v)-[:HAS_VERSION]->(s:ViewVersion)
                    DETACH DELETE v, s""", Map.of("ids", views)).consume();
            return null;
        });
        notes.clear();
        views.clear();
    }

    static long count() {
        return TestServer.server().database().read("MATCH (n:Note) RETURN count(n) AS c", Map.of())
                .get(0).get("c").asLong();
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
