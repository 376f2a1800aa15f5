package org.tracegraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracegraph.core.Quotes;

/**
 * What runs at every start: the schema, then the article's graph when the database holds no entity yet, then
 * the Latin name keys of any entity without them ({@link NameKeys}) and the timeline keys of any dated event
 * without them ({@link EventTimelineKeys}).
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
     * Drops the full-text index relationship_refs when it covers other relationship types than the vocabulary
     * has (a type added since): schema.cypher then makes it anew, over every type.
     */
    static void migrateRelationshipIndex(Database db) {
        var rows = db.read(CypherFile.query("app/schema/relationship-refs-types.cypher"), Map.of());
        if (rows.isEmpty()) return;
        var types = new java.util.TreeSet<>(rows.get(0).get("types").asList(v -> v.asString()));
        var vocabulary = new java.util.TreeSet<>(org.tracegraph.core.Vocabulary.get().relationshipTypes().stream()
                .map(org.tracegraph.core.Vocabulary.RelationshipType::name).toList());
        if (!types.equals(vocabulary)) {
            LOG.info("Rebuilding the full-text index relationship_refs over the vocabulary's {} relationship types",
                    vocabulary.size());
            db.run(CypherFile.query("app/schema/relationship-refs-drop.cypher"));
        }
    }

    /**
     * The schema, and the seed when {@code seedEmptyGraph} and the graph is empty. A restore passes false: the
     * seed in the graph it restores would bring back what was deleted since and refill emptied fields.
     */
    public static void apply(Database db, boolean seedEmptyGraph) {
        NameKeys.migrateIndex(db);
        migrateRelationshipIndex(db);
        createSchema(db);
        db.run("CALL db.awaitIndexes(300)");
        long entities = db.read(CypherFile.query("app/count-entities.cypher"), Map.of())
                .get(0).get("entities").asLong();
        if (entities == 0 && seedEmptyGraph) {
            int statements = seed(db);
            LOG.info("Loaded the seed graph ({} statements) into an empty database", statements);
        }
        NameKeys.backfill(db);
        EventTimelineKeys.backfill(db);
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

    /**
     * Loads every seed file in one transaction: a seed is there whole, or not at all. The article's text,
     * shipped beside the seed ({@link #SHIPPED_TEXTS}), becomes its source's held text, and every relationship
     * that cites it records where its quote sits (docs/editing.md).
     */
    static int seed(Database db) {
        return db.writeTransaction(tx -> {
            int count = 0;
            for (var file : SEED_FILES) {
                for (var statement : CypherFile.statements(file)) {
                    tx.run(statement).consume();
                    count++;
                }
            }
            for (var id : SHIPPED_TEXTS) {
                tx.run(CypherFile.query("app/evidence/source-text-set.cypher"), Map.of("id", id, "text", shippedText(id)))
                        .consume();
                count++;
            }
            var texts = new java.util.HashMap<String, String>();
            tx.run(CypherFile.query("app/evidence/held-texts.cypher"), Map.of("ids", SHIPPED_TEXTS))
                    .forEachRemaining(row -> texts.put(row.get("id").asString(), row.get("text").asString()));
            var rows = new java.util.ArrayList<Map<String, Object>>();
            for (var id : SHIPPED_TEXTS) {
                for (var row : tx.run(CypherFile.query("app/evidence/citing-relationships.cypher"), Map.of("id", id)).list()) {
                    var verification = Quotes.verify(row.get("quote").asString(""),
                            row.get("sourceIds").asList(org.neo4j.driver.Value::asString), texts);
                    rows.add(Map.of("elementId", row.get("elementId").asString(), "verified", !verification.offsets().isEmpty(),
                            "offsets", verification.stored()));
                }
            }
            tx.run(CypherFile.query("app/evidence/quote-verification-set.cypher"), Map.of("rows", rows)).consume();
            return count;
        });
    }

    /** The sources whose text ships with the seed, in {@code src/main/resources/sources/<id>.txt}. */
    public static final List<String> SHIPPED_TEXTS = List.of("rahder-2012-azerbaijan-blackmail-video");

    /** A shipped text, in NFC as every held text is. */
    public static String shippedText(String id) {
        try (var in = GraphSetup.class.getClassLoader().getResourceAsStream("sources/" + id + ".txt")) {
            if (in == null) throw new IllegalStateException("The seed's text sources/" + id + ".txt is missing");
            return Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
