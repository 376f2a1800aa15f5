package org.tracegraph.http;

import org.tracegraph.core.ProblemType;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * What every request passes first, whatever it asks for: the security headers, and CORS (a preflight is
 * answered here). What depends on the route (tokens, rate and body limits) is {@link AccessCheck}'s.
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
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, X-Editor, "
            + BookmarkHeader.NAME;
    private static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, Content-Disposition, "
            + BookmarkHeader.NAME + ", " + RequestLog.HEADER;

    private final Protection protection;
    private final String browserPolicy;

    /** {@code boltUri}: the Bolt server the app uses, the only one Neo4j Browser at /browser may reach. */
    public Guards(Protection protection, String boltUri) {
        this.protection = protection;
        this.browserPolicy = browserPolicy(boltUri);
    }

    /** On every request, matched or not (a 404 carries the headers too, and a preflight matches no route). */
    public void register(RoutesConfig routes) {
        routes.before(this::headers);
        routes.before("/api/*", this::cors);
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
}
