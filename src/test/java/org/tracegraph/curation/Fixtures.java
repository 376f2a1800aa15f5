package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * Entities the curation tests make through the API: ids start with {@link #PREFIX}, so that {@link #removeAll}
 * takes them, their history and their old ids away again and the seed graph stays as other tests expect it.
 */
final class Fixtures {
    static final String PREFIX = "zz-cur-";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static String uniqueId(String what) {
        return PREFIX + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A word no seed entity has, so that a search or a picker finds exactly the fixture. */
    static String word() {
        var letters = new StringBuilder("Zq");
        UUID.randomUUID().toString().replace("-", "").chars().limit(8).forEach(c -> letters.append((char) ('a' + c % 26)));
        return letters.toString();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode create(Http editor, Map<String, Object> fields) {
        var response = editor.post("/api/entities", json(fields));
        assertEquals(201, response.status(), response::toString);
        return response.json();
    }

    static String person(Http editor, String name) {
        return create(editor, Map.of("id", uniqueId("person"), "type", "Person", "name", name)).get("id").asText();
    }

    static String source(Http editor, String title) {
        return create(editor, Map.of("id", uniqueId("source"), "type", "Source", "name", title, "title", title,
                "kind", "article", "published", "2024-05")).get("id").asText();
    }

    static JsonNode link(Http editor, String from, String type, String to, String source, String quote) {
        var response = editor.post("/api/relationships", json(Map.of("from", from, "type", type, "to", to,
                "sourceIds", java.util.List.of(source), "quote", quote, "status", "reported")));
        assertEquals(201, response.status(), response::toString);
        return response.json();
    }

    /** The version an answer's ETag names: {@code "3.9f..."} is version 3. */
    static long rev(Http.Response response) {
        var tag = response.header("ETag");
        return Long.parseLong(tag.substring(1, tag.indexOf('.')));
    }

    /** Takes every fixture away, straight from the database, with its changes and old ids. */
    static void removeAll() {
        var db = TestServer.server().database();
        db.writeTransaction(tx -> {
            tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", Map.of("prefix", PREFIX)).consume();
            tx.run("MATCH (c:Change) WHERE any(id IN c.entityIds WHERE id STARTS WITH $prefix) DELETE c",
                    Map.of("prefix", PREFIX)).consume();
            tx.run("MATCH (r:Redirect) WHERE r.from STARTS WITH $prefix DELETE r", Map.of("prefix", PREFIX)).consume();
            return null;
        });
    }
}
