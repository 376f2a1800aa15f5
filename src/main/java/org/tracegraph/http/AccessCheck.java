package org.tracegraph.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import org.tracegraph.core.Editor;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;

/**
 * The one check before every route: it reads the route's {@link Access} ({@code ctx.routeRoles()}), counts the
 * request against the client's budget (the write budget on editor and admin routes, the read budget otherwise;
 * the app's files are not counted), refuses a body larger than the route takes ({@link BodySize}), then
 * refuses a caller without the token the route needs and, on editor and admin routes, records who is calling
 * for the handler ({@link Access#editor}).
 *
 * <p>It runs only for a request Javalin will serve (a route or a static file): a 404 or a 405 meets no role. A
 * route served without an {@link Access} role is refused with a 500, a mistake in {@code App}, never opened;
 * {@code RouteAccessTest} finds it first.
 *
 * <p>Who made a change is what the token proves: "editor" or "admin". The tokens are shared by role, so no token
 * names a person; {@code X-Editor} is what the sender says of themself, kept as a claim beside the proven
 * identity ({@code editorClaim} in the history), never as the editor.
 */
public final class AccessCheck {
    public static final String EDITOR_HEADER = "X-Editor";
    private static final int MAX_NAME = 100;

    private final Tokens tokens;
    private final Protection protection;
    private final RateLimiter requests;
    private final RateLimiter writes;

    public AccessCheck(Tokens tokens, Protection protection) {
        this.tokens = tokens;
        this.protection = protection;
        this.requests = new RateLimiter(protection.requestsPerMinute());
        this.writes = new RateLimiter(protection.writesPerMinute());
    }

    public void register(RoutesConfig routes) {
        routes.beforeMatched(this::check);
    }

    private void check(Context ctx) {
        var needed = needed(ctx);
        if (needed.isEmpty() || needed.get() == Access.FILE) return;
        rateLimit(ctx, needed.get());
        bodySize(ctx);
        authorize(ctx, needed.get());
    }

    /** The route's role; empty when no route will run (Javalin answers the request itself). */
    private static Optional<Access> needed(Context ctx) {
        var roles = ctx.routeRoles();
        var access = Access.of(roles);
        if (access.isPresent()) return access;
        if (roles.isEmpty() && ctx.endpoints().matchedHttpEndpoint() == null) {
            // Javalin answers a HEAD for a GET route itself, without running the route or giving its roles: a read
            if (ctx.method() == HandlerType.HEAD) return Optional.of(Access.READER);
            // a file's path asked with another method than GET: Javalin answers 404 or 405
            if (ctx.method() != HandlerType.GET) return Optional.empty();
        }
        throw new IllegalStateException(ctx.method() + " " + ctx.path() + " is served with roles " + roles
                + ": every route and every static file declares exactly one Access role in App");
    }

    /** Per client IP: a budget for all requests to the API and embeds, and a smaller one for writes. */
    private void rateLimit(Context ctx, Access needed) {
        var client = ctx.ip();
        long wait = needed.writes() ? writes.take(client) : requests.take(client);
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw ProblemType.TOO_MANY_REQUESTS.exception("This client has sent more requests than the server allows"
                    + " a minute; try again in " + wait + (wait == 1 ? " second" : " seconds"));
        }
    }

    /** Refused before a byte of it is read: a body larger than the server takes on this route. */
    private void bodySize(Context ctx) {
        long limit = BodySize.limit(ctx.routeRoles(), protection);
        long length = ctx.contentLength();
        if (length > limit) {
            throw ProblemType.BODY_TOO_LARGE.exception("The body is " + length
                    + " bytes; this server takes at most " + limit + " bytes here");
        }
    }

    private void authorize(Context ctx, Access needed) {
        if (needed == Access.PUBLIC || needed == Access.READER && tokens.readsArePublic()) return;
        var granted = tokens.roleOf(ctx);
        if (granted.isEmpty()) {
            if (!Tokens.hasBearer(ctx)) {
                throw unauthorized(ctx, needed == Access.READER
                        ? "Reading this server needs a token: send it as 'Authorization: Bearer <token>'"
                        : "This needs " + needed.tokenName() + ": send it as 'Authorization: Bearer <token>'");
            }
            throw unauthorized(ctx, needed == Access.READER ? "The bearer token is not one this server knows"
                    : "The bearer token is not " + needed.tokenName());
        }
        var role = granted.get();
        if (role.compareTo(needed) < 0) {
            throw ProblemType.FORBIDDEN.exception("This needs " + needed.tokenName() + "; the " + role.label()
                    + " token sent does not allow it");
        }
        if (needed.writes()) Access.setEditor(ctx, editor(ctx, role));
    }

    private static Editor editor(Context ctx, Access role) {
        var identity = role == Access.ADMIN ? "admin" : "editor";
        var claim = ctx.header(EDITOR_HEADER);
        if (claim == null || claim.isBlank()) return new Editor(identity);
        claim = claim.strip();
        if (claim.length() > MAX_NAME || claim.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badParameter(EDITOR_HEADER,
                    EDITOR_HEADER + " must be a name of at most " + MAX_NAME + " printable characters");
        }
        return new Editor(identity, claim);
    }

    private static ProblemException unauthorized(Context ctx, String detail) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"tracegraph\"");
        return ProblemType.UNAUTHORIZED.exception(detail);
    }
}
