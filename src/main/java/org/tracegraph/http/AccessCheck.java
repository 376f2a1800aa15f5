package org.tracegraph.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Predicate;
import org.tracegraph.core.Editor;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.tracegraph.system.FairQueue;

/**
 * The one check before every route: it reads the route's {@link Access} ({@code ctx.routeRoles()}), counts the
 * request against the client's budget (the write budget on editor and admin routes, the read budget otherwise;
 * the app's files are not counted), refuses a read from a client that has used up its server time, refuses a
 * body larger than the route takes ({@link BodySize}), then refuses a caller without the token the route needs
 * and, on editor and admin routes, records who is calling for the handler ({@link Access#editor}). A heavy read
 * ({@link Cost}) then waits for its turn ({@link HeavyReads}).
 *
 * <p>After the route, whatever its answer, a read is charged the time it held the server: from the check to
 * the end of its answer, less the time it waited in a queue ({@link FairQueue#waitedNanos}). That time bounds
 * the CPU the request could use, its own thread's and Neo4j's together (the request's thread waits while Neo4j
 * works for it, embedded or remote), which the thread's own CPU time would not show; so a client's budget of
 * {@code RATE_LIMIT_CORES} seconds a second keeps it to about that many cores, however it spreads its requests.
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
    /** The largest burst of server time, in seconds at the client's rate: a few heavy reads in a row. */
    static final double BURST_SECONDS = 10;
    private static final String CHARGE_ATTRIBUTE = "tracegraph.charge-from";

    private final Tokens tokens;
    private final Protection protection;
    private final RateLimiter requests;
    private final RateLimiter writes;
    private final ClientAddress clients;
    private final Predicate<String> metricsAllowed;
    private final Counter requestsRefused;
    private final Counter writesRefused;
    private final RateLimiter serverTime;
    private final HeavyReads heavy = new HeavyReads();
    private final Counter serverTimeRefused;

    /** {@code meters}: where refusals for the rate limit are counted. */
    public AccessCheck(Tokens tokens, Protection protection, ClientAddress clients, MeterRegistry meters) {
        this.tokens = tokens;
        this.clients = clients;
        this.metricsAllowed = ClientAddress.within(protection.metricsAllow());
        this.requestsRefused = refusals(meters, "requests");
        this.writesRefused = refusals(meters, "writes");
        this.serverTimeRefused = refusals(meters, "server-time");
        this.protection = protection;
        this.requests = RateLimiter.perMinute(protection.requestsPerMinute());
        this.writes = RateLimiter.perMinute(protection.writesPerMinute());
        this.serverTime = RateLimiter.serverTime(protection.readCores(), BURST_SECONDS);
    }

    public void register(RoutesConfig routes) {
        routes.beforeMatched(this::check);
        routes.afterMatched(this::done);
    }

    private void check(Context ctx) {
        var needed = needed(ctx);
        if (needed.isEmpty() || needed.get() == Access.FILE) return;
        var client = client(ctx);
        if (!Budget.isNone(ctx.routeRoles())) rateLimit(ctx, client, needed.get());
        bodySize(ctx);
        authorize(ctx, needed.get());
        if (needed.get().writes()) return;
        ctx.attribute(CHARGE_ATTRIBUTE, new long[] {System.nanoTime(), FairQueue.waitedNanos()});
        heavy.enter(ctx, client);
    }

    /** After the route, whatever its answer: the heavy read's turn given back, the read's server time charged. */
    private void done(Context ctx) {
        HeavyReads.leave(ctx);
        long[] from = ctx.attribute(CHARGE_ATTRIBUTE);
        if (from == null) return;
        ctx.attribute(CHARGE_ATTRIBUTE, null);
        long held = System.nanoTime() - from[0] - (FairQueue.waitedNanos() - from[1]);
        serverTime.charge(Access.client(ctx), held / 1e9);
    }

    /** Who is asking, for every budget and queue: the client's address, as seen through trusted proxies. */
    private String client(Context ctx) {
        var client = clients.of(ctx);
        Access.setClient(ctx, client);
        return client;
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

    /**
     * Per client IP (as seen through trusted proxies, {@link ClientAddress}): a budget for all requests to the API
     * and embeds, and a smaller one for writes; and for reads, a budget of server time, which the reads it made
     * have used up when it is spent.
     */
    private void rateLimit(Context ctx, String client, Access needed) {
        long owed = needed.writes() ? 0 : serverTime.owed(client);
        if (owed > 0) {
            serverTimeRefused.increment();
            refuse(ctx, owed, "This client's reads have taken more of the server's time than it gives one client ("
                    + seconds(protection.readCores()) + " s a second, " + seconds(protection.readCores() * BURST_SECONDS)
                    + " s at once)");
        }
        long wait = needed.writes() ? writes.take(client) : requests.take(client);
        if (wait > 0) {
            (needed.writes() ? writesRefused : requestsRefused).increment();
            refuse(ctx, wait, "This client has sent more requests than the server allows a minute");
        }
    }

    private static String seconds(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void refuse(Context ctx, long wait, String why) {
        ctx.header("Retry-After", String.valueOf(wait));
        throw ProblemType.TOO_MANY_REQUESTS.exception(why + "; try again in " + wait + (wait == 1 ? " second" : " seconds"));
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
        boolean byAddress = AddressAllow.isMetrics(ctx.routeRoles());
        if (byAddress && metricsAllowed.test(clients.of(ctx))) return;
        var granted = tokens.roleOf(ctx);
        if (granted.isEmpty()) {
            if (!Tokens.hasBearer(ctx)) {
                throw unauthorized(ctx, needed == Access.READER
                        ? "Reading this server needs a token: send it as 'Authorization: Bearer <token>'"
                        : "This needs " + needed.tokenName() + (byAddress ? " (or a request from an address in METRICS_ALLOW)" : "")
                        + ": send it as 'Authorization: Bearer <token>'");
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

    /**
     * The role the request's token proves, for the access log: {@code admin}, {@code editor}, {@code reader},
     * {@code -} without a token, {@code unknown} for a token this server does not know. Never the token.
     */
    public String roleLabel(Context ctx) {
        var role = tokens.roleOf(ctx);
        if (role.isPresent()) return role.get().label();
        return Tokens.hasBearer(ctx) ? "unknown" : "-";
    }

    private static Counter refusals(MeterRegistry meters, String budget) {
        return Counter.builder("tracegraph.rate.limit.refusals").tag("budget", budget)
                .description("Requests refused with 429 because the client's budget was spent").register(meters);
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
