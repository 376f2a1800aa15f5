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
        requireFree(field, id, row.get("entity").asBoolean(), row.get("mergedInto").isNull() ? null : row.get("mergedInto").asString());
    }

    /** The same, from what was read: whether an entity has the id, and the survivor it leads to (or null). */
    static void requireFree(String field, String id, boolean entity, String mergedInto) {
        if (entity) {
            throw Conflicts.conflict(field, "The id '" + id + "' is taken by an existing entity: edit that one,"
                    + " or give this one another id");
        }
        if (mergedInto != null) {
            throw Conflicts.conflict(field, "The id '" + id + "' belonged to an entity merged into '"
                    + mergedInto + "', and still leads there: give this one another id");
        }
    }

    /** The entity an old id was merged into, if it was. */
    static Optional<String> mergedInto(SimpleQueryRunner tx, String id) {
        return Redirects.survivor(tx, id);
    }
}
