package org.tracegraph.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tracegraph.support.TestServer;

/**
 * Small files for the import tests, each with ids of its own ({@link #PREFIX} and a random part), and the
 * clean-up that takes what they imported away again, so that the seed graph stays as other tests expect it.
 */
final class ImportFiles {
    static final String PREFIX = "zz-imp-";
    static final ObjectMapper JSON = new ObjectMapper();

    private ImportFiles() {
    }

    static String prefix() {
        return PREFIX + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A graph JSON file: a source, two people, an organisation, and two relationships citing the source. */
    static String graph(String p) {
        return json(Map.of(
                // edges first: the importer takes entities first wherever they are in the file
                "edges", List.of(
                        Map.of("id", p + "alice-member-of-club", "source", p + "alice", "target", p + "club",
                                "type", "MEMBER_OF", "sourceIds", List.of(p + "report"), "status", "reported",
                                "quote", "Alice is a member of the club.", "role", "treasurer",
                                "sources", List.of(Map.of("id", p + "report", "title", "A report"))),
                        Map.of("id", p + "bob-friend-of-alice", "source", p + "bob", "target", p + "alice",
                                "type", "FRIEND_OF", "sourceIds", List.of(p + "report"), "status", "alleged",
                                "quote", "Bob and Alice are friends, it is said.", "claimedBy", p + "club")),
                "nodes", List.of(
                        Map.of("id", p + "report", "type", "Source", "name", "A report", "title", "A report",
                                "kind", "report", "published", "2024-05", "aliases", List.of()),
                        Map.of("id", p + "alice", "type", "Person", "name", "Alice Aliyeva",
                                "aliases", List.of("Alisa", "A. Aliyeva"), "description", "A member.", "rev", 7),
                        Map.of("id", p + "bob", "type", "Person", "name", "Bob"),
                        Map.of("id", p + "club", "type", "Organisation", "name", "The Club", "kind", "NGO"))));
    }

    static void removeAll() {
        TestServer.server().database().writeTransaction(tx -> {
            for (var prefix : List.of(PREFIX, "ftm-" + PREFIX)) {
                tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", Map.of("prefix", prefix)).consume();
                tx.run("MATCH (c:Change) WHERE any(id IN c.entityIds WHERE id STARTS WITH $prefix) DELETE c",
                        Map.of("prefix", prefix)).consume();
            }
            return null;
        });
    }

    static long count(JsonNode report, String field) {
        return report.get(field).asLong();
    }
}
