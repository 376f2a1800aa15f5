package org.tracegraph.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an event sits on the timeline, kept on the event so that the timeline seeks it by a RANGE index instead
 * of reading every event. {@link #START} is the event's first partial date ({@code date}, else {@code startDate},
 * else {@code endDate}): partial dates sort as strings, a year before its months. {@link #END} is set only when
 * the event runs to a different {@code endDate}, and holds that date followed by '~', which sorts after every date
 * within it ("2012~" after "2012-12-31"). A one-date event ends where its date's period ends, so the timeline
 * finds it by its start alone: an event of "2012" overlaps a window from "2012-06" because "2012" is a prefix of
 * "2012-06". Derived at every write of an entity ({@link #with}), never an editor's field.
 */
public final class TimelineKeys {
    public static final String START = "timelineStart";
    public static final String END = "timelineEnd";
    /** The version of this derivation the stored keys were computed with (neo4j/EventTimelineKeys backfills). */
    public static final int VERSION = 1;

    private TimelineKeys() {
    }

    /** The keys of an event with these date properties (strings, or anything else, which the timeline ignores). */
    public static Map<String, String> of(Object date, Object startDate, Object endDate) {
        var keys = new LinkedHashMap<String, String>();
        var start = date instanceof String d ? d : startDate instanceof String s ? s : endDate instanceof String e ? e : null;
        if (start == null) return keys;
        keys.put(START, start);
        if (endDate instanceof String end && !end.equals(start)) keys.put(END, end + "~");
        return keys;
    }

    /**
     * An entity's properties about to be stored, with the timeline keys an {@code Event} of those dates has and
     * without any stale ones (an entity of another type has none).
     */
    public static Map<String, Object> with(String type, Map<String, Object> properties) {
        var out = new LinkedHashMap<>(properties);
        out.remove(START);
        out.remove(END);
        if ("Event".equals(type)) {
            out.putAll(of(properties.get("date"), properties.get("startDate"), properties.get("endDate")));
        }
        return out;
    }
}
