package org.tracegraph.paths;

import io.javalin.http.Context;
import java.util.List;
import org.tracegraph.graph.Redirects;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Params;

/** HTTP in and out for paths between two entities. */
public final class PathController {
    public static final int MAX_HOPS = 6;

    private final PathService paths;
    private final Redirects redirects;

    public PathController(PathService paths, Redirects redirects) {
        this.paths = paths;
        this.redirects = redirects;
    }

    public void paths(Context ctx) {
        var from = Params.requiredId(ctx, "from");
        var to = Params.requiredId(ctx, "to");
        int maxHops = Params.integer(ctx, "maxHops", 4, 1, MAX_HOPS);
        int limit = Params.integer(ctx, "limit", 5, 1, 50);
        try {
            ctx.json(paths.paths(from, to, maxHops, limit));
        } catch (ProblemException e) {
            // an end merged into another entity is looked for under the survivor's id
            var moved = e.problem().status() == 404 ? redirects.targets(List.of(from, to)) : java.util.Map.<String, String>of();
            if (moved.isEmpty()) throw e;
            ctx.json(paths.paths(moved.getOrDefault(from, from), moved.getOrDefault(to, to), maxHops, limit));
        }
    }
}
