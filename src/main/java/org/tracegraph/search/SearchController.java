package org.tracegraph.search;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Params;

/** HTTP in and out for search. */
public final class SearchController {
    private static final Map<String, String> TYPES = Map.of(
            "person", "Person", "organisation", "Organisation", "organization", "Organisation",
            "event", "Event", "place", "Place", "source", "Source");

    private final SearchService search;

    public SearchController(SearchService search) {
        this.search = search;
    }

    public void search(Context ctx) {
        var query = Params.requiredText(ctx, "q");
        var type = Params.text(ctx, "type").map(t -> Optional.ofNullable(TYPES.get(t.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> ProblemException.badParameter("type", "type must be one of person, organisation"
                        + " (or organization), event, place or source, not '" + t + "'")));
        int limit = Params.integer(ctx, "limit", 10, 1, 100);
        ctx.json(new SearchResult.Results(query, search.search(query, type, limit)));
    }
}
