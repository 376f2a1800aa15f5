package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.curation.Fixtures.json;
import static org.tracegraph.curation.Fixtures.uniqueId;
import static org.tracegraph.support.Bookmarks.HEADER;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Bookmarks;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** Tracegraph-Bookmark on one instance: what writes answer with, and what a bad value sent back gets. */
@ExtendWith(TestServer.class)
class BookmarkApiTest {
    private final Http http = TestServer.http();
    private final Http editor = TestServer.editor();

    @AfterAll
    static void cleanUp() {
        Fixtures.removeAll();
    }

    @Test
    void a_write_answers_with_its_bookmark_and_a_read_that_sends_it_back_sees_the_write() {
        var id = uniqueId("bookmarked");
        var created = editor.post("/api/entities", json(Map.of("id", id, "type", "Person", "name", "Bookmarked")));
        assertEquals(201, created.status(), created::toString);
        var bookmark = created.header(HEADER);
        assertNotNull(bookmark, "a write tells the client where it is in the database's history");

        var read = http.withHeader(HEADER, bookmark).get("/api/entities/" + id);
        assertEquals(200, read.status(), read::toString);
        assertNull(read.header(HEADER), "a read commits nothing to name");

        var edited = editor.withHeader(HEADER, bookmark).withHeader("If-Match", "*")
                .patch("/api/entities/" + id, "{\"description\": \"edited\"}");
        assertEquals(200, edited.status(), edited::toString);
        assertNotNull(edited.header(HEADER));
        assertTrue(!edited.header(HEADER).equals(bookmark), "a later write, a later bookmark");

        var refused = editor.post("/api/entities", json(Map.of("id", id, "type", "Person", "name", "Taken")));
        assertProblem(refused, 409);
        assertNull(refused.header(HEADER), "nothing committed, nothing to name");
    }

    @Test
    void a_malformed_bookmark_header_is_a_400_naming_it_and_writes_nothing() {
        var id = uniqueId("never");
        var tooMany = IntStream.range(0, 17).mapToObj(i -> "FB:" + i).collect(Collectors.joining(","));
        for (var bad : new String[] {"has a space", "FB:a,,FB:b", "FB:" + "x".repeat(300), tooMany}) {
            assertBadParameter(http.withHeader(HEADER, bad).get("/api/search?q=musavat"), HEADER);
            assertBadParameter(editor.withHeader(HEADER, bad).post("/api/entities",
                    json(Map.of("id", id, "type", "Person", "name", "Never"))), HEADER);
        }
        assertProblem(http.get("/api/entities/" + id), 404);
    }

    @Test
    void a_bookmark_shorter_than_neo4js_prefix_is_a_400_not_an_internal_error_on_reads_queries_and_writes() {
        // Neo4j 5 cuts three characters off a bookmark before reading it: shorter ones failed inside the server
        var id = uniqueId("never");
        for (var bad : new String[] {"a", "FB", "\"", "\\", "F:", "FB:kcwQ7QOGCXt5QNm7gcv3lca3bV2Q, x"}) {
            var asker = http.withHeader(HEADER, bad);
            assertBadParameter(asker.get("/api/entities/ruslan-bashirli"), HEADER);
            assertBadParameter(asker.get("/api/search?q=musavat"), HEADER);
            assertBadParameter(asker.post("/api/cypher", "{\"query\": \"RETURN 1 AS one\"}"), HEADER);
            assertBadParameter(editor.withHeader(HEADER, bad).post("/api/entities",
                    json(Map.of("id", id, "type", "Person", "name", "Never"))), HEADER);
        }
        assertProblem(http.get("/api/entities/" + id), 404);
    }

    @Test
    void a_value_neo4j_does_not_read_as_a_bookmark_is_a_400_on_every_kind_of_read_and_write() {
        var fake = http.withHeader(HEADER, "FB:kcwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertBadParameter(fake.get("/api/entities/ruslan-bashirli"), HEADER);
        assertBadParameter(fake.get("/api/search?q=musavat"), HEADER);
        assertBadParameter(fake.post("/api/cypher", "{\"query\": \"RETURN 1 AS one\"}"), HEADER);
        assertBadParameter(fake.get("/api/export?format=json&ids=ruslan-bashirli"), HEADER);
        var id = uniqueId("never");
        assertBadParameter(editor.withHeader(HEADER, "FB:kcwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").post(
                "/api/entities", json(Map.of("id", id, "type", "Person", "name", "Never"))), HEADER);
        assertProblem(http.get("/api/entities/" + id), 404);
    }

    @Test
    void a_bookmark_the_database_has_not_reached_is_a_503_to_retry_and_is_answered_in_seconds() {
        var created = editor.post("/api/entities", json(Map.of("id", uniqueId("now"), "type", "Person", "name", "Now")));
        var future = Bookmarks.future(created.header(HEADER));
        var started = Instant.now();
        var response = http.withHeader(HEADER, future).get("/api/entities/ruslan-bashirli");
        var problem = assertProblem(response, 503);
        assertEquals(HEADER, problem.path("parameter").asText());
        assertNotNull(response.retryAfter());
        assertTrue(Duration.between(started, Instant.now()).toSeconds() < 15,
                "the embedded server does not wait Neo4j's default 30 s for a write it will never have");
    }
}
