package org.tracegraph.http;

import org.tracegraph.core.Problem;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracegraph.neo4j.RequestBookmarks;

/** Maps every failure to a problem response. No stack trace or internal detail ever reaches a client. */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private Errors() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ProblemException.class, (e, ctx) -> {
            if (e.problem().status() == 503) ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            send(ctx, e.problem());
        });
        routes.exception(ServiceUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
        routes.exception(SessionExpiredException.class, (e, ctx) -> unavailable(ctx, e));
        routes.exception(TransientException.class, (e, ctx) -> {
            if (RequestBookmarks.notReady(e)) notCaughtUp(ctx);
            else unavailable(ctx, e);
        });
        routes.exception(ClientException.class, (e, ctx) -> {
            if (RequestBookmarks.rejected(e)) send(ctx, BookmarkHeader.rejected().problem());
            else internalError(ctx, e);
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, new Problem(
                e.getStatus() == 404 ? ProblemType.NOT_FOUND.uri() : "about:blank", reason(e.getStatus()), e.getStatus(),
                e.getStatus() == 404 ? "Nothing is served at " + ctx.path() : e.getMessage(), null)));
        routes.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
        routes.error(404, ctx -> {
            if (!isProblem(ctx)) {
                send(ctx, ProblemType.NOT_FOUND.problem("Nothing is served at " + ctx.path()));
            }
        });
        routes.error(405, ctx -> {
            if (!isProblem(ctx)) {
                send(ctx, new Problem("about:blank", "Method not allowed", 405,
                        ctx.method() + " is not allowed on " + ctx.path(), null));
            }
        });
    }

    public static void send(Context ctx, Problem problem) {
        ctx.status(problem.status()).json(problem.withRequestId(RequestLog.id(ctx))).contentType(Problem.CONTENT_TYPE);
    }

    private static void unavailable(Context ctx, Exception e) {
        LOG.warn("Neo4j unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        send(ctx, ProblemType.DATABASE_UNAVAILABLE.problem("The graph database cannot be reached right now; try again in a few seconds"));
    }

    private static void internalError(Context ctx, Exception e) {
        var incident = UUID.randomUUID().toString();
        LOG.error("Unexpected error, incident {}, on {} {}", incident, ctx.method(), ctx.path(), e);
        send(ctx, ProblemType.INTERNAL_ERROR.problem("Something went wrong on the server; it was logged as incident " + incident));
    }

    /** A replica behind the leader catches up in moments; a bookmark of another database or made up, never. */
    private static void notCaughtUp(Context ctx) {
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        send(ctx, ProblemType.DATABASE_UNAVAILABLE.problem("The database server that took"
                + " this request has not yet caught up with the write named in " + BookmarkHeader.NAME + "; try"
                + " again in a few seconds (if it persists, the bookmark is not from this database: leave it out)", BookmarkHeader.NAME));
    }

    /** Whether a handler already answered the error itself: as a problem, or as a page for a reader (an embed's). */
    private static boolean isProblem(Context ctx) {
        var type = ctx.res().getContentType();
        return type != null && (type.startsWith(Problem.CONTENT_TYPE) || type.startsWith("text/html"));
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 412 -> "Precondition failed";
            case 413 -> "Content too large";
            case 414 -> "URI too long";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable content";
            case 428 -> "Precondition required";
            case 431 -> "Request header fields too large";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Server error" : "Request error";
        };
    }
}
