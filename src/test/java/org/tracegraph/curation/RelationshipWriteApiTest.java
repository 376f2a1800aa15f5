package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.curation.Fixtures.json;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class RelationshipWriteApiTest {
    private final Http http = TestServer.http();
    private final Http editor = TestServer.editor();

    @AfterAll
    static void cleanUp() {
        Fixtures.removeAll();
    }

    private Map<String, Object> claim(String from, String to, String source) {
        var body = new HashMap<String, Object>();
        body.putAll(Map.of("from", from, "type", "WORKS_FOR", "to", to, "sourceIds", List.of(source),
                "quote", "she works for the paper", "status", "reported", "role", "correspondent", "startDate", "2010"));
        return body;
    }

    @Test
    void a_relationship_with_its_evidence_shows_on_both_entities_and_in_the_neighbourhood() {
        var person = Fixtures.person(editor, "Reporter");
        var paper = Fixtures.create(editor, Map.of("id", Fixtures.uniqueId("paper"), "type", "Organisation",
                "name", "Paper", "kind", "newspaper")).get("id").asText();
        var source = Fixtures.source(editor, "Interview with the reporter");
        var unlinked = http.get("/api/entities/" + person).header("ETag");
        assertEquals(304, http.withHeader("If-None-Match", unlinked).get("/api/entities/" + person).status(),
                "a cache may keep an entity while nothing about it changes");
        var body = claim(person, paper, source);
        body.put("claimedBy", person);
        var response = editor.post("/api/relationships", json(body));
        assertEquals(201, response.status(), response::toString);
        var edge = response.json();
        var id = person + "-works-for-" + paper;
        assertEquals(id, edge.get("id").asText(), "ids are formed as in the seed");
        assertEquals("/api/relationships/" + id, response.location());
        assertEquals(1, Fixtures.rev(response));
        assertEquals("Interview with the reporter", edge.get("sources").get(0).get("title").asText());
        assertEquals("Reporter", edge.get("claimedByName").asText());

        var linked = http.withHeader("If-None-Match", unlinked).get("/api/entities/" + person);
        assertEquals(200, linked.status(), "a new relationship is a new representation, whose ETag differs");
        assertEquals(Fixtures.rev(linked), 1, "though the entity's own version, which If-Match checks, is the same");
        var entity = linked.json();
        assertEquals(1, entity.get("relationships").size());
        var rel = entity.get("relationships").get(0);
        assertEquals("out", rel.get("direction").asText());
        assertEquals("correspondent", rel.get("role").asText());
        assertEquals(1, rel.get("rev").asInt());
        var graph = http.get("/api/entities/" + paper + "/neighbourhood").json();
        assertTrue(graph.get("edges").toString().contains(id));
        assertEquals(response.header("ETag"), http.get("/api/relationships/" + id).header("ETag"));

        var second = editor.post("/api/relationships", json(claim(person, paper, source)));
        assertEquals(person + "-works-for-" + paper + "-2", second.json().get("id").asText(),
                "a second claim between the same two stays side by side, with a qualifier");
    }

    @Test
    void a_relationship_needs_a_source_a_quote_a_status_and_a_documented_type() {
        var person = Fixtures.person(editor, "Someone");
        var other = Fixtures.person(editor, "Someone else");
        var source = Fixtures.source(editor, "A report");
        var broken = Map.<String, java.util.function.Consumer<Map<String, Object>>>of(
                "sourceIds", b -> b.remove("sourceIds"),
                "quote", b -> b.put("quote", " "),
                "status", b -> b.put("status", "likely"),
                "type", b -> b.put("type", "LIKES"),
                "to", b -> b.put("to", "zz-cur-nobody-there"),
                "claimedBy", b -> b.put("claimedBy", "zz-cur-nobody-there"),
                "startDate", b -> b.put("startDate", "2010-02-30"),
                "sources", b -> b.put("sources", List.of(source)));
        broken.forEach((field, breakIt) -> {
            var body = claim(person, other, source);
            breakIt.accept(body);
            assertBadParameter(editor.post("/api/relationships", json(body)), field);
        });
        var notASource = claim(person, other, other);
        assertBadParameter(editor.post("/api/relationships", json(notASource)), "sourceIds");
        assertEquals(0, http.get("/api/entities/" + person).json().get("relationships").size(), "nothing was written");
    }

    @Test
    void editing_a_relationship_needs_its_etag_and_keeps_its_type_and_ends() {
        var a = Fixtures.person(editor, "A");
        var b = Fixtures.person(editor, "B");
        var source = Fixtures.source(editor, "Letter");
        var id = Fixtures.link(editor, a, "FRIEND_OF", b, source, "my friend B").get("id").asText();
        var path = "/api/relationships/" + id;

        assertProblem(editor.patch(path, json(Map.of("status", "confirmed"))), 428);
        var patched = editor.withHeader("If-Match", "\"1\"").patch(path, json(Map.of("status", "confirmed")));
        assertEquals(200, patched.status(), patched::toString);
        assertEquals(2, Fixtures.rev(patched));
        assertEquals("confirmed", patched.json().get("status").asText());
        assertEquals("my friend B", patched.json().get("quote").asText(), "fields not named stay");
        assertProblem(editor.withHeader("If-Match", "\"1\"").patch(path, json(Map.of("status", "denied"))), 412);
        assertBadParameter(editor.withHeader("If-Match", "\"2\"").patch(path, json(Map.of("type", "RELATIVE_OF"))), "type");
        var noQuote = new HashMap<String, Object>();
        noQuote.put("quote", null);
        assertBadParameter(editor.withHeader("If-Match", "\"2\"").patch(path, json(noQuote)), "quote");
        assertEquals("confirmed", http.get(path).json().get("status").asText());

        assertProblem(editor.withHeader("If-Match", "\"1\"").delete(path), 412);
        var deleted = editor.withHeader("If-Match", "\"2\"").delete(path);
        assertEquals(200, deleted.status(), deleted::toString);
        assertProblem(http.get(path), 404);
        assertFalse(http.get("/api/entities/" + a).json().get("relationships").elements().hasNext());
    }
}
