package org.tracegraph.graph;

import java.util.List;

/**
 * Graph JSON of the entities within {@code depth} steps of {@code center}. {@code truncated} says that more
 * entities are there than {@code limit} let through.
 */
public record NeighbourhoodJson(String center, int depth, List<NodeJson> nodes, List<EdgeJson> edges,
                                boolean truncated) {
}
