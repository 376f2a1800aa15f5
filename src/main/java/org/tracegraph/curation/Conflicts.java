package org.tracegraph.curation;

import org.neo4j.driver.exceptions.ClientException;
import org.tracegraph.http.ApiException;
import org.tracegraph.http.Errors;
import org.tracegraph.http.Problem;

/** 409 problems: the write is well formed but the graph as it stands does not allow it. */
final class Conflicts {
    private Conflicts() {
    }

    static ApiException conflict(String field, String detail) {
        return new ApiException(new Problem(Errors.CONFLICT, "Conflict", 409, detail, field));
    }

    /** A uniqueness constraint refused a write: two editors created the same id at the same moment. */
    static boolean isUniquenessViolation(ClientException e) {
        return "Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code());
    }
}
