package org.tracegraph.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * Saved views made by a test class, and removed after it: the seed tests count every node of the shared
 * database, views included. Also entities of the tests' own, for edits that must not touch the seed graph.
 */
final class Views {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The Bashirli story of the walk-through in docs/embedding.md. */
    static final List<String> BASHIRLI_STORY = List.of("ruslan-bashirli", "ndi", "bashirli-coup-plot",
            "bashirli-tbilisi-footage", "yeni-fekir");
    private final List<String> ids = new ArrayList<>();
    private final List<String> entities = new ArrayList<>();

    /** Saves a view of {@code body} with the editor token and returns its JSON (asserting 201). */
    JsonNode create(Map<String, Object> body) {
        var response = TestServer.editor().post("/api/views", json(body));
        assertEquals(201, response.status(), response::toString);
        var view = response.json();
        ids.add(view.get("id").asText());
        return view;
    }

    JsonNode createBashirliStory() {
        return create(Map.of("title", "Ruslan Bashirli and NDI", "nodeIds", BASHIRLI_STORY,
                "caption", "Every route from Bashirli to NDI runs through the footage.",
                "credits", "Graphic: Tracegraph test desk"));
    }

    /** Remembers a view made otherwise (a browser test's) for {@link #deleteAll}. */
    void remember(String id) {
        ids.add(id);
    }

    /** Two entities of this test run with one relationship between them: {@code from}, {@code to}, edge {@code id}. */
    Map<String, String> ownPair(String prefix) {
        var suffix = Long.toString(System.nanoTime(), 36);
        var a = "zz-" + prefix + "-a-" + suffix;
        var b = "zz-" + prefix + "-b-" + suffix;
        var edge = a + "-told-" + b;
        entities.add(a);
        entities.add(b);
        TestServer.server().database().writeTransaction(tx -> tx.run("""
                CREATE (a:Entity:Person {id: $a, name: 'Test Person <A> & Co', aliases: [], description: 'test'})
                CREATE (b:Entity:Person {id: $b, name: 'Test Person B', aliases: [], description: 'test'})
                CREATE (a)-[:TOLD {id: $edge, sourceIds: ['rahder-2012-azerbaijan-blackmail-video'],
                                   quote: 'the first quote', status: 'reported'}]->(b)""",
                Map.of("a", a, "b", b, "edge", edge)).consume());
        return Map.of("from", a, "to", b, "edge", edge);
    }

    void deleteAll() {
        TestServer.server().database().writeTransaction(tx -> {
            tx.run("""
                    MATCH (v:View) WHERE v.id IN $ids
                    OPTIONAL MATCH (v)-[:HAS_VERSION]->(s:ViewVersion)
                    DETACH DELETE v, s""", Map.of("ids", ids)).consume();
            tx.run("MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n", Map.of("ids", entities)).consume();
            return null;
        });
        ids.clear();
        entities.clear();
    }

    static long count() {
        return TestServer.server().database().read("MATCH (n) WHERE n:View OR n:ViewVersion RETURN count(n) AS c",
                Map.of()).get(0).get("c").asLong();
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Http editor() {
        return TestServer.editor();
    }
}
