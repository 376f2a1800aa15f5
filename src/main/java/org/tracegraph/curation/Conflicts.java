package org.tracegraph.curation;

import org.tracegraph.core.ProblemType;

import org.neo4j.driver.exceptions.ClientException;
import org.tracegraph.core.ProblemException;

/** 409 problems: the write is well formed but the graph as it stands does not allow it. */
final class Conflicts {
    private Conflicts() {
    }

    static ProblemException conflict(String field, String detail) {
        return ProblemType.CONFLICT.exception(detail, field);
    }

    /** A uniqueness constraint refused a write: two editors created the same id at the same moment. */
    static boolean isUniquenessViolation(ClientException e) {
        return "Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code());
    }
}
