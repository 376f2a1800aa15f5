package org.tracegraph.http;

import org.tracegraph.core.ProblemType;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every request passes before its handler: security headers, CORS, the per-client rate limit, the body
 * size limit, and the reader token when reads are not public. Writes check their own token (editor or admin)
 * in their handler, through {@link EditorAuth}.
 */
public final class Guards {
    /**
     * The app's own pages (explorer, API docs, problems) load only their own files and run no inline script.
     * Styles may be inline: Cytoscape.js and Swagger UI add style elements and attributes as they draw.
     */
    static final String APP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /**
     * Neo4j Browser, a prebuilt application we serve as it ships, evaluates code and inlines styles and
     * scripts, and talks Bolt over WebSockets to whatever server its user names: a looser policy, for /browser
     * only. It holds no Tracegraph credential: its user types the Neo4j password, so that password must go
     * nowhere but the app's own Bolt server: WebSockets (Bolt) and HTTP (the Browser's discovery request) reach
     * that address alone, whatever the Browser's address or its connect form names ({@link #browserPolicy}).
     * It also reaches out to third parties: its stylesheet imports fonts from Google Fonts, it loads Segment's
     * analytics and Canny's feedback scripts, and it sends traces and crash reports to Sentry. All stay blocked
     * (the fonts fall back to local ones) so that opening the Browser tells no one outside who is working on
     * what: scripts and styles from this origin only. Neo4jBrowserPageBrowserTest loads it in Chromium,
     * connects, runs a query, and fails on any violation but those.
     */
    private static final String BROWSER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:;"
            + " connect-src 'self' %s; worker-src 'self' blob:; object-src 'none';"
            + " base-uri 'self'; frame-ancestors 'none'";
    /** Bolt's port when a {@code NEO4J_URI} names none. */
    private static final int BOLT_DEFAULT_PORT = 7687;
    /** Reads anyone may make even when reads need a token: what an embed on a public page needs, and the docs. */
    private static final Pattern PUBLIC_READS = Pattern.compile(
            "/api/(health|openapi\\.json|docs|oembed|views/[^/]+(/corrections)?)");
    /** POSTs that only read: they carry a query or a text in their body. */
    private static final Pattern READ_POSTS = Pattern.compile("/api/(cypher|mentions|queries/[^/]+)");
    /** Imports may be large; every other body is small. The importer's routes live under this prefix. */
    public static final String IMPORT_PREFIX = "/api/import";
    private static final Set<HandlerType> READ_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, X-Editor, "
            + BookmarkHeader.NAME;
    private static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, Content-Disposition, "
            + BookmarkHeader.NAME;

    private final Protection protection;
    private final EditorAuth auth;
    private final String browserPolicy;
    private final RateLimiter requests;
    private final RateLimiter writes;

    /** {@code boltUri}: the Bolt server the app uses, the only one Neo4j Browser at /browser may reach. */
    public Guards(Protection protection, EditorAuth auth, String boltUri) {
        this.protection = protection;
        this.auth = auth;
        this.browserPolicy = browserPolicy(boltUri);
        this.requests = new RateLimiter(protection.requestsPerMinute());
        this.writes = new RateLimiter(protection.writesPerMinute());
    }

    /** Whether a request only reads: GET and HEAD, and the POSTs that run a read-only query or find mentions. */
    public static boolean isRead(HandlerType method, String path) {
        return READ_METHODS.contains(method) || method == HandlerType.POST && READ_POSTS.matcher(path).matches();
    }

    public void register(RoutesConfig routes) {
        routes.before(this::headers);
        routes.before("/api/*", this::cors);
        routes.before(this::rateLimit);
        routes.before("/api/*", this::bodySize);
        routes.before("/api/*", this::readers);
    }

    private void headers(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        var path = ctx.path();
        // embeds set their own policy and referrer rule (EmbedController): they are framed by news sites
        if (path.startsWith("/embed/")) return;
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", path.equals("/browser") || path.startsWith("/browser/")
                ? browserPolicy : APP_POLICY);
    }

    /**
     * The Browser's policy for the Bolt server at {@code boltUri}: its host and port, over WebSockets (ws:, or
     * wss: for an encrypted scheme or a page served over HTTPS) and over HTTP(S) for discovery. With a
     * {@code neo4j://} cluster the Browser reaches the address named, not the other members its routing table
     * lists: the cluster's own Browser serves those.
     */
    static String browserPolicy(String boltUri) {
        var uri = java.net.URI.create(boltUri);
        var address = uri.getHost() + ":" + (uri.getPort() < 0 ? BOLT_DEFAULT_PORT : uri.getPort());
        return BROWSER_POLICY.formatted(String.join(" ", "ws://" + address, "wss://" + address,
                "http://" + address, "https://" + address));
    }

    /** CORS: closed unless CORS_ORIGINS names the calling page's origin; preflights are answered here. */
    private void cors(Context ctx) {
        var origin = ctx.header("Origin");
        boolean allowed = origin != null && protection.corsOrigins().contains(origin);
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        if (origin != null) ctx.header("Vary", "Origin");
        if (ctx.method() != HandlerType.OPTIONS) return;
        if (origin != null && !allowed) {
            throw ProblemType.FORBIDDEN.exception("Pages from " + Params.abbreviate(origin)
                    + " may not call this API: the server's CORS_ORIGINS does not list that origin");
        }
        ctx.header("Allow", "GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS");
        if (allowed) {
            ctx.header("Access-Control-Allow-Methods", "GET, HEAD, POST, PATCH, PUT, DELETE");
            ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(204);
        ctx.skipRemainingHandlers();
    }

    /** Per client IP: a budget for all requests to the API and embeds, and a smaller one for writes. */
    private void rateLimit(Context ctx) {
        var path = ctx.path();
        if (!path.startsWith("/api/") && !(path.startsWith("/embed/") && !path.startsWith("/embed/assets/"))) return;
        var client = ctx.ip();
        long wait = isRead(ctx.method(), path) ? requests.take(client) : writes.take(client);
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw ProblemType.TOO_MANY_REQUESTS.exception("This client has sent more requests than the server allows a minute; try again in " + wait
                            + (wait == 1 ? " second" : " seconds"));
        }
    }

    /** Refused before a byte of it is read: a body larger than the server takes on this route. */
    private void bodySize(Context ctx) {
        long limit = ctx.path().startsWith(IMPORT_PREFIX) ? protection.maxImportBytes() : protection.maxBodyBytes();
        long length = ctx.contentLength();
        if (length > limit) {
            throw ProblemType.BODY_TOO_LARGE.exception("The body is "
                    + length + " bytes; this server takes at most " + limit + " bytes here");
        }
    }

    private void readers(Context ctx) {
        if (isRead(ctx.method(), ctx.path()) && !PUBLIC_READS.matcher(ctx.path()).matches()) {
            auth.requireReader(ctx);
        }
    }
}
