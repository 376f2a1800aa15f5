package org.tracegraph.integrity;

import io.javalin.http.Context;
import org.tracegraph.http.Params;

/** {@code GET /api/integrity?limit=}: the report of {@link IntegrityService}. */
public final class IntegrityController {
    private final IntegrityService integrity;

    public IntegrityController(IntegrityService integrity) {
        this.integrity = integrity;
    }

    public void report(Context ctx) {
        ctx.json(integrity.report(Params.integer(ctx, "limit", 1000, 0, 100_000)));
    }
}
