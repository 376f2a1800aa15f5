package org.tracegraph.graph;

import org.tracegraph.http.IfMatch;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.Supplier;
import org.tracegraph.graph.Redirects;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Params;

/** HTTP in and out for entities: one, its neighbourhood, or a set of them. */
public final class EntityController {
    private final EntityService entities;
    private final NeighbourhoodService neighbourhoods;
    private final SubgraphService subgraphs;
    private final Redirects redirects;

    public EntityController(EntityService entities, NeighbourhoodService neighbourhoods, SubgraphService subgraphs,
                            Redirects redirects) {
        this.entities = entities;
        this.neighbourhoods = neighbourhoods;
        this.subgraphs = subgraphs;
        this.redirects = redirects;
    }

    public void subgraph(Context ctx) {
        var ids = Params.ids(ctx, "ids", SubgraphService.MAX_IDS);
        var graph = subgraphs.subgraph(ids);
        // ids of entities merged into others stand for the survivors, so a saved view keeps them
        var moved = graph.missing().isEmpty() ? java.util.Map.<String, String>of() : redirects.targets(graph.missing());
        if (!moved.isEmpty()) {
            graph = subgraphs.subgraph(ids.stream().map(id -> moved.getOrDefault(id, id)).distinct().toList());
        }
        ctx.json(graph);
    }

    public void entity(Context ctx) {
        var id = Params.pathId(ctx, "id");
        int limit = Params.integer(ctx, "limit", 500, 1, 5000);
        var entity = orMoved(ctx, id, "", () -> entities.entity(id, limit));
        if (entity != null) IfMatch.answer(ctx, entity.rev(), entity);
    }

    public void neighbourhood(Context ctx) {
        var id = Params.pathId(ctx, "id");
        int depth = Params.integer(ctx, "depth", 1, 1, 3);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
        var graph = orMoved(ctx, id, "/neighbourhood", () -> neighbourhoods.neighbourhood(id, depth, limit, offset));
        if (graph != null) ctx.json(graph);
    }

    /**
     * The answer for {@code id}; or, when no entity has it because it was merged into another, null after a
     * permanent redirect (308) to the same request for the survivor, so old links and embeds keep working.
     */
    private <T> T orMoved(Context ctx, String id, String rest, Supplier<T> answer) {
        try {
            return answer.get();
        } catch (ProblemException e) {
            var survivor = e.problem().status() == 404 ? redirects.target(id) : java.util.Optional.<String>empty();
            if (survivor.isEmpty()) throw e;
            var query = ctx.queryString();
            ctx.redirect("/api/entities/" + survivor.get() + rest + (query == null ? "" : "?" + query),
                    HttpStatus.PERMANENT_REDIRECT);
            return null;
        }
    }
}
