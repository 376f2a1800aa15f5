package org.tracegraph.graph;

import java.util.List;

/** The graph JSON of DESIGN.md, returned by every endpoint that returns a subgraph. */
public record GraphJson(List<NodeJson> nodes, List<EdgeJson> edges) {
}
