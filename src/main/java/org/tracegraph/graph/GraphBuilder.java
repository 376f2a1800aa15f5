package org.tracegraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.tracegraph.core.EntityType;
import org.tracegraph.neo4j.CypherFile;

/**
 * Turns the nodes and relationships a query returned into graph JSON. Relationships name their sources and
 * claimants by id; {@link #build} looks their titles and names up in one query of the same transaction.
 */
public final class GraphBuilder {
    private final Map<String, NodeJson> nodesByElementId = new LinkedHashMap<>();
    private final Map<String, Relationship> relationships = new LinkedHashMap<>();

    public GraphBuilder add(Node node, long degree) {
        nodesByElementId.putIfAbsent(node.elementId(), node(node, Long.valueOf(degree)));
        return this;
    }

    /** Adds a node whose degree is not known (it is then left out of its JSON). */
    public GraphBuilder add(Node node) {
        nodesByElementId.putIfAbsent(node.elementId(), node(node, null));
        return this;
    }

    public GraphBuilder add(Relationship relationship) {
        relationships.putIfAbsent(relationship.elementId(), relationship);
        return this;
    }

    public boolean hasNode(Node node) {
        return nodesByElementId.containsKey(node.elementId());
    }

    public int nodeCount() {
        return nodesByElementId.size();
    }

    public GraphJson build(SimpleQueryRunner tx) {
        var refs = References.lookUp(tx, referencedIds(relationships.values()));
        var edges = new ArrayList<EdgeJson>();
        for (var r : relationships.values()) {
            var source = nodesByElementId.get(r.startNodeElementId());
            var target = nodesByElementId.get(r.endNodeElementId());
            if (source != null && target != null) {
                edges.add(edge(r, source.id(), target.id(), refs));
            }
        }
        return new GraphJson(List.copyOf(nodesByElementId.values()), edges);
    }

    public static NodeJson node(Node n, Long degree) {
        return new NodeJson(
                entityId(n), string(n.get("name")), type(n.labels()), strings(n.get("aliases")),
                string(n.get("description")), string(n.get("kind")), string(n.get("date")),
                string(n.get("startDate")), string(n.get("endDate")), bool(n.get("dateApprox")),
                string(n.get("title")), string(n.get("publisher")), string(n.get("published")),
                string(n.get("url")), degree);
    }

    public static EdgeJson edge(Relationship r, String sourceId, String targetId, References refs) {
        var claimedBy = string(r.get("claimedBy"));
        return new EdgeJson(
                string(r.get("id")), sourceId, targetId, r.type(), string(r.get("status")),
                refs.sources(strings(r.get("sourceIds"))), string(r.get("quote")), claimedBy,
                claimedBy == null ? null : refs.name(claimedBy), string(r.get("role")), string(r.get("date")),
                string(r.get("startDate")), string(r.get("endDate")), bool(r.get("dateApprox")),
                string(r.get("note")), Boolean.TRUE.equals(bool(r.get("quoteVerified"))), offsets(r.get("quoteOffsets")));
    }

    /** The stored {@code sourceId:start:end} offsets of a quote; null when it has none. */
    static List<EdgeJson.QuoteOffset> offsets(Value value) {
        var stored = strings(value);
        if (stored.isEmpty()) return null;
        return stored.stream().map(org.tracegraph.core.Quotes.Offset::parse).flatMap(java.util.Optional::stream)
                .map(o -> new EdgeJson.QuoteOffset(o.sourceId(), o.start(), o.end())).toList();
    }

    public static Set<String> referencedIds(Collection<Relationship> relationships) {
        var ids = new LinkedHashSet<String>();
        for (var r : relationships) {
            ids.addAll(strings(r.get("sourceIds")));
            var claimedBy = string(r.get("claimedBy"));
            if (claimedBy != null) ids.add(claimedBy);
        }
        return ids;
    }

    static String type(Iterable<String> labels) {
        for (var label : labels) {
            if (EntityType.of(label).isPresent()) return label;
        }
        return "Entity";
    }

    /** The entity id of a node; a node that has none (not an :Entity) goes by its element id. */
    public static String entityId(Node node) {
        return node.get("id").isNull() ? node.elementId() : node.get("id").asString();
    }

    public static String string(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    public static Boolean bool(Value value) {
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    public static List<String> strings(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    /** Names and titles of the sources and claimants that a set of relationships refers to. */
    public record References(Map<String, SourceRef> byId, Map<String, String> names) {
        public static References lookUp(SimpleQueryRunner tx, Set<String> ids) {
            if (ids.isEmpty()) return of(List.of());
            return of(tx.run(CypherFile.query("app/references.cypher"), Map.of("ids", List.copyOf(ids))).list());
        }

        /** From rows (or maps) with the columns of {@code references.cypher}. */
        public static References of(Iterable<? extends MapAccessor> rows) {
            var byId = new LinkedHashMap<String, SourceRef>();
            var names = new LinkedHashMap<String, String>();
            for (var row : rows) {
                var id = row.get("id").asString();
                names.put(id, string(row.get("name")));
                if ("Source".equals(string(row.get("type")))) {
                    byId.put(id, new SourceRef(id, string(row.get("title")), string(row.get("publisher")),
                            string(row.get("published")), string(row.get("url")), string(row.get("kind"))));
                }
            }
            return new References(byId, names);
        }

        public List<SourceRef> sources(List<String> ids) {
            return ids.stream().map(id -> byId.getOrDefault(id, new SourceRef(id, null, null, null, null, null)))
                    .toList();
        }

        public String name(String id) {
            return names.get(id);
        }
    }
}
