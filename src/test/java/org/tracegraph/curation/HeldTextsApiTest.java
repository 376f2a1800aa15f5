package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.curation.Fixtures.json;
import static org.tracegraph.support.Problems.assertProblem;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.GraphCounts;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * Held texts (POST /api/sources, PUT and GET /api/sources/{id}/text) and verified quotes: a relationship that
 * cites a source with a held text quotes it, or nothing is written.
 */
@ExtendWith(TestServer.class)
class HeldTextsApiTest {
    private static final String ARTICLE = "rahder-2012-azerbaijan-blackmail-video";
    private static final String TEXT = "Mr. Aliyev met the editor in Baku.\n\nThe editor said  “we never met”, and"
            + " denied it. Then the editor’s\u00A0paper printed a correction.";
    private final Http http = TestServer.http();
    private final Http editor = TestServer.editor();

    @AfterAll
    static void cleanUp() {
        Fixtures.removeAll();
    }

    private Http.Response createSource(Map<String, Object> fields) {
        return editor.post("/api/sources", json(fields));
    }

    private String heldSource(String text) {
        var response = createSource(Map.of("id", Fixtures.uniqueId("held"), "title", "An interview",
                "publisher", "A paper", "published", "2024-05", "kind", "article", "text", text));
        assertEquals(201, response.status(), response::toString);
        return response.json().get("id").asText();
    }

    private Map<String, Object> claim(String from, String to, String source, String quote) {
        var body = new HashMap<String, Object>(Map.of("from", from, "type", "TOLD", "to", to,
                "sourceIds", List.of(source), "quote", quote, "status", "reported"));
        return body;
    }

    @Test
    void a_source_created_with_its_text_serves_it_back_unchanged() {
        var response = createSource(Map.of("id", Fixtures.uniqueId("held"), "title", "An interview",
                "publisher", "A paper", "published", "2024-05", "kind", "article", "url", "https://example.org/a",
                "text", TEXT));
        assertEquals(201, response.status(), response::toString);
        var id = response.json().get("id").asText();
        assertEquals("/api/sources/" + id, response.location());
        assertEquals("An interview", response.json().get("name").asText(), "the name is the title when none is given");
        var text = http.get("/api/sources/" + id + "/text");
        assertEquals(200, text.status());
        assertEquals("text/plain; charset=utf-8", text.contentType().toLowerCase().replace(" ", "").replace(";", "; "));
        assertEquals(TEXT, text.body(), "whitespace, typographic quotes and no-break spaces are kept");
        var source = http.get("/api/sources/" + id).json();
        assertEquals("/api/sources/" + id + "/text", source.get("textUrl").asText());
        assertFalse(source.has("text"), "the text is served at its own address, not inside the source's JSON");
    }

    @Test
    void a_text_added_later_needs_the_sources_etag_and_checks_the_quotes_that_cite_it() {
        var source = Fixtures.source(editor, "A later text");
        assertProblem(http.get("/api/sources/" + source + "/text"), 404);
        var a = Fixtures.person(editor, "Teller");
        var b = Fixtures.person(editor, "Listener");
        var link = editor.post("/api/relationships", json(claim(a, b, source, "editor said “we never met”")));
        assertEquals(201, link.status(), link::toString);
        assertFalse(link.json().get("quoteVerified").asBoolean(), "no held text: the quote is not checked");
        assertFalse(link.json().has("quoteOffsets"));

        var put = "/api/sources/" + source + "/text";
        assertProblem(editor.send("PUT", put, "text/plain; charset=utf-8", TEXT), 428);
        var etag = http.get("/api/entities/" + source).header("ETag");
        assertProblem(editor.withHeader("If-Match", "\"99.x\"").send("PUT", put, "text/plain; charset=utf-8", TEXT), 412);
        var wrong = editor.withHeader("If-Match", etag).send("PUT", put, "text/plain; charset=utf-8",
                "A text that does not hold the quote.");
        var problem = assertProblem(wrong, 422);
        assertEquals("text", problem.get("parameter").asText(), wrong::toString);
        assertTrue(problem.get("detail").asText().contains(link.json().get("id").asText()), wrong::toString);
        assertProblem(http.get("/api/sources/" + source + "/text"), 404);

        var ok = editor.withHeader("If-Match", etag).send("PUT", put, "text/plain; charset=utf-8", TEXT);
        assertEquals(200, ok.status(), ok::toString);
        assertNotEquals(etag, ok.header("ETag"));
        assertEquals(TEXT, http.get("/api/sources/" + source + "/text").body());
        var relationship = http.get("/api/relationships/" + link.json().get("id").asText()).json();
        assertTrue(relationship.get("quoteVerified").asBoolean(), relationship::toString);
        var at = relationship.get("quoteOffsets").get(0);
        assertEquals(source, at.get("source").asText());
        assertEquals("editor said  “we never met”", TEXT.substring(at.get("start").asInt(), at.get("end").asInt()),
                "the offsets point into the held text, at the passage quoted");
    }

    @Test
    void a_quote_the_held_text_does_not_hold_is_refused_and_nothing_is_written() {
        var source = heldSource(TEXT);
        var a = Fixtures.person(editor, "Editor");
        var b = Fixtures.person(editor, "Minister");
        var before = GraphCounts.now();
        for (var quote : List.of("The editor said we met", "mr. aliyev met the editor", "Mr Aliyev met the editor")) {
            var refused = editor.post("/api/relationships", json(claim(a, b, source, quote)));
            var problem = assertProblem(refused, 422);
            assertEquals("quote", problem.get("parameter").asText(), refused::toString);
            assertTrue(problem.get("type").asText().endsWith("#unverified-quote"), refused::toString);
        }
        assertEquals(before, GraphCounts.now(), "nothing written");

        var quote = "The editor said \"we never met\", and denied it. Then the editor's paper";
        var created = editor.post("/api/relationships", json(claim(a, b, source, quote)));
        assertEquals(201, created.status(), created::toString);
        var edge = created.json();
        assertTrue(edge.get("quoteVerified").asBoolean());
        var at = edge.get("quoteOffsets").get(0);
        assertEquals(source, at.get("source").asText());
        var passage = TEXT.substring(at.get("start").asInt(), at.get("end").asInt());
        assertEquals("The editor said  “we never met”, and denied it. Then the editor’s\u00A0paper", passage,
                "whitespace runs and typographic quote marks are folded, and the offsets say where in the original");

        var id = edge.get("id").asText();
        var etag = created.header("ETag");
        var patch = editor.withHeader("If-Match", etag).patch("/api/relationships/" + id,
                json(Map.of("quote", "The editor said they met")));
        assertEquals("quote", assertProblem(patch, 422).get("parameter").asText());
        assertEquals(quote, http.get("/api/relationships/" + id).json().get("quote").asText(),
                "the refused patch changed nothing");

        var entity = http.get("/api/entities/" + a).json().get("relationships").get(0);
        assertTrue(entity.get("quoteVerified").asBoolean(), "entity edges say it too");
        var neighbourhood = http.get("/api/entities/" + a + "/neighbourhood").json();
        assertTrue(neighbourhood.get("edges").get(0).get("quoteVerified").asBoolean());
    }

    @Test
    void texts_are_stored_in_nfc_and_quotes_match_whatever_normal_form_they_came_in() {
        var decomposed = Normalizer.normalize("Xədicə İsmayılova spoke in Bakı.", Normalizer.Form.NFD);
        assertNotEquals(decomposed, Normalizer.normalize(decomposed, Normalizer.Form.NFC));
        var source = heldSource(decomposed);
        var stored = http.get("/api/sources/" + source + "/text").body();
        assertEquals(Normalizer.normalize(decomposed, Normalizer.Form.NFC), stored);
        var a = Fixtures.person(editor, Normalizer.normalize("Xədicə İsmayılova", Normalizer.Form.NFD));
        assertEquals("Xədicə İsmayılova", http.get("/api/entities/" + a).json().get("name").asText(),
                "names too are NFC on the way in");
        var b = Fixtures.person(editor, "Audience");
        var created = editor.post("/api/relationships", json(claim(a, b, source,
                Normalizer.normalize("İsmayılova spoke in Bakı", Normalizer.Form.NFD))));
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.json().get("quoteVerified").asBoolean());
    }

    @Test
    void names_titles_and_aliases_with_invisible_controls_or_broken_surrogates_are_refused_naming_the_field() {
        var before = GraphCounts.now();
        // JSON escapes, so that the bytes sent are these characters (a lone surrogate has no UTF-8 form)
        var bad = Map.of(
                "name", "{\"type\": \"Person\", \"name\": \"Ruslan\\u202EilrihsaB\"}",
                "aliases", "{\"type\": \"Person\", \"name\": \"Ruslan\", \"aliases\": [\"Rus\\u200Blan\"]}",
                "title", "{\"type\": \"Source\", \"name\": \"A source\", \"title\": \"Title \\uD800 broken\"}");
        bad.forEach((field, body) -> {
            var response = editor.post("/api/entities", body);
            var problem = assertProblem(response, 400);
            assertEquals(field, problem.get("parameter").asText(), response::toString);
            assertTrue(problem.get("detail").asText().contains(field), response::toString);
        });
        var viaSources = createSource(Map.of("title", "Zero\u200Dwidth", "text", "x"));
        assertEquals("title", assertProblem(viaSources, 400).get("parameter").asText());
        var badId = createSource(Map.of("id", "zz-cur-\u202Eevil", "title", "A title", "text", "x"));
        assertEquals("id", assertProblem(badId, 400).get("parameter").asText());
        assertEquals(before, GraphCounts.now(), "nothing written");

        // a held text keeps them: a quote must match its source exactly
        var text = "He said \u202Bשלום\u202C and\u200B left.";
        var source = heldSource(text);
        assertEquals(text, http.get("/api/sources/" + source + "/text").body());
    }

    @Test
    void a_text_larger_than_max_source_text_size_is_refused_with_413() {
        var before = GraphCounts.now();
        var big = "a".repeat((4 << 20) + 1);
        var response = createSource(Map.of("id", Fixtures.uniqueId("big"), "title", "Too big", "text", big));
        assertProblem(response, 413);
        assertEquals(before, GraphCounts.now(), "nothing written");
        var source = Fixtures.source(editor, "Short");
        var etag = http.get("/api/entities/" + source).header("ETag");
        assertProblem(editor.withHeader("If-Match", etag).send("PUT", "/api/sources/" + source + "/text",
                "text/plain; charset=utf-8", big), 413);
        assertProblem(http.get("/api/sources/" + source + "/text"), 404);
    }

    @Test
    void the_seed_article_is_a_held_text_and_every_seed_quote_is_verified_where_it_sits() {
        var text = http.get("/api/sources/" + ARTICLE + "/text").body();
        var evidence = http.get("/api/sources/" + ARTICLE + "?limit=5000").json().get("edges");
        assertTrue(evidence.size() >= 150, "every seed relationship cites the article");
        evidence.forEach(edge -> {
            assertTrue(edge.get("quoteVerified").asBoolean(), edge::toString);
            var at = edge.get("quoteOffsets").get(0);
            assertEquals(ARTICLE, at.get("source").asText());
            var passage = text.substring(at.get("start").asInt(), at.get("end").asInt());
            assertEquals(edge.get("quote").asText().replaceAll("\\s+", " "), passage.replaceAll("\\s+", " "),
                    edge.get("id").asText());
        });
    }
}
