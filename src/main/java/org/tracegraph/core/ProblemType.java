package org.tracegraph.core;

/**
 * Every kind of refusal the API gives, with the problem type (a section of the page at /problems/ that says
 * what it means), its title and its HTTP status. Services and the Neo4j layer throw {@link #exception}; the
 * HTTP layer alone turns it into {@code application/problem+json}. One type may answer with two statuses (a
 * body that is malformed, or too large): each pair is one constant here.
 */
public enum ProblemType {
    BAD_PARAMETER("bad-parameter", "Bad parameter", 400),
    BAD_BODY("bad-body", "Bad request body", 400),
    BODY_TOO_LARGE("bad-body", "Content too large", 413),
    UNSUPPORTED_MEDIA_TYPE("bad-body", "Unsupported media type", 415),
    NOT_FOUND("not-found", "Not found", 404),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401),
    FORBIDDEN("forbidden", "Forbidden", 403),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    BAD_QUERY("bad-query", "Bad query", 400),
    QUERY_REFUSED("query-refused", "Query refused", 403),
    QUERY_TIMEOUT("query-timeout", "Query timed out", 504),
    PATH_SEARCH_TIMEOUT("query-timeout", "Path search timed out", 504),
    QUERY_TOO_LARGE("query-too-large", "Query too large", 422),
    QUERY_UNBOUNDED("query-unbounded", "Query unbounded", 422),
    ANALYSIS_TOO_LARGE("analysis-too-large", "Neighbourhood too large to analyse", 422),
    QUERIES_BUSY("queries-busy", "Too many queries running", 503),
    WRITES_BUSY("writes-busy", "Too many writes at once", 503),
    READS_BUSY("reads-busy", "Too many heavy reads at once", 503),
    CONFLICT("conflict", "Conflict", 409),
    STALE_VERSION("stale-version", "Conflict", 409),
    STALE_VERSION_PRECONDITION("stale-version", "Precondition failed", 412),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
    UNSUPPORTED_FORMAT("unsupported-format", "Not implemented", 501),
    UNVERIFIED_QUOTE("unverified-quote", "Quote not in the source", 422),
    INVALID_ROWS("invalid-rows", "Invalid rows", 422),
    DOCUMENT_UNREADABLE("document-unreadable", "Document unreadable", 422),
    DATABASE_UNAVAILABLE("database-unavailable", "Database unavailable", 503),
    NOT_READY("not-ready", "Not ready", 503),
    INTERNAL_ERROR("internal-error", "Internal error", 500);

    private final String uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = "/problems/#" + slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public Problem problem(String detail) {
        return problem(detail, null);
    }

    /** {@code parameter}: the query parameter, field or header at fault. */
    public Problem problem(String detail, String parameter) {
        return new Problem(uri, title, status, detail, parameter);
    }

    public ProblemException exception(String detail) {
        return new ProblemException(problem(detail));
    }

    public ProblemException exception(String detail, String parameter) {
        return new ProblemException(problem(detail, parameter));
    }
}
