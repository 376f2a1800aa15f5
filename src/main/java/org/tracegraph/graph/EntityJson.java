package org.tracegraph.graph;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** An entity with its relationships, each seen from the entity: its direction and the entity at the other end. */
public record EntityJson(
        @JsonUnwrapped NodeJson entity,
        List<RelationshipJson> relationships,
        boolean relationshipsTruncated) {

    /** An edge of the entity, plus {@code direction} ("out" or "in") and the {@code other} entity. */
    public record RelationshipJson(@JsonUnwrapped EdgeJson edge, String direction, NodeJson other) {
    }
}
