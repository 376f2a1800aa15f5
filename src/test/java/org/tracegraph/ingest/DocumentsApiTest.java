package org.tracegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.GraphCounts;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * POST /api/documents over real HTTP, with documents made by the tests: a PDF becomes a source holding its
 * text, whose quotes are then checked; the same file is not taken twice; bad files change nothing.
 */
@ExtendWith(TestServer.class)
class DocumentsApiTest {
    private static final String PREFIX = "zz-ingest-";
    private final Http editor = TestServer.editor();

    @AfterAll
    static void cleanUp() {
        TestServer.server().database().writeTransaction(tx -> {
            tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n", Map.of("p", PREFIX)).consume();
            tx.run("MATCH (r:ReviewItem) WHERE r.sourceId STARTS WITH $p DELETE r", Map.of("p", PREFIX)).consume();
            tx.run("MATCH (c:Change) WHERE any(id IN c.entityIds WHERE id STARTS WITH $p) DELETE c", Map.of("p", PREFIX)).consume();
            return null;
        });
    }

    @Test
    void a_pdf_becomes_a_source_holding_its_text_with_what_it_names_and_its_quotes_are_checked() throws Exception {
        var word = Long.toString(System.nanoTime(), 36);
        // two entities of the test's own: the shared graph's seed stays as it is for the other tests
        var alpha = "Zz Ingest Alpha " + word;
        var beta = "Zz Ingest Beta " + word;
        for (var name : new String[] {alpha, beta}) {
            var made = editor.post("/api/entities", "{\"type\": \"Person\", \"name\": \"" + name + "\"}");
            assertEquals(201, made.status(), made::toString);
        }
        var alphaId = PREFIX + "alpha-" + word;
        var betaId = PREFIX + "beta-" + word;
        var sentence = "Mr. " + alpha + " met " + beta + " in Tbilisi, reportedly.";
        var pdf = Documents.pdf(sentence, false);
        var response = editor.postBytes("/api/documents?name=memo.pdf&title=" + Http.encode("zz ingest memo " + word)
                + "&publisher=" + Http.encode("Test Desk"), "application/pdf", pdf);
        assertEquals(201, response.status(), response::toString);
        var body = response.json();
        var id = body.get("source").get("id").asText();
        assertTrue(id.startsWith(PREFIX), id);
        assertEquals("application/pdf", body.get("mediaType").asText());
        assertEquals(sentence.length(), body.get("textLength").asInt());
        assertTrue(body.get("mentions").toString().contains(alphaId), body.toString());
        // candidates: the review items the document made, among them the one link its sentence proposes
        var review = editor.get("/api/review?source=" + id + "&limit=200").json().get("items");
        assertEquals(review.size(), body.get("candidates").asInt(), review::toString);
        var links = new java.util.ArrayList<java.util.Set<String>>();
        review.forEach(i -> {
            if (!i.get("kind").asText().equals("link")) return;
            assertEquals(sentence, i.get("sentence").get("text").asText(), "the one sentence is every link's quote");
            links.add(java.util.Set.of(i.get("from").get("id").asText(), i.get("to").get("id").asText()));
        });
        assertTrue(links.contains(java.util.Set.of(alphaId, betaId)), "the sentence names both: " + review);
        assertEquals(sentence, editor.get("/api/sources/" + id + "/text").body());

        // a quote of it is checked against that text: a quote it does not hold is refused
        var wrong = editor.post("/api/relationships", """
                {"from": "%s", "type": "FRIEND_OF", "to": "%s", "status": "rumour",
                 "sourceIds": ["%s"], "quote": "they worked together"}""".formatted(alphaId, betaId, id));
        assertEquals(422, wrong.status(), wrong::toString);
        var right = editor.post("/api/relationships", """
                {"from": "%s", "type": "FRIEND_OF", "to": "%s", "status": "rumour", "id": "%s",
                 "sourceIds": ["%s"], "quote": "in Tbilisi, reportedly"}""".formatted(alphaId, betaId, PREFIX + "rel-" + word, id));
        assertEquals(201, right.status(), right::toString);
        assertTrue(right.json().get("quoteVerified").asBoolean(), right::toString);

        // the same file again: 409 naming the source it became, nothing written
        var before = GraphCounts.now();
        var again = editor.postBytes("/api/documents?name=copy.pdf&title=" + Http.encode("zz ingest copy " + word), "application/pdf", pdf);
        var problem = assertProblem(again, 409);
        assertTrue(problem.get("detail").asText().contains(id), problem.toString());
        assertEquals(before, GraphCounts.now());
    }

    @Test
    void bad_files_give_a_problem_naming_the_file_and_change_nothing() throws Exception {
        var before = GraphCounts.now();
        assertTrue(assertProblem(editor.postBytes("/api/documents?name=secret.pdf", "application/pdf",
                Documents.pdf("hidden", true)), 422).get("detail").asText().startsWith("secret.pdf: "));
        assertProblem(editor.postBytes("/api/documents?name=empty.txt", "text/plain", new byte[0]), 422);
        var noise = new byte[2048];
        new java.util.Random(5).nextBytes(noise);
        assertProblem(editor.postBytes("/api/documents?name=noise.bin", "application/octet-stream", noise), 415);
        assertProblem(TestServer.http().postBytes("/api/documents?name=a.txt", "text/plain", "text".getBytes()), 401);
        assertEquals(before, GraphCounts.now());
    }
}
