package org.tracegraph.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.tracegraph.graph.EdgeJson;
import org.tracegraph.graph.NodeJson;

/**
 * One version of a saved view, exactly as it was published: what the editor chose (title, caption, credits,
 * layout, positions, filters) and a copy of the nodes and relationships it shows, with their evidence, as
 * the graph held them at that moment. Stored as JSON and never changed: later edits of the graph reach a view
 * only through a new version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ViewSnapshot(
        String id,
        int version,
        String title,
        String caption,
        String credits,
        String layout,
        Filters filters,
        Map<String, Position> positions,
        List<NodeJson> nodes,
        List<EdgeJson> edges,
        String savedAt,
        String savedBy,
        String note,
        // The traced path the view was saved with (node and relationship ids), highlighted in the embed.
        List<String> highlight) {

    /** Where a node sat on the editor's canvas (Cytoscape model coordinates). */
    public record Position(double x, double y) {
    }

    /** The explorer's filters when the view was saved; statuses also decide which relationships it keeps. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Filters(List<String> types, List<String> statuses, Integer from, Integer to) {
    }
}
