package org.tracegraph.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Transaction;
import org.tracegraph.core.DerivedProperties;
import org.tracegraph.core.ProblemException;
import org.tracegraph.graph.NeighbourhoodWalk;
import org.tracegraph.graph.Redirects;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * Writes the graph, or part of it, in one of the {@link ExportFormat}s, streaming: rows go out as the driver
 * reads them, so the whole graph never sits in memory. One read transaction, so the export is one state of
 * the graph.
 */
public final class ExportService {
    public static final int MAX_IDS = 10_000;
    public static final int MAX_NEIGHBOURHOOD = 10_000;
    private final Database db;

    public ExportService(Database db) {
        this.db = db;
    }

    /** What an export holds: every entity ({@code ids} null), or a set and the relationships among them. */
    public record Scope(List<String> ids, String title, String slug) {
    }

    public Scope all() {
        return new Scope(null, "The Tracegraph graph", "graph");
    }

    /** The entities named; a 404 names those that do not exist. */
    public Scope entities(List<String> ids) {
        var found = new LinkedHashSet<String>();
        db.read(CypherFile.query("app/entities-exist.cypher"), Map.of("ids", ids))
                .forEach(row -> found.add(row.get("id").asString()));
        var missing = ids.stream().filter(id -> !found.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.notFound("entity", String.join(", ", missing));
        }
        return new Scope(ids, ids.size() + " entities of the Tracegraph graph", "entities");
    }

    /**
     * An entity and the entities the API's neighbourhood shows for it ({@link NeighbourhoodWalk}: at most
     * {@code limit} besides it), with the relationships among them. A merged id exports its survivor's.
     */
    public Scope neighbourhood(String id, int depth, int limit) {
        var walked = db.readTransaction(tx -> Redirects.foundOrSurvivor(tx, id,
                NeighbourhoodWalk.walk(tx, id, depth, limit, 0).map(NeighbourhoodWalk.Walked::ids)));
        if (walked.moved()) return neighbourhood(walked.survivor(), depth, limit);
        return new Scope(walked.answer(), "The neighbourhood of " + id + " (" + depth + (depth == 1 ? " hop" : " hops") + ")",
                id + "-neighbourhood");
    }

    public void write(Scope scope, ExportFormat format, OutputStream out) throws IOException {
        try (var session = db.readSession(); var tx = session.beginTransaction()) {
            var header = header(tx, scope, format);
            var writer = format.writer(out, header);
            var params = new HashMap<String, Object>();
            params.put("ids", scope.ids());
            var nodes = tx.run(CypherFile.query(scope.ids() == null ? "app/export-nodes-all.cypher" : "app/export-nodes.cypher"), params);
            while (nodes.hasNext()) {
                var row = nodes.next();
                writer.node(new ExportNode(row.get("id").asString(), row.get("type").asString(null),
                        withoutDerived(row.get("properties").asMap())));
            }
            var relationships = tx.run(CypherFile.query(scope.ids() == null
                    ? "app/export-relationships-all.cypher" : "app/export-relationships.cypher"), params);
            while (relationships.hasNext()) {
                var row = relationships.next();
                writer.relationship(new ExportRelationship(row.get("source").asString(), row.get("type").asString(),
                        row.get("target").asString(), row.get("properties").asMap()));
            }
            writer.finish();
        }
    }

    /** An entity's properties without those the app derives at every write: an import computes them again. */
    private static Map<String, Object> withoutDerived(Map<String, Object> properties) {
        if (DerivedProperties.NAMES.stream().noneMatch(properties::containsKey)) return properties;
        var kept = new HashMap<>(properties);
        kept.keySet().removeAll(DerivedProperties.NAMES);
        return kept;
    }

    private static ExportHeader header(Transaction tx, Scope scope, ExportFormat format) {
        var nodeKeys = new HashMap<String, PropertyKey>();
        var relationshipKeys = new HashMap<String, PropertyKey>();
        if (format.needsKeys()) {
            var params = new HashMap<String, Object>();
            params.put("ids", scope.ids());
            tx.run(CypherFile.query("app/export-property-keys.cypher"), params).forEachRemaining(row -> {
                var key = PropertyKey.of(row.get("key").asString(), row.get("types").asList(v -> v.asString()));
                if (DerivedProperties.NAMES.contains(key.name())) return;
                (row.get("element").asString().equals("node") ? nodeKeys : relationshipKeys).put(key.name(), key);
            });
        }
        var titles = new HashMap<String, String>();
        tx.run(CypherFile.query("app/export-source-titles.cypher"))
                .forEachRemaining(row -> titles.put(row.get("id").asString(), row.get("title").asString(null)));
        return new ExportHeader(scope.title(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(),
                PropertyKey.ordered(nodeKeys, ExportHeader.NODE_ORDER),
                PropertyKey.ordered(relationshipKeys, ExportHeader.RELATIONSHIP_ORDER), titles);
    }
}
