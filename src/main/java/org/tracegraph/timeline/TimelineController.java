package org.tracegraph.timeline;

import org.tracegraph.core.PartialDate;

import io.javalin.http.Context;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Params;

/** HTTP in and out for the timeline. */
public final class TimelineController {
    private final TimelineService timeline;

    public TimelineController(TimelineService timeline) {
        this.timeline = timeline;
    }

    public void timeline(Context ctx) {
        var from = Params.text(ctx, "from").map(v -> PartialDate.check("from", v));
        var to = Params.text(ctx, "to").map(v -> PartialDate.check("to", v));
        if (from.isPresent() && to.isPresent() && (to.get() + "~").compareTo(from.get()) < 0) {
            throw ProblemException.badParameter("to", "to (" + to.get() + ") is before from (" + from.get() + ")");
        }
        var entity = Params.optionalId(ctx, "entity");
        int limit = Params.integer(ctx, "limit", 200, 1, 1000);
        ctx.json(timeline.timeline(from, to, entity, limit));
    }
}
