package org.tracegraph.search;

import io.javalin.http.Context;
import java.util.Locale;
import org.tracegraph.core.EntityType;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Params;

/** HTTP in and out for search. */
public final class SearchController {
    /** The types in lowercase, as a searcher types them; "organization" is read as "organisation". */
    private static final String TYPES = words();

    private final SearchService search;

    public SearchController(SearchService search) {
        this.search = search;
    }

    public void search(Context ctx) {
        var query = Params.requiredText(ctx, "q");
        var type = Params.text(ctx, "type").map(SearchController::type);
        int limit = Params.integer(ctx, "limit", 10, 1, 100);
        ctx.json(new SearchResult.Results(query, search.search(query, type, limit)));
    }

    private static String type(String word) {
        var spelling = word.equalsIgnoreCase("organization") ? "organisation" : word;
        return EntityType.ofIgnoringCase(spelling).map(EntityType::label).orElseThrow(() -> ProblemException.badParameter(
                "type", "type must be one of " + TYPES + ", not '" + word + "'"));
    }

    /** "person, organisation (or organization), event, place or source". */
    private static String words() {
        var words = EntityType.labels().stream().map(t -> t.toLowerCase(Locale.ROOT))
                .map(t -> t.equals("organisation") ? t + " (or organization)" : t).toList();
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
