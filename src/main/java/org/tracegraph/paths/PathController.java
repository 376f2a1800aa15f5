package org.tracegraph.paths;

import io.javalin.http.Context;
import org.tracegraph.http.Params;

/** HTTP in and out for paths between two entities. */
public final class PathController {
    public static final int MAX_HOPS = 6;

    private final PathService paths;

    public PathController(PathService paths) {
        this.paths = paths;
    }

    public void paths(Context ctx) {
        var from = Params.requiredId(ctx, "from");
        var to = Params.requiredId(ctx, "to");
        int maxHops = Params.integer(ctx, "maxHops", 4, 1, MAX_HOPS);
        int limit = Params.integer(ctx, "limit", 5, 1, 50);
        // an end merged into another entity stands for the survivor: the answer is inline, from and to its ids
        ctx.json(paths.paths(from, to, maxHops, limit));
    }
}
