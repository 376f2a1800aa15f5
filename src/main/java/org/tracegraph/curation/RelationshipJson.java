package org.tracegraph.curation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.tracegraph.graph.EdgeJson;

/** One relationship as the write API reads and returns it: the edge of graph JSON and its version. */
public record RelationshipJson(@JsonUnwrapped EdgeJson edge, long rev) {
}
