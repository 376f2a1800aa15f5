package org.tracegraph.graph;

import org.tracegraph.http.IfMatch;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.tracegraph.http.Params;

/**
 * HTTP in and out for entities: one, its neighbourhood, or a set of them. An old id of a merged entity gets a
 * permanent redirect to the survivor's address for one entity or its neighbourhood, and stands for the survivor
 * inline in a set ({@link Redirects} says which is which).
 */
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
        int limit = Params.integer(ctx, "limit", 500, 1, 5000);
        var entity = entities.entityJson(id, limit);
        if (entity.moved()) redirect(ctx, entity.survivor(), "");
        else IfMatch.answerJson(ctx, entity.answer().rev(), entity.answer().json());
    }

    public void neighbourhood(Context ctx) {
        var id = Params.pathId(ctx, "id");
        int depth = Params.integer(ctx, "depth", 1, 1, 3);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
        var graph = neighbourhoods.neighbourhood(id, depth, limit, offset);
        if (graph.moved()) redirect(ctx, graph.survivor(), "/neighbourhood");
        else ctx.json(graph.answer());
    }

    /** A permanent redirect (308) to the same request for the survivor, so old links and embeds keep working. */
    private static void redirect(Context ctx, String survivor, String rest) {
        var query = ctx.queryString();
        ctx.redirect("/api/entities/" + survivor + rest + (query == null ? "" : "?" + query), HttpStatus.PERMANENT_REDIRECT);
    }
}
