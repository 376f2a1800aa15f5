package org.tracegraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * The timeline finds events by the keys derived from their dates (core/TimelineKeys) through an index: events
 * with partial dates (a year, a month) and periods fall in exactly the windows they overlap, an event that spans a
 * window's edge among them, and every answer is the one a reading of every event gives.
 */
@ExtendWith(TestServer.class)
class TimelineWindowsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    /** Events in the 1800s, which nothing else in the test graph has: id suffix to date fields. */
    private static final Map<String, Map<String, String>> EVENTS = new LinkedHashMap<>();

    static {
        EVENTS.put("before", Map.of("date", "1800-10"));
        EVENTS.put("winter", Map.of("startDate", "1800-11", "endDate", "1801-02"));
        EVENTS.put("year", Map.of("date", "1801"));
        EVENTS.put("month", Map.of("date", "1801-06"));
        EVENTS.put("day", Map.of("date", "1801-06-15"));
        EVENTS.put("new-year", Map.of("startDate", "1801-12-20", "endDate", "1802-01-10"));
        EVENTS.put("after", Map.of("date", "1802-02"));
        EVENTS.put("until", Map.of("endDate", "1802-05"));
    }

    private final Http http = TestServer.http();

    private static String id(String name) {
        return "zz-timeline-" + TAG + "-" + name;
    }

    @BeforeAll
    static void createEvents() throws Exception {
        for (var event : EVENTS.entrySet()) {
            var body = new HashMap<String, Object>(event.getValue());
            body.put("id", id(event.getKey()));
            body.put("type", "Event");
            body.put("name", "Timeline window " + event.getKey());
            var created = TestServer.editor().post("/api/entities", JSON.writeValueAsString(body));
            assertEquals(201, created.status(), created::toString);
        }
    }

    @AfterAll
    static void deleteEvents() {
        for (var name : EVENTS.keySet()) TestServer.editor().withHeader("If-Match", "*").delete("/api/entities/" + id(name));
    }

    /** The test's events in the window, in the timeline's order, by their names in {@link #EVENTS}. */
    private List<String> window(String query) {
        var response = http.get("/api/timeline?limit=1000" + query);
        assertEquals(200, response.status(), response::toString);
        var names = new ArrayList<String>();
        var prefix = id("");
        response.json().get("events").forEach(e -> {
            var id = e.get("id").asText();
            if (id.startsWith(prefix)) names.add(id.substring(prefix.length()));
        });
        return names;
    }

    @Test
    void a_year_and_a_month_hold_every_window_inside_them_and_a_period_every_window_it_overlaps() {
        assertEquals(List.of("winter", "year", "month", "day", "new-year"), window("&from=1801&to=1801"));
        assertEquals(List.of("year", "month", "day"), window("&from=1801-06&to=1801-06"),
                "the year and the month hold June; the day is in it; the winter ended in February");
        assertEquals(List.of("year", "month", "day"), window("&from=1801-06-15&to=1801-06-15"));
        assertEquals(List.of("year", "month"), window("&from=1801-06-16&to=1801-06-30"));
        assertEquals(List.of("winter", "year"), window("&from=1801-02-10&to=1801-03"),
                "a period that began the year before and ends in the window's first month");
        assertEquals(List.of("winter"), window("&from=1800-12&to=1800-12"), "inside a period, nothing else");
        assertEquals(List.of("new-year", "after", "until"), window("&from=1802"),
                "a period that spans the window's start edge, and an event known by its end");
        assertEquals(List.of("before", "winter"), window("&from=1800&to=1800-11"), "a period that spans the end edge");
        assertEquals(List.of("year", "new-year"), window("&from=1801-12-31&to=1802-01-05"), "the year holds its last day");
        assertEquals(List.of("new-year"), window("&from=1802-01-02&to=1802-01-05"));
    }

    @Test
    void every_window_answers_what_reading_every_event_gives() {
        var windows = new ArrayList<String[]>();
        for (var from : List.of("1800", "1800-11", "1801", "1801-01", "1801-02-28", "1801-06", "1801-06-15", "1801-12",
                "1802", "1802-01-10", "1802-05", "1802-06", "2005", "2011-04-15", "2012-03")) {
            windows.add(new String[] {from, null});
            for (var to : List.of("1800-10", "1801", "1801-06-15", "1802-01", "2006", "2012")) {
                if ((to + "~").compareTo(from) >= 0) windows.add(new String[] {from, to});
            }
        }
        for (var to : List.of("1800-11", "1801-06", "2012-03")) windows.add(new String[] {null, to});
        for (var w : windows) {
            var query = (w[0] == null ? "" : "&from=" + w[0]) + (w[1] == null ? "" : "&to=" + w[1]);
            var response = http.get("/api/timeline?limit=1000" + query);
            assertEquals(200, response.status(), response::toString);
            var answered = new ArrayList<String>();
            response.json().get("events").forEach(e -> answered.add(e.get("id").asText()));
            assertEquals(everyEventRead(w[0], w[1]), answered, query);
        }
    }

    @Test
    void an_edit_of_its_dates_moves_an_event_to_its_new_window() {
        var editor = TestServer.editor().withHeader("If-Match", "*");
        var moved = editor.send("PATCH", "/api/entities/" + id("after"), "application/merge-patch+json",
                "{\"date\": null, \"startDate\": \"1801-06-20\", \"endDate\": \"1802-02\"}");
        assertEquals(200, moved.status(), moved::toString);
        try {
            assertEquals(List.of("year", "month", "after"), window("&from=1801-06-20&to=1801-06-30"));
            assertEquals(List.of("after", "new-year", "until"), window("&from=1802"), "now from June 1801");
        } finally {
            var back = editor.send("PATCH", "/api/entities/" + id("after"), "application/merge-patch+json",
                    "{\"date\": \"1802-02\", \"startDate\": null, \"endDate\": null}");
            assertEquals(200, back.status(), back::toString);
        }
        assertEquals(List.of("year", "month"), window("&from=1801-06-20&to=1801-06-30"));
    }

    /** The timeline as it was before its keys: every event read and compared by its dates. */
    private static List<String> everyEventRead(String from, String to) {
        var params = new HashMap<String, Object>();
        params.put("from", from);
        params.put("to", to);
        return TestServer.server().database().read("""
                MATCH (e:Event)
                WITH e, coalesce(e.date, e.startDate, e.endDate) AS start, e.endDate AS end
                WHERE start IS NOT NULL
                  AND ($from IS NULL OR coalesce(end, start) + '~' >= $from)
                  AND ($to IS NULL OR start <= $to + '~')
                RETURN e.id AS id ORDER BY start, e.name, e.id LIMIT 1000""", params)
                .stream().map(r -> r.get("id").asString()).toList();
    }
}
