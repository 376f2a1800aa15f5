package org.tracegraph.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionContext;
import org.tracegraph.graph.Redirects;
import org.tracegraph.neo4j.CypherFile;

/** Reads the write model needs before it writes: which ids are taken, and by what. */
final class Lookups {
    private Lookups() {
    }

    /** The type of each id that names an entity; ids naming none are absent. */
    static Map<String, String> types(SimpleQueryRunner tx, List<String> ids) {
        var types = new HashMap<String, String>();
        if (ids.isEmpty()) return types;
        tx.run(CypherFile.query("app/curation/entity-types.cypher"), Map.of("ids", ids))
                .forEachRemaining(row -> types.put(row.get("id").asString(), row.get("type").asString()));
        return types;
    }

    /** Refuses an id taken by an entity, or kept as the old id of a merged one, naming {@code field}. */
    static void requireFree(TransactionContext tx, String field, String id) {
        var row = tx.run(CypherFile.query("app/curation/id-taken.cypher"), Map.of("id", id)).single();
        if (row.get("entity").asBoolean()) {
            throw Conflicts.conflict(field, "The id '" + id + "' is taken by an existing entity: edit that one,"
                    + " or give this one another id");
        }
        if (!row.get("mergedInto").isNull()) {
            throw Conflicts.conflict(field, "The id '" + id + "' belonged to an entity merged into '"
                    + row.get("mergedInto").asString() + "', and still leads there: give this one another id");
        }
    }

    /** The entity an old id was merged into, if it was. */
    static Optional<String> mergedInto(SimpleQueryRunner tx, String id) {
        return Redirects.survivor(tx, id);
    }
}
