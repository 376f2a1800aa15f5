package org.tracegraph.sources;

import io.javalin.http.Context;
import org.tracegraph.http.Params;

/** HTTP in and out for source documents. */
public final class SourceController {
    private final SourceService sources;

    public SourceController(SourceService sources) {
        this.sources = sources;
    }

    public void list(Context ctx) {
        ctx.json(sources.sources(Params.integer(ctx, "limit", 200, 1, 1000)));
    }

    public void source(Context ctx) {
        ctx.json(sources.source(Params.pathId(ctx, "id"), Params.integer(ctx, "limit", 500, 1, 5000)));
    }

    public void text(Context ctx) {
        var id = Params.pathId(ctx, "id");
        ctx.contentType("text/plain; charset=utf-8").result(sources.text(id));
    }
}
