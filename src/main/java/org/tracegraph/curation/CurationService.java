package org.tracegraph.curation;

import org.tracegraph.core.Precondition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;
import org.tracegraph.graph.EntityJson;
import org.tracegraph.graph.EntityService;
import org.tracegraph.graph.GraphBuilder;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.Editor;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * The write API's transactions: each request is one write transaction, which answers with what it wrote as
 * the read API shows it. A refusal anywhere rolls all of it back.
 */
public final class CurationService {
    /** Relationships an entity shows in a write's answer, as GET /api/entities/{id} shows by default. */
    private static final int SHOWN = 500;

    private final Database db;
    private final long maxSourceTextBytes;

    /** {@code maxSourceTextBytes}: MAX_SOURCE_TEXT_SIZE, the largest text a source may hold. */
    public CurationService(Database db, long maxSourceTextBytes) {
        this.db = db;
        this.maxSourceTextBytes = maxSourceTextBytes;
    }

    /** The fields of {@code POST /api/sources}: a Source's, its type implied. */
    private static final java.util.Set<String> SOURCE_FIELDS = java.util.Set.copyOf(
            new java.util.TreeSet<>(java.util.stream.Stream.concat(EntityFields.writable("Source").stream(),
                    java.util.stream.Stream.of("id")).toList()));

    /**
     * Creates a Source from {@code {"title", "publisher", "published", "url", "kind", "text", ...}}: the fields
     * of a Source entity, its {@code name} the title when not given.
     */
    public EntityJson createSource(Editor editor, JsonNode body) {
        if (!body.isObject()) throw ProblemException.badBody(null, "The body must be a JSON object");
        Fields.onlyKnown(body, SOURCE_FIELDS, "a source");
        Fields.name(body, "title", EntityFields.MAX_TITLE); // the name it gives, when none is given, is checked as a title
        var entity = ((com.fasterxml.jackson.databind.node.ObjectNode) body).deepCopy();
        entity.put("type", "Source");
        if (!entity.hasNonNull("name") && entity.path("title").isTextual()) entity.set("name", entity.get("title"));
        return createEntity(editor, entity);
    }

    /** Gives a source its held text, or replaces it ({@code text} null: removes it), under If-Match. */
    public EntityJson putText(Editor editor, String id, Precondition expected, String text) {
        var patch = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (text == null || text.isBlank()) patch.putNull(HeldTexts.TEXT);
        else patch.put(HeldTexts.TEXT, text);
        return db.writeTransaction(tx -> {
            var locked = EntityWrites.require(tx, id);
            if (!"Source".equals(locked.entity().type())) {
                throw ProblemException.notFound("source", id);
            }
            HeldTexts.checkSize(HeldTexts.text(patch, HeldTexts.TEXT), maxSourceTextBytes);
            EntityWrites.update(tx, editor, id, expected, patch);
            return EntityService.entity(tx, id, SHOWN);
        });
    }

    /** What a merge did, with the survivor as it is now. */
    public record MergedJson(String merged, String into, List<String> moved, List<String> dropped,
                             List<String> rewritten, String change, EntityJson entity) {
    }

    /** What a restore brought back, what it could not, and the entity as it is now. */
    public record RestoredJson(String id, List<String> relationships, List<String> skipped, String change,
                               EntityJson entity) {
    }

    public EntityJson createEntity(Editor editor, JsonNode body) {
        HeldTexts.checkSize(HeldTexts.text(body, HeldTexts.TEXT), maxSourceTextBytes);
        return db.writeTransaction(tx -> EntityService.created(EntityWrites.createNode(tx, editor, body).node()));
    }

    public EntityJson updateEntity(Editor editor, String id, Precondition expected, JsonNode patch) {
        HeldTexts.checkSize(HeldTexts.text(patch, HeldTexts.TEXT), maxSourceTextBytes);
        return db.writeTransaction(tx -> {
            EntityWrites.update(tx, editor, id, expected, patch);
            return EntityService.entity(tx, id, SHOWN);
        });
    }

    public EntityWrites.Deleted deleteEntity(Editor editor, String id, Precondition expected) {
        return db.writeTransaction(tx -> EntityWrites.delete(tx, editor, id, expected));
    }

    public RestoredJson restoreEntity(Editor editor, String id) {
        return db.writeTransaction(tx -> {
            var restored = EntityWrites.restore(tx, editor, id);
            return new RestoredJson(id, restored.relationships(), restored.skipped(), restored.change(),
                    EntityService.entity(tx, id, SHOWN));
        });
    }

    public MergedJson merge(Editor editor, String id, String into, Precondition expected) {
        return db.writeTransaction(tx -> {
            var merged = Merges.merge(tx, editor, id, into, expected);
            return new MergedJson(id, into, merged.moved(), merged.dropped(), merged.rewritten(), merged.change(),
                    EntityService.entity(tx, into, SHOWN));
        });
    }

    public RelationshipJson relationship(String id) {
        return db.readTransaction(tx -> relationship(tx, id));
    }

    public RelationshipJson createRelationship(Editor editor, JsonNode body) {
        return db.writeTransaction(tx -> relationship(tx, RelationshipWrites.create(tx, editor, body).id()));
    }

    public RelationshipJson updateRelationship(Editor editor, String id, Precondition expected, JsonNode patch) {
        return db.writeTransaction(tx -> {
            RelationshipWrites.update(tx, editor, id, expected, patch);
            return relationship(tx, id);
        });
    }

    public RelationshipWrites.Deleted deleteRelationship(Editor editor, String id, Precondition expected) {
        return db.writeTransaction(tx -> RelationshipWrites.delete(tx, editor, id, expected));
    }

    private static RelationshipJson relationship(SimpleQueryRunner tx, String id) {
        var rows = tx.run(CypherFile.query("app/curation/relationship-find.cypher"), Map.of("id", id)).list();
        if (rows.isEmpty()) throw ProblemException.notFound("relationship", id);
        var r = rows.get(0).get("r").asRelationship();
        var refs = GraphBuilder.References.lookUp(tx, GraphBuilder.referencedIds(List.of(r)));
        var edge = GraphBuilder.edge(r, rows.get(0).get("from").asString(), rows.get(0).get("to").asString(), refs);
        return new RelationshipJson(edge, EntityService.rev(r));
    }
}
