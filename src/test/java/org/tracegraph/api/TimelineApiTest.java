package org.tracegraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class TimelineApiTest {
    private final Http http = TestServer.http();

    private List<String> ids(JsonNode events) {
        var ids = new ArrayList<String>();
        events.forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    private JsonNode events(String query) {
        var response = http.get("/api/timeline" + query);
        assertEquals(200, response.status(), response::toString);
        return response.json().get("events");
    }

    @Test
    void events_come_in_date_order_with_the_precision_their_source_gives() {
        var events = events("");
        assertTrue(events.size() >= 10);
        String previous = "";
        for (var event : events) {
            var date = event.get("date").asText();
            assertTrue(date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), date);
            assertTrue(previous.compareTo(date) <= 0, previous + " before " + date);
            previous = date;
        }
        var ids = ids(events);
        assertTrue(ids.indexOf("bashirli-arrest-2005") < ids.indexOf("bashirli-trial-2006"));
        assertTrue(ids.indexOf("april-2011-demonstrations") < ids.indexOf("eurovision-2012"));
        var arrest = events.get(ids.indexOf("bashirli-arrest-2005"));
        assertEquals("2005", arrest.get("date").asText(), "a year stays a year");
        assertTrue(arrest.get("participants").size() >= 1);
    }

    @Test
    void every_participant_carries_its_evidence_as_an_edge_does_sources_with_titles_and_the_claimants_name() {
        int claimed = 0;
        for (var event : events("")) {
            for (var p : event.get("participants")) {
                assertTrue(p.has("status") && p.has("quote"), p.toString());
                assertTrue(p.get("sources").size() >= 1, p.toString());
                for (var source : p.get("sources")) assertTrue(source.path("title").asText().length() > 0, p.toString());
                if (p.has("claimedBy")) {
                    claimed++;
                    assertTrue(p.path("claimedByName").asText().length() > 0, p.toString());
                }
            }
        }
        assertTrue(claimed >= 1, "some ties to events are someone's claim");
    }

    @Test
    void a_period_keeps_the_events_that_overlap_it() {
        var march = ids(events("?from=2012-03&to=2012-03"));
        assertTrue(march.contains("novruz-2012"), march.toString());
        assertTrue(!march.contains("eurovision-2012"), "Eurovision is in May");
        assertTrue(!march.contains("bashirli-arrest-2005"));
        var year2011 = ids(events("?from=2011&to=2011"));
        assertTrue(year2011.contains("april-2011-demonstrations"), "a month inside the year: " + year2011);
        var fromApril = ids(events("?from=2011-04-15"));
        assertTrue(fromApril.contains("april-2011-demonstrations"), "a month that contains the day");
        assertTrue(!fromApril.contains("bashirli-trial-2006"));
    }

    @Test
    void an_entity_narrows_the_timeline_to_its_events() {
        var events = ids(events("?entity=ruslan-bashirli"));
        assertTrue(events.containsAll(List.of("bashirli-arrest-2005", "bashirli-trial-2006")), events.toString());
        assertTrue(!events.contains("eurovision-2012"));
        assertProblem(http.get("/api/timeline?entity=nobody-at-all"), 404);
    }

    @Test
    void bad_dates_get_a_problem_naming_them() {
        assertBadParameter(http.get("/api/timeline?from=March%202012"), "from");
        assertBadParameter(http.get("/api/timeline?from=2012-13"), "from");
        assertBadParameter(http.get("/api/timeline?to=2012-02-30"), "to");
        assertBadParameter(http.get("/api/timeline?from=2012&to=2011"), "to");
        assertBadParameter(http.get("/api/timeline?entity=Not%20An%20Id"), "entity");
    }
}
