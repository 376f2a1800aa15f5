package org.tracegraph.curation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.tracegraph.core.DerivedProperties;
import org.tracegraph.json.Json;

/**
 * What the history keeps of an entity or a relationship: every stored property, as JSON, so that a deleted
 * entity can be rebuilt exactly as it was, relationships and evidence included.
 */
public final class Snapshot {
    /**
     * Properties the write model keeps for itself: never shown as a field, never copied ({@link DerivedProperties}
     * neither: they are computed again whenever an entity is written).
     */
    static final String LOCK = "_lock";

    private Snapshot() {
    }

    /** An entity: its id, type and properties, and (in a deletion or merge) its relationships. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entity(String id, String type, Map<String, Object> properties, List<Rel> relationships) {
        public Entity withRelationships(List<Rel> relationships) {
            return new Entity(id, type, properties, relationships);
        }
    }

    /** A relationship: its id, type, the ids of its two ends, and its properties (the evidence among them). */
    public record Rel(String id, String type, String from, String to, Map<String, Object> properties) {
    }

    public static Entity of(Node node, String type) {
        return new Entity(node.get("id").asString(), type, properties(node.asMap()), null);
    }

    public static Rel of(Relationship r, String from, String to) {
        return new Rel(r.get("id").asString(), r.type(), from, to, properties(r.asMap()));
    }

    /** The stored properties, sorted by name so that two snapshots of the same state read alike. */
    static Map<String, Object> properties(Map<String, Object> stored) {
        var properties = new TreeMap<String, Object>(stored);
        properties.remove(LOCK);
        properties.keySet().removeAll(DerivedProperties.NAMES); // derived again at every write
        return properties;
    }

    public static String json(Object snapshot) {
        if (snapshot == null) return null;
        try {
            return Json.objectMapper().writeValueAsString(snapshot);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Entity entity(String json) {
        try {
            return Json.objectMapper().readValue(json, Entity.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A recorded snapshot is not readable", e);
        }
    }

    /**
     * Properties read back from JSON, as Neo4j stores them: text, whole numbers as longs, booleans, and lists
     * of those (a snapshot never holds nulls or nested maps, which Neo4j cannot store).
     */
    static Map<String, Object> fromJson(Map<String, Object> json) {
        var properties = new LinkedHashMap<String, Object>();
        json.forEach((key, value) -> properties.put(key, neo4jValue(value)));
        return properties;
    }

    private static Object neo4jValue(Object value) {
        if (value instanceof Integer i) return i.longValue();
        if (value instanceof List<?> list) {
            var values = new ArrayList<Object>();
            list.forEach(v -> values.add(neo4jValue(v)));
            return values;
        }
        if (value instanceof JsonNode node) return Json.objectMapper().convertValue(node, Object.class);
        return value;
    }
}
