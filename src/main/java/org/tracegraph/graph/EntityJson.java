package org.tracegraph.graph;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * An entity with its relationships, each seen from the entity: its direction and the entity at the other end.
 * {@code rev} is the version of the entity's own properties, which its ETag carries; each relationship has its own.
 */
public record EntityJson(
        @JsonUnwrapped NodeJson entity,
        List<RelationshipJson> relationships,
        boolean relationshipsTruncated,
        long rev) {

    /** An edge of the entity, plus {@code direction} ("out" or "in"), the {@code other} entity and its version. */
    public record RelationshipJson(@JsonUnwrapped EdgeJson edge, String direction, NodeJson other, long rev) {
    }
}
