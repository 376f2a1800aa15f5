package org.tracegraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.types.Relationship;
import org.tracegraph.core.ProblemException;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/** Reads one entity and its relationships. */
public final class EntityService {
    private final Database db;

    public EntityService(Database db) {
        this.db = db;
    }

    /** The entity, or the survivor its id was merged into ({@link Redirects}). */
    public Resolved<EntityJson> entity(String id, int limit) {
        return db.readTransaction(tx -> Redirects.foundOrSurvivor(tx, id, read(tx, id, limit)));
    }

    /** An entity's answer as JSON, and the version its ETag carries. */
    public record Written(byte[] json, long rev) {
    }

    /**
     * The same answer as {@link #entity(String, int)}, written as JSON straight from the driver's row
     * ({@link EntityJsonWriter}): what {@code GET /api/entities/{id}} sends.
     */
    public Resolved<Written> entityJson(String id, int limit) {
        return db.readTransaction(tx -> Redirects.foundOrSurvivor(tx, id, row(tx, id, limit).map(row ->
                new Written(EntityJsonWriter.write(id, row, limit), rev(row.get("n").asNode())))));
    }

    /** The entity as seen inside {@code tx}: a write answers with what it wrote, before it commits. */
    public static EntityJson entity(SimpleQueryRunner tx, String id, int limit) {
        return read(tx, id, limit).orElseThrow(() -> ProblemException.notFound("entity", id));
    }

    /**
     * A node just created, as {@link #entity(SimpleQueryRunner, String, int)} would read it back: no relationships
     * yet (degree 0), so the write answers without a further round trip.
     */
    public static EntityJson created(org.neo4j.driver.types.Node node) {
        return new EntityJson(GraphBuilder.node(node, 0L), List.of(), false, rev(node));
    }

    /** The row of entity-with-relationships.cypher for {@code id}: one round trip; empty when no entity has the id. */
    private static Optional<Record> row(SimpleQueryRunner tx, String id, int limit) {
        var found = tx.run(CypherFile.query("app/entity-with-relationships.cypher"),
                Map.of("id", id, "limit", limit + 1)).list();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static Optional<EntityJson> read(SimpleQueryRunner tx, String id, int limit) {
        return row(tx, id, limit).map(row -> json(id, row, limit));
    }

    /** The entity in {@code row} as records (for writes' answers and MCP); {@link EntityJsonWriter} writes the same. */
    static EntityJson json(String id, Record row, int limit) {
        var node = row.get("n").asNode();
        var entity = GraphBuilder.node(node, row.get("degree").asLong());
        var rows = row.get("relationships").asList(v -> v);
        var truncated = rows.size() > limit;
        var refs = GraphBuilder.References.of(row.get("references").values());
        var relationships = new ArrayList<EntityJson.RelationshipJson>();
        for (var shown : truncated ? rows.subList(0, limit) : rows) {
            Relationship r = shown.get("r").asRelationship();
            var other = GraphBuilder.node(shown.get("other").asNode(), shown.get("otherDegree").asLong());
            var outgoing = shown.get("outgoing").asBoolean();
            var edge = GraphBuilder.edge(r, outgoing ? id : other.id(), outgoing ? other.id() : id, refs);
            relationships.add(new EntityJson.RelationshipJson(edge, outgoing ? "out" : "in", other, rev(r)));
        }
        return new EntityJson(entity, relationships, truncated, rev(node));
    }

    /** The version of a node or relationship: 0 until its first edit (the seed carries none). */
    public static long rev(org.neo4j.driver.types.Entity e) {
        return e.get("rev").asLong(0);
    }
}
