package org.tracegraph.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracegraph.core.Folding;

/**
 * The start-up migration of names in any script: every entity gets the {@link Folding#NAME_KEYS} its name and
 * aliases give, in batches, when it has none (the seed, written as Cypher; a graph from before this version)
 * or when they were computed by another version of the folding. Every write of the app keeps them after that.
 */
public final class NameKeys {
    private static final Logger LOG = LoggerFactory.getLogger(NameKeys.class);
    static final int BATCH = 10_000;

    private NameKeys() {
    }

    /** Whether the full-text index predates nameKeys: it is then dropped, and schema.cypher makes it anew. */
    static void migrateIndex(Database db) {
        var rows = db.read(CypherFile.query("app/schema/entity-text-properties.cypher"), Map.of());
        if (rows.isEmpty()) return;
        var properties = rows.get(0).get("properties").asList(v -> v.asString());
        if (!properties.contains(Folding.NAME_KEYS)) {
            LOG.info("Rebuilding the full-text index entity_text to cover {} (names in any script)", Folding.NAME_KEYS);
            db.run(CypherFile.query("app/schema/entity-text-drop.cypher"));
        }
    }

    /** Computes the keys of every entity that lacks them (all of them after a change of folding); returns how many. */
    public static long backfill(Database db) {
        var version = db.read(CypherFile.query("app/name-keys-version.cypher"), Map.of());
        if (version.isEmpty() || version.get(0).get("version").asLong() != Folding.NAME_KEYS_VERSION) {
            long cleared;
            do {
                cleared = db.writeTransaction(tx -> tx.run(CypherFile.query("app/name-keys-clear.cypher"),
                        Map.of("batch", BATCH)).single().get("cleared").asLong());
            } while (cleared > 0);
        }
        long written = 0;
        while (true) {
            var batch = db.read(CypherFile.query("app/name-keys-missing.cypher"), Map.of("batch", BATCH));
            if (batch.isEmpty()) break;
            var rows = new ArrayList<Map<String, Object>>();
            for (var row : batch) {
                var keys = Folding.nameKeys(row.get("name").isNull() ? null : String.valueOf(row.get("name").asObject()),
                        row.get("aliases").asList(v -> String.valueOf(v.asObject())));
                var entry = new HashMap<String, Object>();
                entry.put("node", row.get("node").asString());
                entry.put("keys", keys);
                rows.add(entry);
            }
            written += db.writeTransaction(tx -> tx.run(CypherFile.query("app/name-keys-write.cypher"),
                    Map.of("rows", rows)).single().get("written").asLong());
            if (batch.size() < BATCH) break;
        }
        db.writeTransaction(tx -> tx.run(CypherFile.query("app/name-keys-done.cypher"),
                Map.of("version", Folding.NAME_KEYS_VERSION)).consume());
        if (written > 0) LOG.info("Computed the Latin name keys of {} entities", written);
        return written;
    }
}
