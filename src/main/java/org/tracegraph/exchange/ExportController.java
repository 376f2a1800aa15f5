package org.tracegraph.exchange;

import io.javalin.http.Context;
import java.io.IOException;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Params;

/**
 * {@code GET /api/export?format=}: the whole graph, or {@code ids=a,b,c} (those entities and the relationships
 * among them), or {@code entity=X&depth=N} (a neighbourhood), as a download.
 */
public final class ExportController {
    private final ExportService exports;

    public ExportController(ExportService exports) {
        this.exports = exports;
    }

    public void export(Context ctx) throws IOException {
        var name = Params.text(ctx, "format").orElse("json");
        var format = ExportFormat.named(name).orElseThrow(() -> ProblemException.badParameter("format",
                "format must be one of " + ExportFormat.names() + ", not '" + Params.text(ctx, "format").orElse("") + "'"));
        var scope = scope(ctx);
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"tracegraph-" + scope.slug() + "." + format.extension() + "\"");
        exports.write(scope, format, ctx.outputStream());
    }

    private ExportService.Scope scope(Context ctx) {
        boolean byIds = ctx.queryParam("ids") != null;
        var entity = Params.optionalId(ctx, "entity");
        if (byIds && entity.isPresent()) {
            throw ProblemException.badParameter("ids", "Give either ids (a set of entities) or entity (a neighbourhood), not both");
        }
        if (byIds) return exports.entities(Params.ids(ctx, "ids", ExportService.MAX_IDS));
        if (entity.isPresent()) {
            return exports.neighbourhood(entity.get(), Params.integer(ctx, "depth", 1, 1, 3),
                    Params.integer(ctx, "limit", 1000, 1, ExportService.MAX_NEIGHBOURHOOD));
        }
        if (ctx.queryParam("depth") != null) {
            throw ProblemException.badParameter("depth", "depth goes with entity: the neighbourhood of which entity?");
        }
        return exports.all();
    }
}
