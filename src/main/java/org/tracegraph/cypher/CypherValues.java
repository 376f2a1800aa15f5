package org.tracegraph.cypher;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.tracegraph.graph.GraphBuilder;

/**
 * Turns any value a Cypher query returns into plain JSON: nodes, relationships and paths as small objects
 * that name their entities by id (the full nodes and edges go to the result's graph JSON), temporal values
 * as ISO 8601 text, points as coordinates, bytes as base64. Found nodes and relationships are collected,
 * so that the result's graph holds every one of them.
 */
final class CypherValues {
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Relationship> relationships = new LinkedHashMap<>();

    Map<String, Node> nodes() {
        return nodes;
    }

    Map<String, Relationship> relationships() {
        return relationships;
    }

    Object toJson(Value value) {
        if (value == null || value.isNull()) return null;
        var type = value.type();
        if (type.equals(TYPES.NODE())) return node(value.asNode());
        if (type.equals(TYPES.RELATIONSHIP())) return relationship(value.asRelationship());
        if (type.equals(TYPES.PATH())) return path(value.asPath());
        if (type.equals(TYPES.LIST())) {
            var list = new ArrayList<Object>();
            value.values().forEach(v -> list.add(toJson(v)));
            return list;
        }
        if (type.equals(TYPES.MAP())) return map(value.keys(), value::get);
        if (type.equals(TYPES.BOOLEAN())) return value.asBoolean();
        if (type.equals(TYPES.INTEGER())) return value.asLong();
        if (type.equals(TYPES.FLOAT())) {
            double d = value.asDouble();
            return Double.isFinite(d) ? d : String.valueOf(d);
        }
        if (type.equals(TYPES.STRING())) return value.asString();
        if (type.equals(TYPES.BYTES())) return Base64.getEncoder().encodeToString(value.asByteArray());
        if (type.equals(TYPES.POINT())) {
            var point = value.asPoint();
            var json = new LinkedHashMap<String, Object>();
            json.put("srid", point.srid());
            json.put("x", point.x());
            json.put("y", point.y());
            if (!Double.isNaN(point.z())) json.put("z", point.z());
            return json;
        }
        // dates, times, date-times and durations print themselves in ISO 8601
        return value.asObject().toString();
    }

    private Map<String, Object> node(Node node) {
        nodes.putIfAbsent(node.elementId(), node);
        var json = new LinkedHashMap<String, Object>();
        json.put("kind", "node");
        json.put("id", GraphBuilder.entityId(node));
        var labels = new ArrayList<String>();
        node.labels().forEach(labels::add);
        json.put("labels", labels);
        json.put("properties", map(node.keys(), node::get));
        return json;
    }

    private Map<String, Object> relationship(Relationship r) {
        relationships.putIfAbsent(r.elementId(), r);
        var json = new LinkedHashMap<String, Object>();
        json.put("kind", "relationship");
        json.put("id", r.get("id").isNull() ? r.elementId() : r.get("id").asString());
        json.put("type", r.type());
        json.put("startElementId", r.startNodeElementId());
        json.put("endElementId", r.endNodeElementId());
        json.put("properties", map(r.keys(), r::get));
        return json;
    }

    private Map<String, Object> path(Path path) {
        var json = new LinkedHashMap<String, Object>();
        json.put("kind", "path");
        var pathNodes = new ArrayList<Object>();
        path.nodes().forEach(n -> pathNodes.add(node(n)));
        var pathRelationships = new ArrayList<Object>();
        path.relationships().forEach(r -> pathRelationships.add(relationship(r)));
        json.put("nodes", pathNodes);
        json.put("relationships", pathRelationships);
        return json;
    }

    private Map<String, Object> map(Iterable<String> keys, java.util.function.Function<String, Value> get) {
        var json = new LinkedHashMap<String, Object>();
        keys.forEach(k -> json.put(k, toJson(get.apply(k))));
        return json;
    }

}
