package org.tracegraph.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Events in date order, each with the entities tied to it. */
public record TimelineJson(String from, String to, String entity, List<Event> events, boolean truncated) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String id, String name, String date, String endDate, Boolean dateApprox, String kind,
                        String description, List<Participant> participants) {
    }

    /** An entity tied to an event, and how: the relationship type, its role and status. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(String id, String name, String type, String relationship, String role,
                              String status) {
    }
}
