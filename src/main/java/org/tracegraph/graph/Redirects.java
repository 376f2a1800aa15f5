package org.tracegraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.SimpleQueryRunner;
import org.tracegraph.neo4j.CypherFile;
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
        return db.readTransaction(tx -> targets(tx, ids));
    }

    /** The same, inside a transaction the caller holds (a write checks the ids it links). */
    public static Map<String, String> targets(SimpleQueryRunner tx, List<String> ids) {
        var targets = new HashMap<String, String>();
        tx.run(CypherFile.query("app/curation/redirect-target.cypher"), Map.of("ids", ids))
                .forEachRemaining(row -> targets.put(row.get("from").asString(), row.get("to").asString()));
        return targets;
    }
}
