package org.tracegraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Graph JSON of the entities within {@code depth} steps of {@code center}. {@code truncated} says that more
 * entities are there than {@code limit} let through; at depth 1, {@code nextOffset} asks for the next page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NeighbourhoodJson(String center, int depth, List<NodeJson> nodes, List<EdgeJson> edges,
                                boolean truncated, int offset, Integer nextOffset) {
}
