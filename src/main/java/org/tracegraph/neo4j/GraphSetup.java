package org.tracegraph.neo4j;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs at every start: the schema, then the article's graph when the database holds no entity yet, then
 * the Latin name keys of any entity without them ({@link NameKeys}).
 */
public final class GraphSetup {
    private static final Logger LOG = LoggerFactory.getLogger(GraphSetup.class);
    public static final List<String> SEED_FILES = List.of(
            "seed/01-sources.cypher", "seed/02-entities.cypher", "seed/03-relationships.cypher");

    private GraphSetup() {
    }

    public static void apply(Database db) {
        apply(db, true);
    }

    /**
     * The schema, and the seed when {@code seedEmptyGraph} and the graph is empty. A restore passes false: the
     * seed in the graph it restores would bring back what was deleted since and refill emptied fields.
     */
    public static void apply(Database db, boolean seedEmptyGraph) {
        NameKeys.migrateIndex(db);
        createSchema(db);
        db.run("CALL db.awaitIndexes(300)");
        long entities = db.read(CypherFile.query("app/count-entities.cypher"), Map.of())
                .get(0).get("entities").asLong();
        if (entities == 0 && seedEmptyGraph) {
            int statements = seed(db);
            LOG.info("Loaded the seed graph ({} statements) into an empty database", statements);
        }
        NameKeys.backfill(db);
    }

    /**
     * The constraints and indexes of schema.cypher. A constraint on a graph that has data populates its index
     * before it returns; the other indexes may still be populating (db.awaitIndexes waits for them).
     */
    public static void createSchema(Database db) {
        for (var statement : CypherFile.statements("schema.cypher")) {
            db.run(statement);
        }
    }

    /** Loads every seed file in one transaction: a seed is there whole, or not at all. */
    static int seed(Database db) {
        return db.writeTransaction(tx -> {
            int count = 0;
            for (var file : SEED_FILES) {
                for (var statement : CypherFile.statements(file)) {
                    tx.run(statement).consume();
                    count++;
                }
            }
            return count;
        });
    }
}
