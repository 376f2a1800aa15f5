package org.tracegraph.graph;

import io.javalin.http.Context;
import org.tracegraph.http.Params;

/** HTTP in and out for entities: one, its neighbourhood, or a set of them. */
public final class EntityController {
    private final EntityService entities;
    private final NeighbourhoodService neighbourhoods;
    private final SubgraphService subgraphs;

    public EntityController(EntityService entities, NeighbourhoodService neighbourhoods, SubgraphService subgraphs) {
        this.entities = entities;
        this.neighbourhoods = neighbourhoods;
        this.subgraphs = subgraphs;
    }

    public void subgraph(Context ctx) {
        ctx.json(subgraphs.subgraph(Params.ids(ctx, "ids", SubgraphService.MAX_IDS)));
    }

    public void entity(Context ctx) {
        var id = Params.pathId(ctx, "id");
        ctx.json(entities.entity(id, Params.integer(ctx, "limit", 500, 1, 5000)));
    }

    public void neighbourhood(Context ctx) {
        var id = Params.pathId(ctx, "id");
        int depth = Params.integer(ctx, "depth", 1, 1, 3);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
        ctx.json(neighbourhoods.neighbourhood(id, depth, limit, offset));
    }
}
