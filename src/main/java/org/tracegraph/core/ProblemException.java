package org.tracegraph.core;

/**
 * A refusal, as the domain says it: services and the Neo4j layer throw it with a {@link ProblemType}, and the
 * HTTP layer alone turns it into an {@code application/problem+json} response.
 */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badParameter(String parameter, String detail) {
        return ProblemType.BAD_PARAMETER.exception(detail, parameter);
    }

    /** A field of a request body (or of an imported row) that is missing or wrong. */
    public static ProblemException badBody(String field, String detail) {
        return ProblemType.BAD_BODY.exception(detail, field);
    }

    public static ProblemException notFound(String what, String id) {
        return ProblemType.NOT_FOUND.exception("No " + what + " has the id '" + id + "'");
    }
}
