package org.tracegraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A relationship of graph JSON, with its evidence: the sources, the verbatim quote, the epistemic status
 * and, where the source attributes the claim to someone, who claims it. {@code quoteVerified} says whether the
 * quote was found in the held text of a source it cites (false: no source it cites holds a text, the quote was
 * not checked), and {@code quoteOffsets} where.
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
        String note,
        Boolean quoteVerified,
        List<QuoteOffset> quoteOffsets) {

    /**
     * Where the quote sits in the held text of one of the edge's sources:
     * {@code text.substring(start, end)} of {@code GET /api/sources/{source}/text}.
     */
    public record QuoteOffset(String source, int start, int end) {
    }
}
