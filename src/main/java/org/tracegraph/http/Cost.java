package org.tracegraph.http;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;

/**
 * A read's weight, declared beside its {@link Access} on the route, as {@link BodySize} is. Every read is charged
 * the server time it takes ({@link AccessCheck}); a heavy one also runs only a few at a time ({@link HeavyReads}),
 * since each can keep a core busy for seconds on a large graph (measured with the server's CPU time at 100,000
 * entities: a whole-graph GraphML export 2.6 s, mentions over 200 KB of text 0.7 s, a depth-3 neighbourhood of a
 * hub 0.5 s, a 6-hop path search 0.2 s; the timeline reads every event, 0.9 s at 1,000,000).
 */
public enum Cost implements RouteRole {
    /** Always heavy: exports, path searches, the timeline, mentions. */
    HEAVY,
    /** Heavy when it walks more than one step ({@code depth} 2 or more): deep neighbourhoods. */
    HEAVY_WHEN_DEEP;

    /** Whether this request is a heavy read; a {@code depth} that is not a number is for the handler to refuse. */
    static boolean isHeavy(Context ctx) {
        var roles = ctx.routeRoles();
        if (roles.contains(HEAVY)) return true;
        if (!roles.contains(HEAVY_WHEN_DEEP)) return false;
        var depth = ctx.queryParam("depth");
        try {
            return depth != null && Integer.parseInt(depth.strip()) > 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
