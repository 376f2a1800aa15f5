package org.tracegraph.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One hit: the entity, its relevance score, and the other spelling that matched when its name did not. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResult(
        String id,
        String name,
        String type,
        double score,
        String matchedAlias,
        List<String> aliases,
        String description,
        String kind,
        String date,
        long degree) {

    public record Results(String query, List<SearchResult> results) {
    }
}
