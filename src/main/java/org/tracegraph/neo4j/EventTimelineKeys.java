package org.tracegraph.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracegraph.core.TimelineKeys;

/**
 * The start-up migration of the timeline's keys: every dated event gets the {@link TimelineKeys} its dates give,
 * in batches, when it has none (the seed, written as Cypher; a graph from before the keys) or when they were
 * computed by another version of their derivation. Every write of the app keeps them after that.
 */
public final class EventTimelineKeys {
    private static final Logger LOG = LoggerFactory.getLogger(EventTimelineKeys.class);
    static final int BATCH = 10_000;

    private EventTimelineKeys() {
    }

    /** Computes the keys of every dated event that lacks them (all of them after a change of version); returns how many. */
    public static long backfill(Database db) {
        var version = db.read(CypherFile.query("app/timeline-keys-version.cypher"), Map.of());
        if (version.isEmpty() || version.get(0).get("version").asLong() != TimelineKeys.VERSION) {
            long cleared;
            do {
                cleared = db.writeTransaction(tx -> tx.run(CypherFile.query("app/timeline-keys-clear.cypher"),
                        Map.of("batch", BATCH)).single().get("cleared").asLong());
            } while (cleared > 0);
        }
        long written = 0;
        while (true) {
            var batch = db.read(CypherFile.query("app/timeline-keys-missing.cypher"), Map.of("batch", BATCH));
            if (batch.isEmpty()) break;
            var rows = new ArrayList<Map<String, Object>>();
            for (var row : batch) {
                var keys = TimelineKeys.of(value(row.get("date")), value(row.get("startDate")), value(row.get("endDate")));
                var entry = new HashMap<String, Object>();
                entry.put("node", row.get("node").asString());
                entry.put("start", keys.get(TimelineKeys.START));
                entry.put("end", keys.get(TimelineKeys.END));
                rows.add(entry);
            }
            written += db.writeTransaction(tx -> tx.run(CypherFile.query("app/timeline-keys-write.cypher"),
                    Map.of("rows", rows)).single().get("written").asLong());
            if (batch.size() < BATCH) break;
        }
        db.writeTransaction(tx -> tx.run(CypherFile.query("app/timeline-keys-done.cypher"),
                Map.of("version", TimelineKeys.VERSION)).consume());
        if (written > 0) LOG.info("Computed the timeline keys of {} events", written);
        return written;
    }

    private static Object value(Value value) {
        return value.isNull() ? null : value.asObject();
    }
}
