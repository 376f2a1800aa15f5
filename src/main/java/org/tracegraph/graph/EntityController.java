package org.tracegraph.graph;

import io.javalin.http.Context;
import org.tracegraph.http.Params;

/** HTTP in and out for one entity and its neighbourhood. */
public final class EntityController {
    private final EntityService entities;
    private final NeighbourhoodService neighbourhoods;

    public EntityController(EntityService entities, NeighbourhoodService neighbourhoods) {
        this.entities = entities;
        this.neighbourhoods = neighbourhoods;
    }

    public void entity(Context ctx) {
        var id = Params.pathId(ctx, "id");
        ctx.json(entities.entity(id, Params.integer(ctx, "limit", 500, 1, 5000)));
    }

    public void neighbourhood(Context ctx) {
        var id = Params.pathId(ctx, "id");
        int depth = Params.integer(ctx, "depth", 1, 1, 3);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        ctx.json(neighbourhoods.neighbourhood(id, depth, limit));
    }
}
