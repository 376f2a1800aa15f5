package org.tracegraph.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class ViewsApiTest {
    private static final Views VIEWS = new Views();
    private final Http http = TestServer.http();
    private final Http editor = TestServer.editor();

    @AfterAll
    static void removeViews() {
        VIEWS.deleteAll();
    }

    @Test
    void saving_a_view_needs_the_editor_token_and_without_it_nothing_is_written() {
        long before = Views.count();
        var body = Views.json(Map.of("title", "No token", "nodeIds", List.of("ndi")));
        var anonymous = http.post("/api/views", body);
        assertProblem(anonymous, 401);
        assertNotNull(anonymous.header("WWW-Authenticate"));
        assertProblem(http.withHeader("Authorization", "Bearer wrong").post("/api/views", body), 401);
        assertEquals(before, Views.count());
    }

    @Test
    void a_saved_view_is_version_1_with_a_snapshot_of_its_entities_and_their_evidence() {
        var view = VIEWS.createBashirliStory();
        var id = view.get("id").asText();
        assertTrue(id.startsWith("ruslan-bashirli-and-ndi-"), id);
        assertEquals(1, view.get("version").asInt());
        assertEquals(1, view.get("latestVersion").asInt());
        assertEquals(Views.BASHIRLI_STORY.size(), view.get("nodes").size());
        var alleged = edge(view, "ruslan-bashirli-affiliated-with-ndi");
        assertEquals("alleged", alleged.get("status").asText());
        assertTrue(alleged.get("quote").asText().contains("National Democratic Institute"));
        assertEquals("ruslan-bashirli", alleged.get("claimedBy").asText(), "his own boast");
        var article = alleged.get("sources").get(0);
        assertEquals("Foreign Policy Blogs", article.get("publisher").asText());
        assertEquals("2012-03", article.get("published").asText());
        assertFalse(article.get("title").asText().isBlank());
        assertEquals("Every route from Bashirli to NDI runs through the footage.", view.get("caption").asText());
        assertEquals("editor", view.get("savedBy").asText());
        assertTrue(view.at("/links/iframe").asText().startsWith("<iframe src=\"" + http.base() + "/embed/" + id + "\""));

        var read = http.get("/api/views/" + id);
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.header("ETag").startsWith("\"1."), "version 1, and a digest of the bytes: " + read.header("ETag"));
        assertEquals(view.get("edges"), read.json().get("edges"));
        assertTrue(http.get("/api/views").json().get("views").findValuesAsText("id").contains(id));
    }

    @Test
    void the_answer_to_a_save_says_where_the_view_lives() {
        var response = editor.post("/api/views", Views.json(Map.of("title", "Located", "nodeIds", List.of("ndi"))));
        assertEquals(201, response.status(), response::toString);
        VIEWS.remember(response.json().get("id").asText());
        assertEquals("/api/views/" + response.json().get("id").asText(), response.location());
        assertEquals("\"1\"", response.header("ETag"));
        assertEquals(200, http.get(response.location()).status());
    }

    @Test
    void unknown_entity_ids_are_named_in_a_400_and_nothing_is_written() {
        long before = Views.count();
        var response = editor.post("/api/views", Views.json(Map.of("title", "Typo",
                "nodeIds", List.of("ruslan-bashirli", "no-such-entity", "nor-this-one"))));
        var problem = assertProblem(response, 400);
        assertEquals("nodeIds", problem.get("parameter").asText());
        assertTrue(problem.get("detail").asText().contains("no-such-entity, nor-this-one"), problem::toString);
        assertEquals(before, Views.count());
    }

    @Test
    void a_bad_body_gets_a_400_naming_the_field() {
        var cases = Map.of(
                "{\"nodeIds\": [\"ndi\"]}", "title",
                "{\"title\": \"x\"}", "nodeIds",
                "{\"title\": \"x\", \"nodeIds\": []}", "nodeIds",
                "{\"title\": \"x\", \"nodeIds\": [\"NDI!\"]}", "nodeIds",
                "{\"title\": \"x\", \"nodeIds\": [\"ndi\"], \"nodeids\": []}", "nodeids",
                "{\"title\": \"x\", \"nodeIds\": [\"ndi\"], \"positions\": {\"musavat\": {\"x\": 1, \"y\": 2}}}", "positions",
                "{\"title\": \"x\", \"nodeIds\": [\"ndi\"], \"positions\": {\"ndi\": {\"x\": \"left\"}}}", "positions",
                "{\"title\": \"x\", \"nodeIds\": [\"ndi\"], \"filters\": {\"statuses\": [\"true\"]}}", "filters.statuses",
                "{\"title\": \"x\", \"nodeIds\": [\"ndi\"], \"layout\": \"spiral\"}", "layout",
                "{\"title\": " + Views.json("x".repeat(201)) + ", \"nodeIds\": [\"ndi\"]}", "title");
        long before = Views.count();
        cases.forEach((body, field) -> {
            var problem = assertProblem(editor.post("/api/views", body), 400);
            assertEquals(field, problem.path("parameter").asText(), body + " -> " + problem);
        });
        assertProblem(editor.postAs("/api/views", "text/plain", "title=x"), 415);
        assertEquals(before, Views.count());
    }

    @Test
    void publishing_makes_version_2_and_version_1_stays_as_it_was() {
        var v1 = VIEWS.createBashirliStory();
        var id = v1.get("id").asText();
        var response = editor.withHeader("If-Match", "\"1\"").post("/api/views/" + id + "/versions",
                Views.json(Map.of("caption", "Corrected caption.", "note", "Caption corrected")));
        assertEquals(201, response.status(), response::toString);
        assertEquals("/api/views/" + id + "?v=2", response.location());
        assertEquals("\"2\"", response.header("ETag"));
        var v2 = response.json();
        assertEquals(2, v2.get("version").asInt());
        assertEquals("Ruslan Bashirli and NDI", v2.get("title").asText(), "what the edit leaves out is kept");
        assertEquals(v1.get("nodes").size(), v2.get("nodes").size());

        var latest = http.get("/api/views/" + id).json();
        assertEquals(2, latest.get("version").asInt());
        assertEquals("Corrected caption.", latest.get("caption").asText());
        var first = http.get("/api/views/" + id + "?v=1");
        assertEquals(1, first.json().get("version").asInt());
        assertEquals(2, first.json().get("latestVersion").asInt());
        assertEquals(v1.get("caption"), first.json().get("caption"));
        assertTrue(first.header("Cache-Control").contains("max-age"), "a numbered version may be cached");
        var missing = assertProblem(http.get("/api/views/" + id + "?v=3"), 404);
        assertEquals("v", missing.get("parameter").asText());
    }

    @Test
    void an_edit_from_a_stale_version_is_refused_and_an_edit_without_a_version_is_refused() {
        var id = VIEWS.createBashirliStory().get("id").asText();
        var body = Views.json(Map.of("caption", "First editor"));
        assertEquals(201, editor.withHeader("If-Match", "\"1\"").post("/api/views/" + id + "/versions", body).status());

        var stale = assertProblem(editor.withHeader("If-Match", "\"1\"").post("/api/views/" + id + "/versions",
                Views.json(Map.of("caption", "Second editor"))), 412);
        assertTrue(stale.get("detail").asText().contains("version 2"), stale::toString);
        assertProblem(editor.post("/api/views/" + id + "/versions",
                Views.json(Map.of("caption", "Second editor", "baseVersion", 1))), 409);
        assertProblem(editor.post("/api/views/" + id + "/versions", Views.json(Map.of("caption", "Blind"))), 428);
        assertProblem(editor.withHeader("If-Match", "yesterday").post("/api/views/" + id + "/versions", body), 400);
        assertProblem(http.withHeader("If-Match", "\"2\"").post("/api/views/" + id + "/versions", body), 401);
        assertEquals("First editor", http.get("/api/views/" + id).json().get("caption").asText());

        var byBody = editor.post("/api/views/" + id + "/versions",
                Views.json(Map.of("caption", "Second editor, after reading version 2", "baseVersion", 2)));
        assertEquals(201, byBody.status(), byBody::toString);
        assertEquals(3, byBody.json().get("version").asInt());
        assertProblem(editor.withHeader("If-Match", "\"1\"").post("/api/views/no-such-view-abcdef/versions", body), 404);
    }

    @Test
    void the_corrections_log_lists_what_changed_between_versions_with_dates() {
        var id = VIEWS.create(Map.of("title", "Before", "nodeIds", List.of("ruslan-bashirli", "yeni-fekir"),
                "caption", "Old caption")).get("id").asText();
        var response = editor.withHeader("If-Match", "\"1\"").post("/api/views/" + id + "/versions", Views.json(Map.of(
                "title", "After", "caption", "New caption", "note", "Added NDI",
                "nodeIds", List.of("ruslan-bashirli", "yeni-fekir", "ndi"))));
        assertEquals(201, response.status(), response::toString);

        var log = http.get("/api/views/" + id + "/corrections").json();
        assertEquals(2, log.get("latestVersion").asInt());
        var corrections = log.get("corrections");
        assertEquals(2, corrections.size());
        assertEquals(0, corrections.get(0).get("changes").size(), "version 1 is the first publication");
        var second = corrections.get(1);
        assertEquals(2, second.get("version").asInt());
        assertEquals("Added NDI", second.get("note").asText());
        assertTrue(second.get("savedAt").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), second::toString);
        var kinds = new ArrayList<String>();
        second.get("changes").forEach(c -> kinds.add(c.get("kind").asText() + ":" + c.path("id").asText("")));
        assertTrue(kinds.contains("title-changed:"), kinds::toString);
        assertTrue(kinds.contains("caption-changed:"), kinds::toString);
        assertTrue(kinds.contains("node-added:ndi"), kinds::toString);
        assertTrue(kinds.contains("edge-added:ruslan-bashirli-affiliated-with-ndi"), kinds::toString);
        var caption = find(second.get("changes"), "caption-changed");
        assertEquals("Old caption", caption.get("before").asText());
        assertEquals("New caption", caption.get("after").asText());
        assertProblem(http.get("/api/views/no-such-view-abcdef/corrections"), 404);
    }

    @Test
    void editing_the_graph_after_saving_changes_no_version_until_a_new_one_is_published() {
        var pair = VIEWS.ownPair("snapshot");
        var id = VIEWS.create(Map.of("title", "Own pair", "nodeIds", List.of(pair.get("from"), pair.get("to"))))
                .get("id").asText();
        var before = http.get("/api/views/" + id).json();
        var page = http.get("/embed/" + id).body();
        TestServer.server().database().writeTransaction(tx -> tx.run("""
                MATCH ()-[r {id: $edge}]->() SET r.quote = 'an edited quote', r.status = 'denied'
                WITH r MATCH (n:Entity {id: $to}) SET n.name = 'Renamed Person'""",
                Map.of("edge", pair.get("edge"), "to", pair.get("to"))).consume());

        var after = http.get("/api/views/" + id).json();
        assertEquals(before.get("edges"), after.get("edges"), "the view's edges as they were saved");
        assertEquals(before.get("nodes"), after.get("nodes"));
        assertEquals("the first quote", edge(after, pair.get("edge")).get("quote").asText());
        assertEquals(page, http.get("/embed/" + id).body(), "the embed page is unchanged");
        assertTrue(http.get("/api/views/" + id + ".svg").body().contains("Test Person B"));

        var v2 = editor.withHeader("If-Match", "\"1\"").post("/api/views/" + id + "/versions", "{}").json();
        assertEquals("an edited quote", edge(v2, pair.get("edge")).get("quote").asText());
        assertTrue(http.get("/embed/" + id).body().contains("an edited quote"));
        assertTrue(http.get("/embed/" + id + "?v=1").body().contains("the first quote"));
        var changes = http.get("/api/views/" + id + "/corrections").json().at("/corrections/1/changes");
        var fields = new ArrayList<String>();
        changes.forEach(c -> fields.add(c.get("kind").asText() + ":" + c.path("field").asText("")));
        assertTrue(fields.containsAll(List.of("edge-changed:quote", "edge-changed:status", "node-changed:name")),
                fields::toString);
        var corrected = http.get("/embed/" + id).body();
        assertTrue(corrected.contains("<details id=\"embed-corrections\""), "the embed lists its corrections");
        assertTrue(corrected.contains("status of Test Person &lt;A&gt; &amp; Co TOLD Renamed Person: “reported” → “denied”"),
                corrected);
    }

    @Test
    void a_status_filter_keeps_only_the_relationships_of_those_statuses() {
        var view = VIEWS.create(Map.of("title", "Only what is confirmed", "nodeIds", Views.BASHIRLI_STORY,
                "filters", Map.of("statuses", List.of("confirmed"))));
        assertTrue(view.get("edges").size() > 0);
        view.get("edges").forEach(e -> assertEquals("confirmed", e.get("status").asText()));
    }

    @Test
    void an_unknown_view_is_a_404_and_a_malformed_id_a_400() {
        assertProblem(http.get("/api/views/no-such-view-abcdef"), 404);
        var page = http.get("/embed/no-such-view-abcdef");
        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("text/html") && page.body().contains("not available"), page::toString);
        assertProblem(http.get("/api/views/no-such-view-abcdef.png"), 404);
        assertProblem(http.get("/api/views/Bad%20Id"), 400);
        assertProblem(http.get("/api/views/ndi?v=zero"), 400);
    }

    static JsonNode edge(JsonNode view, String id) {
        for (var e : view.get("edges")) {
            if (e.get("id").asText().equals(id)) return e;
        }
        throw new AssertionError("no edge " + id + " in " + view.get("edges"));
    }

    private static JsonNode find(JsonNode changes, String kind) {
        for (var c : changes) {
            if (c.get("kind").asText().equals(kind)) return c;
        }
        throw new AssertionError("no " + kind + " in " + changes);
    }
}
