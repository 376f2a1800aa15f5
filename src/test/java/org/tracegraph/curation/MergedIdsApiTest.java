package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.curation.Fixtures.json;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * A merged id stands for its survivor everywhere an id is read (docs/editing.md): one entity and its
 * neighbourhood answer 308 to the survivor's address; paths, a set of entities and a saved view take the
 * survivor inline. Ids merged twice lead straight to the last survivor.
 */
@ExtendWith(TestServer.class)
class MergedIdsApiTest {
    private static final Http http = TestServer.http();
    private static final Http editor = TestServer.editor();
    private static final List<String> views = new ArrayList<>();
    private static String survivor;
    private static String duplicate;
    private static String older;
    private static String paper;

    /** {@code older} merged into {@code duplicate}, then {@code duplicate} into {@code survivor}, who works for {@code paper}. */
    @BeforeAll
    static void merge() {
        var source = Fixtures.source(editor, "Merged ids record");
        survivor = Fixtures.person(editor, "Survivor");
        duplicate = Fixtures.person(editor, "Duplicate");
        older = Fixtures.person(editor, "Older duplicate");
        paper = Fixtures.create(editor, Map.of("id", Fixtures.uniqueId("paper"), "type", "Organisation",
                "name", "Merged ids paper")).get("id").asText();
        Fixtures.link(editor, duplicate, "WORKS_FOR", paper, source, "works for the paper");
        var admin = TestServer.admin();
        assertEquals(200, admin.post("/api/entities/" + older + "/merge", json(Map.of("into", duplicate))).status());
        assertEquals(200, admin.post("/api/entities/" + duplicate + "/merge", json(Map.of("into", survivor))).status());
    }

    @AfterAll
    static void cleanUp() {
        TestServer.server().database().writeTransaction(tx -> tx.run("""
                MATCH (v:View) WHERE v.id IN $ids
                OPTIONAL MATCH (v)-[:HAS_VERSION]->(s:ViewVersion)
                DETACH DELETE v, s""", Map.of("ids", views)).consume());
        Fixtures.removeAll();
    }

    @Test
    void an_entity_by_a_merged_id_is_a_permanent_redirect_to_the_survivor_with_the_same_query() {
        for (var old : List.of(duplicate, older)) {
            var moved = http.get("/api/entities/" + old + "?limit=7");
            assertEquals(308, moved.status(), moved::toString);
            assertEquals("/api/entities/" + survivor + "?limit=7", moved.location(), "straight to the last survivor");
        }
        assertEquals(survivor, http.get("/api/entities/" + survivor).json().get("id").asText());
        assertProblem(http.get("/api/entities/" + Fixtures.uniqueId("never")), 404);
    }

    @Test
    void a_neighbourhood_by_a_merged_id_is_a_permanent_redirect_to_the_survivors() {
        var moved = http.get("/api/entities/" + older + "/neighbourhood?depth=2&limit=10");
        assertEquals(308, moved.status(), moved::toString);
        assertEquals("/api/entities/" + survivor + "/neighbourhood?depth=2&limit=10", moved.location());
        var neighbourhood = http.get(moved.location()).json();
        assertTrue(ids(neighbourhood.get("nodes")).contains(paper), neighbourhood.toString());
        assertProblem(http.get("/api/entities/" + Fixtures.uniqueId("never") + "/neighbourhood"), 404);
    }

    @Test
    void paths_from_a_merged_id_are_the_survivors_inline() {
        var paths = http.get("/api/paths?from=" + older + "&to=" + paper);
        assertEquals(200, paths.status(), paths::toString);
        assertEquals(survivor, paths.json().get("from").asText());
        assertEquals(paper, paths.json().get("to").asText());
        assertEquals(1, paths.json().get("paths").get(0).get("length").asInt());
        assertBadParameter(http.get("/api/paths?from=" + older + "&to=" + survivor), "to");
        assertProblem(http.get("/api/paths?from=" + Fixtures.uniqueId("never") + "&to=" + paper), 404);
    }

    @Test
    void a_set_of_entities_takes_a_merged_id_as_its_survivor_once() {
        var graph = http.get("/api/graph?ids=" + older + "," + duplicate + "," + survivor + "," + paper).json();
        assertEquals(List.of(survivor, paper).stream().sorted().toList(), ids(graph.get("nodes")).stream().sorted().toList(),
                graph.toString());
        assertEquals(1, graph.get("edges").size(), graph.toString());
        assertEquals(0, graph.get("missing").size());
    }

    @Test
    void a_view_saved_with_a_merged_id_shows_the_survivor_and_so_does_its_embed() {
        var saved = editor.post("/api/views", json(Map.of("title", "Merged ids view", "nodeIds", List.of(older, paper))));
        assertEquals(201, saved.status(), saved::toString);
        var id = saved.json().get("id").asText();
        views.add(id);
        assertEquals(List.of(survivor, paper).stream().sorted().toList(),
                ids(http.get("/api/views/" + id).json().get("nodes")).stream().sorted().toList());
        var page = http.get("/embed/" + id);
        assertEquals(200, page.status());
        assertTrue(page.body().contains(survivor), "the embed page carries the survivor");
        var next = editor.withHeader("If-Match", "\"1\"").post("/api/views/" + id + "/versions",
                json(Map.of("nodeIds", List.of(duplicate))));
        assertEquals(201, next.status(), next::toString);
        assertEquals(List.of(survivor), ids(next.json().get("nodes")));
    }

    private static List<String> ids(JsonNode nodes) {
        var ids = new ArrayList<String>();
        nodes.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }
}
