package org.tracegraph.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tracegraph.graph.EdgeJson;
import org.tracegraph.graph.NodeJson;
import org.tracegraph.json.Json;

/**
 * The corrections log of a view: for each version, what changed since the one before, worked out from the two
 * snapshots (entities and relationships added or removed, each changed field with its old and new value,
 * edits of the title, caption and credits). What a newsroom prints under "Correction:".
 */
public final class Corrections {
    /** A node's degree counts relationships outside the view too: it is not something the view says. */
    private static final java.util.Set<String> IGNORED_FIELDS = java.util.Set.of("degree");

    private Corrections() {
    }

    public record Log(String id, String title, int latestVersion, List<Correction> corrections) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Correction(int version, String savedAt, String savedBy, String note, List<Change> changes) {
    }

    /** One change: {@code kind} says what (node-added, edge-changed, caption-changed...), {@code field} which field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String kind, String id, String name, String field, JsonNode before, JsonNode after) {
    }

    public static Log of(List<ViewSnapshot> versions) {
        var latest = versions.get(versions.size() - 1);
        var corrections = new ArrayList<Correction>();
        ViewSnapshot previous = null;
        for (var version : versions) {
            var changes = previous == null ? List.<Change>of() : between(previous, version);
            corrections.add(new Correction(version.version(), version.savedAt(), version.savedBy(), version.note(), changes));
            previous = version;
        }
        return new Log(latest.id(), latest.title(), latest.version(), corrections);
    }

    static List<Change> between(ViewSnapshot before, ViewSnapshot after) {
        var changes = new ArrayList<Change>();
        field(changes, "title", before.title(), after.title());
        field(changes, "caption", before.caption(), after.caption());
        field(changes, "credits", before.credits(), after.credits());
        field(changes, "layout", before.layout(), after.layout());
        field(changes, "filters", before.filters(), after.filters());
        var names = new LinkedHashMap<String, String>();
        before.nodes().forEach(n -> names.put(n.id(), n.name()));
        after.nodes().forEach(n -> names.put(n.id(), n.name()));
        items(changes, "node", index(before.nodes(), NodeJson::id), index(after.nodes(), NodeJson::id),
                NodeJson::name);
        items(changes, "edge", index(before.edges(), EdgeJson::id), index(after.edges(), EdgeJson::id),
                e -> names.getOrDefault(e.source(), e.source()) + " " + e.type() + " "
                        + names.getOrDefault(e.target(), e.target()));
        var moved = movedNodes(before, after);
        if (moved > 0) {
            changes.add(new Change("positions-changed", null, moved + " entities moved", null, null, null));
        }
        return changes;
    }

    private static void field(List<Change> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(name + "-changed", null, null, name, tree(before), tree(after)));
        }
    }

    private static <T> void items(List<Change> changes, String kind, Map<String, T> before, Map<String, T> after,
                                  Function<T, String> name) {
        before.forEach((id, item) -> {
            if (!after.containsKey(id)) changes.add(new Change(kind + "-removed", id, name.apply(item), null, null, null));
        });
        after.forEach((id, item) -> {
            var old = before.get(id);
            if (old == null) {
                changes.add(new Change(kind + "-added", id, name.apply(item), null, null, null));
                return;
            }
            var oldTree = (ObjectNode) tree(old);
            var newTree = (ObjectNode) tree(item);
            var fields = new LinkedHashSet<String>();
            oldTree.fieldNames().forEachRemaining(fields::add);
            newTree.fieldNames().forEachRemaining(fields::add);
            for (var field : fields) {
                if (IGNORED_FIELDS.contains(field)) continue;
                if (!Objects.equals(oldTree.get(field), newTree.get(field))) {
                    changes.add(new Change(kind + "-changed", id, name.apply(item), field, oldTree.get(field),
                            newTree.get(field)));
                }
            }
        });
    }

    private static long movedNodes(ViewSnapshot before, ViewSnapshot after) {
        if (before.positions() == null || after.positions() == null) {
            return Objects.equals(before.positions(), after.positions()) ? 0
                    : after.nodes().size();
        }
        return after.positions().entrySet().stream()
                .filter(e -> before.positions().containsKey(e.getKey()))
                .filter(e -> !e.getValue().equals(before.positions().get(e.getKey())))
                .count();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        var map = new LinkedHashMap<String, T>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    private static JsonNode tree(Object value) {
        return value == null ? null : Json.objectMapper().valueToTree(value);
    }
}
