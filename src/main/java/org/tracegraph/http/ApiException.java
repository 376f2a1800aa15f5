package org.tracegraph.http;

/** Ends a request with a problem response; thrown by handlers and services, mapped once in {@link Errors}. */
public class ApiException extends RuntimeException {
    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException badParameter(String parameter, String detail) {
        return new ApiException(new Problem(Errors.BAD_PARAMETER, "Bad parameter", 400, detail, parameter));
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(new Problem(Errors.NOT_FOUND, "Not found", 404,
                "No " + what + " has the id '" + id + "'", null));
    }
}
