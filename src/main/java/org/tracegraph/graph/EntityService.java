package org.tracegraph.graph;

import java.util.ArrayList;
import java.util.Map;
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

    public EntityJson entity(String id, int limit) {
        return db.readTransaction(tx -> entity(tx, id, limit));
    }

    /** The entity as seen inside {@code tx}: a write answers with what it wrote, before it commits. */
    public static EntityJson entity(SimpleQueryRunner tx, String id, int limit) {
        var found = tx.run(CypherFile.query("app/entity-with-relationships.cypher"),
                Map.of("id", id, "limit", limit + 1)).list();
        if (found.isEmpty()) throw ProblemException.notFound("entity", id);
        var row = found.get(0);
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
