package org.tracegraph.graph;

import java.util.List;

/** The graph JSON of docs/api.md, returned by every endpoint that returns a subgraph. */
public record GraphJson(List<NodeJson> nodes, List<EdgeJson> edges) {
}
