package org.tracegraph.curation;

import org.tracegraph.core.Ids;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracegraph.core.ProblemException;

/**
 * The lengths the analysts' query bounds rely on are the ones every write enforces: a value one character longer
 * than {@link TextLimits} says is refused, for each bounded key, on entities and relationships alike.
 */
class TextLimitsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static ObjectNode source() {
        var body = NODES.objectNode().put("type", "Source").put("name", "A source").put("title", "A title");
        body.put("description", "d").put("kind", "article").put("publisher", "p").put("url", "https://example.org/a");
        body.put("published", "2012-05-26");
        body.putArray("aliases").add("an alias");
        return body;
    }

    private static ObjectNode relationship() {
        var body = NODES.objectNode().put("quote", "q").put("status", "reported").put("role", "r").put("note", "n");
        body.putArray("sourceIds").add("a-source");
        return body;
    }

    private static String tooLong(String key, int limit) {
        return switch (key) {
            case "url" -> "https://example.org/" + "a".repeat(limit - 19);
            case "sourceIds" -> "a".repeat(limit + 1);
            default -> "x".repeat(limit + 1);
        };
    }

    @Test
    void every_entity_field_longer_than_its_limit_is_refused() {
        for (var key : List.of("name", "aliases", "description", "kind", "title", "publisher", "url", "published")) {
            int limit = TextLimits.longest(key).orElseThrow();
            var body = source();
            if (key.equals("aliases")) body.putArray("aliases").add(tooLong(key, limit));
            else body.put(key, tooLong(key, limit));
            assertThrows(ProblemException.class, () -> EntityFields.properties("Source", body), key);
        }
        var event = NODES.objectNode().put("name", "An event").put("date", "2012-05-26");
        assertDoesNotThrow(() -> EntityFields.properties("Event", event));
        for (var key : List.of("date", "startDate", "endDate")) {
            var body = NODES.objectNode().put("name", "An event").put(key, "2012-05-260");
            assertThrows(ProblemException.class, () -> EntityFields.properties("Event", body), key);
        }
        assertDoesNotThrow(() -> EntityFields.properties("Source", source()));
    }

    @Test
    void every_relationship_field_longer_than_its_limit_is_refused() {
        assertDoesNotThrow(() -> RelationshipFields.properties(relationship()));
        for (var key : List.of("quote", "status", "role", "note", "sourceIds", "claimedBy")) {
            int limit = TextLimits.longest(key).orElseThrow();
            var body = relationship();
            if (key.equals("sourceIds")) body.putArray("sourceIds").add(tooLong(key, limit));
            else body.put(key, tooLong(key, limit));
            assertThrows(ProblemException.class, () -> RelationshipFields.properties(body), key);
        }
    }

    @Test
    void an_id_made_of_a_relationship_s_ends_and_type_fits_the_limit_of_ids() {
        int longestGiven = Ids.MAX_LENGTH;
        int made = longestGiven + 1 + RelationshipFields.MAX_TYPE + 1 + longestGiven + "-2147483647".length();
        assertTrue(made <= TextLimits.longest("id").orElseThrow(), made + " > " + TextLimits.longest("id"));
    }
}
