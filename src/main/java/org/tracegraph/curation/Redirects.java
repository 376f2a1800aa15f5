package org.tracegraph.curation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracegraph.neo4j.Database;

/**
 * Where the old ids of merged entities lead: read endpoints ask only after an id was not found, so a graph
 * without merges pays nothing.
 */
public final class Redirects {
    private final Database db;

    public Redirects(Database db) {
        this.db = db;
    }

    public Optional<String> target(String id) {
        return Optional.ofNullable(targets(List.of(id)).get(id));
    }

    /** The survivors of the given ids, by old id; ids never merged are absent. */
    public Map<String, String> targets(List<String> ids) {
        return db.readTransaction(tx -> Lookups.mergedInto(tx, ids));
    }
}
