package org.tracegraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A node of graph JSON: an entity with what every view needs to draw and describe it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeJson(
        String id,
        String name,
        String type,
        List<String> aliases,
        String description,
        String kind,
        String date,
        String startDate,
        String endDate,
        Boolean dateApprox,
        String title,
        String publisher,
        String published,
        String url,
        Long degree) {
}
