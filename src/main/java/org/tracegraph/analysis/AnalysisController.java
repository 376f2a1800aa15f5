package org.tracegraph.analysis;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.Status;
import org.tracegraph.http.Params;

/**
 * {@code GET /api/analysis?ids=&depth=&statuses=&limit=}: centrality and communities on a bounded neighbourhood,
 * counting only the relationships of the statuses given (all of them when none is given).
 */
public final class AnalysisController {
    private final AnalysisService analysis;

    public AnalysisController(AnalysisService analysis) {
        this.analysis = analysis;
    }

    public void analyse(Context ctx) {
        var ids = Params.ids(ctx, "ids", AnalysisService.MAX_IDS);
        int depth = Params.integer(ctx, "depth", 1, 0, AnalysisService.MAX_DEPTH);
        int limit = Params.integer(ctx, "limit", 500, 1, AnalysisService.MAX_ENTITIES);
        ctx.json(analysis.analyse(ids, depth, statuses(ctx), limit));
    }

    private static Set<String> statuses(Context ctx) {
        var raw = Params.text(ctx, "statuses").orElse(null);
        if (raw == null) return new LinkedHashSet<>(Status.words());
        var statuses = new LinkedHashSet<String>();
        for (var part : raw.split(",", -1)) {
            var word = part.strip();
            if (word.isEmpty()) continue;
            if (Status.of(word).isEmpty()) {
                throw ProblemException.badParameter("statuses", "statuses must be a comma-separated list of "
                        + String.join(", ", Status.words()) + ", not '" + Params.abbreviated(word) + "'");
            }
            statuses.add(word);
        }
        if (statuses.isEmpty()) {
            throw ProblemException.badParameter("statuses", "statuses names no status: give at least one of "
                    + String.join(", ", Status.words()) + ", or leave it out to count every relationship");
        }
        return statuses;
    }
}
