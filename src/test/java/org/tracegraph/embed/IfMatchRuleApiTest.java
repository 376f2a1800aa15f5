package org.tracegraph.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * One If-Match rule for entities, relationships and saved views (core/Precondition): strong tags name a
 * version, weak tags and tags not ours never match (412), {@code *} matches any, a list matches when one of its
 * tags does, and a value that is not an ETag is a 400. A view's ETag is {@code "N"}; its body's baseVersion stays
 * the alternative, stale with 409.
 */
@ExtendWith(TestServer.class)
class IfMatchRuleApiTest {
    private static final Views VIEWS = new Views();
    private final Http editor = TestServer.editor();

    @AfterAll
    static void removeViews() {
        VIEWS.deleteAll();
    }

    @Test
    void a_weak_tag_never_matches_a_view_as_it_never_matches_an_entity() {
        var view = VIEWS.create(Map.of("title", "If-Match rule", "nodeIds", List.of("ndi"))).get("id").asText();
        var weak = assertProblem(publish(view, "W/\"1\""), 412);
        assertEquals("If-Match", weak.get("parameter").asText());
        assertTrue(weak.get("detail").asText().contains("version 1"), weak::toString);
        assertEquals(1, TestServer.http().get("/api/views/" + view).json().get("version").asInt(), "nothing written");

        var entity = VIEWS.ownPair("ifmatch").get("from");
        var etag = TestServer.http().get("/api/entities/" + entity).header("ETag");
        assertProblem(editor.withHeader("If-Match", "W/" + etag).patch("/api/entities/" + entity,
                Views.json(Map.of("description", "weak"))), 412);
    }

    @Test
    void a_view_takes_a_strong_tag_a_list_holding_it_or_a_star_and_refuses_what_is_not_an_etag() {
        var view = VIEWS.create(Map.of("title", "If-Match lists", "nodeIds", List.of("ndi"))).get("id").asText();
        assertBadParameter(publish(view, "1"), "If-Match");
        assertBadParameter(publish(view, "\"1\" \"2\""), "If-Match");
        assertEquals(201, publish(view, "W/\"1\", \"7\", \"1\"").status(), "a list matches when one strong tag does");
        assertEquals(201, publish(view, "*").status(), "* is whatever version is there");
        var stale = assertProblem(publish(view, "\"2\""), 412);
        assertTrue(stale.get("detail").asText().contains("version 3"), stale::toString);
        assertEquals(409, editor.post("/api/views/" + view + "/versions",
                Views.json(Map.of("note", "from 2", "baseVersion", 2))).status(), "baseVersion stale: 409");
        assertEquals(4, editor.post("/api/views/" + view + "/versions",
                Views.json(Map.of("note", "from 3", "baseVersion", 3))).json().get("version").asInt());

        var entity = VIEWS.ownPair("ifmatch-list").get("from");
        assertBadParameter(editor.withHeader("If-Match", "1").patch("/api/entities/" + entity,
                Views.json(Map.of("description", "unquoted"))), "If-Match");
    }

    private Http.Response publish(String view, String ifMatch) {
        return editor.withHeader("If-Match", ifMatch).post("/api/views/" + view + "/versions",
                Views.json(Map.of("note", "If-Match " + ifMatch)));
    }
}
