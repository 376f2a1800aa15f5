package org.tracegraph.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.tracegraph.graph.SourceRef;

/** Events in date order, each with the entities tied to it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineJson(String from, String to, String entity, List<Event> events, boolean truncated) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String id, String name, String date, String endDate, Boolean dateApprox, String kind,
                        String description, List<Participant> participants) {
    }

    /**
     * An entity tied to an event, and on what evidence: the relationship's type, its direction ({@code out}
     * when it runs from the participant to the event), role, status, claimant, quote and sources, as an edge has them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(String id, String name, String type, String relationship, String direction,
                              String role, String status, String claimedBy, String claimedByName, String quote,
                              List<SourceRef> sources, String relationshipId) {
    }
}
