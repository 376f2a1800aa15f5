package org.tracegraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A relationship of graph JSON, with its evidence: the sources, the verbatim quote, the epistemic status
 * and, where the source attributes the claim to someone, who claims it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EdgeJson(
        String id,
        String source,
        String target,
        String type,
        String status,
        List<SourceRef> sources,
        String quote,
        String claimedBy,
        String claimedByName,
        String role,
        String date,
        String startDate,
        String endDate,
        Boolean dateApprox,
        String note) {
}
