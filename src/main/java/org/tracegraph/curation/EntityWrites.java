package org.tracegraph.curation;

import org.tracegraph.core.Precondition;

import org.tracegraph.core.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Node;
import org.tracegraph.graph.GraphBuilder;
import org.neo4j.driver.exceptions.ClientException;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.Editor;
import org.tracegraph.core.DerivedProperties;
import org.tracegraph.json.Json;
import org.tracegraph.neo4j.CypherFile;

/**
 * Creating, editing, deleting and restoring entities, each inside a write transaction the caller owns (the
 * API opens one per request; an importer may run many in one batch). Every method checks all it is given
 * before it writes, records the change in {@link ChangeLog} in the same transaction, and throws an
 * {@link ProblemException} (which rolls the caller's transaction back) when it refuses.
 */
public final class EntityWrites {
    static final String REV = "rev";
    /** By type, the fields a new entity's body may have: its writable ones, its id and its type. */
    private static final Map<String, Set<String>> BODY_FIELDS = EntityFields.TYPES.stream().collect(
            java.util.stream.Collectors.toUnmodifiableMap(type -> type, type -> {
                var fields = new HashSet<>(EntityFields.writable(type));
                fields.addAll(List.of("id", "type"));
                return Set.copyOf(fields);
            }));

    private EntityWrites() {
    }

    /** An entity read under its write lock: its snapshot and current version. */
    public record Locked(Snapshot.Entity entity, long rev) {
    }

    /** What a deletion removed, and the change that records it (from which it can be restored). */
    public record Deleted(String id, int relationships, String change) {
    }

    /** What a restore brought back, and the relationships it could not (with why). */
    public record Restored(String id, List<String> relationships, List<String> skipped, String change) {
    }

    /**
     * Creates an entity from a body of fields: {@code type}, {@code id} (optional: made from the name) and the
     * fields of {@link EntityFields#writable}. Returns the entity as stored.
     */
    public static Snapshot.Entity create(TransactionContext tx, Editor editor, JsonNode body) {
        return createNode(tx, editor, body).entity();
    }

    /** The same, with the node as stored. */
    public static Created createNode(TransactionContext tx, Editor editor, JsonNode body) {
        var type = EntityFields.type(body);
        var properties = newProperties(type, body);
        return created(tx, editor, type, (String) properties.get("id"), properties);
    }

    /** A new entity as stored (its snapshot) and its node, as {@link #created} returns them. */
    public record Created(Snapshot.Entity entity, Node node) {
    }

    /**
     * Creates an entity from checked {@code properties} (its id among them, without its version) in two round
     * trips: one reads whether the id is free and the version to start at (entity-id-free.cypher), one creates
     * the entity and records the change (entity-create-recorded.cypher). Under load every round trip of a write
     * is time its transaction holds a write slot and its locks. The change records the properties as given,
     * which are what Neo4j stores (Snapshot sorts them and leaves out what the write model keeps for itself).
     */
    static Created created(TransactionContext tx, Editor editor, String type, String id,
                           LinkedHashMap<String, Object> properties) {
        var free = tx.run(CypherFile.query("app/curation/entity-id-free.cypher"),
                Map.of("id", id, "kind", ChangeLog.ENTITY)).single();
        Lookups.requireFree("id", id, free.get("entity").asBoolean(), GraphBuilder.string(free.get("mergedInto")));
        properties.put(REV, free.get("changes").asLong() + 1);
        var stored = DerivedProperties.of(type, properties);
        var snapshot = new Snapshot.Entity(id, type, Snapshot.properties(stored), null);
        var change = ChangeLog.change(editor, "create", ChangeLog.ENTITY, id, List.of(id), null, snapshot);
        try {
            var node = tx.run(CypherFile.query("app/curation/entity-create-recorded.cypher"),
                    Map.of("type", type, "properties", stored, "change", change)).single().get("n").asNode();
            return new Created(snapshot, node);
        } catch (ClientException e) {
            if (Conflicts.isUniquenessViolation(e)) {
                throw Conflicts.conflict("id", "The id '" + id + "' was taken a moment ago by another editor");
            }
            throw e;
        }
    }

    /**
     * The properties of a new entity of {@code type} from a body (checked; the id made from the name when the
     * body has none), without its version. Reads nothing: {@link BulkWrites} checks a batch with it too.
     */
    static LinkedHashMap<String, Object> newProperties(String type, JsonNode body) {
        Fields.onlyKnown(body, BODY_FIELDS.get(type), "a " + type);
        var properties = new LinkedHashMap<String, Object>();
        var given = Fields.id(body, "id");
        var fields = EntityFields.properties(type, body);
        properties.put("id", given != null ? given : EntityFields.slug((String) fields.get("name")));
        properties.putAll(fields);
        return properties;
    }

    /** What an {@link #upsert} did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** The entity as stored after an {@link #upsert}, and what the upsert did to it. */
    public record Upserted(Snapshot.Entity entity, Outcome outcome) {
    }

    /**
     * For imports: creates the entity {@code body} describes (its {@code id} is required), or, when one has the
     * id, applies the body to it as a merge patch (fields absent from the body stay; nothing is removed unless
     * sent as null) without a version check. The same body twice changes nothing the second time.
     */
    public static Upserted upsert(TransactionContext tx, Editor editor, JsonNode body) {
        var id = Fields.id(body, "id");
        if (id == null) throw ProblemException.badBody("id", "id is required to import an entity");
        var existing = lock(tx, id);
        if (existing.isEmpty()) return new Upserted(create(tx, editor, body), Outcome.CREATED);
        var after = update(tx, editor, id, Precondition.ANY, body);
        return new Upserted(after, rev(after.properties()) == existing.get().rev() ? Outcome.UNCHANGED : Outcome.UPDATED);
    }

    /** Locks an entity for the rest of {@code tx} and reads it; empty when no entity has the id. */
    public static Optional<Locked> lock(TransactionContext tx, String id) {
        var rows = tx.run(CypherFile.query("app/curation/entity-lock.cypher"), Map.of("id", id)).list();
        if (rows.isEmpty()) return Optional.empty();
        var entity = Snapshot.of(rows.get(0).get("n").asNode(), rows.get(0).get("type").asString());
        return Optional.of(new Locked(entity, rev(entity.properties())));
    }

    static Locked require(TransactionContext tx, String id) {
        return lock(tx, id).orElseThrow(() -> notFound(tx, id));
    }

    /** A 404 for an id; for the old id of a merged entity it says where the entity went. */
    static ProblemException notFound(TransactionContext tx, String id) {
        var into = Lookups.mergedInto(tx, id);
        if (into.isEmpty()) return ProblemException.notFound("entity", id);
        return ProblemType.NOT_FOUND.exception("'" + id + "' was merged into '" + into.get() + "': edit that one");
    }

    /**
     * Applies a JSON merge patch (RFC 7396) to an entity: a field given replaces the stored one, a field given
     * as null removes it, a field left out stays. {@code type} may change when every field of the old type
     * that the new one does not have is removed in the same patch. Writes nothing when nothing changes.
     */
    public static Snapshot.Entity update(TransactionContext tx, Editor editor, String id, Precondition expected,
                                         JsonNode patch) {
        var locked = require(tx, id);
        expected.check("entity", id, locked.rev());
        var before = locked.entity();
        var patched = patched(before, patch);
        if (patched == null) return before;
        var type = patched.type();
        var oldType = before.type();
        var properties = patched.properties();
        properties.put(REV, locked.rev() + 1);
        if (!type.equals(oldType)) {
            tx.run(CypherFile.query("app/curation/entity-retype.cypher"), Map.of("id", id, "from", oldType, "to", type))
                    .consume();
        }
        var node = tx.run(CypherFile.query("app/curation/entity-replace.cypher"),
                Map.of("id", id, "properties", DerivedProperties.of(type, properties))).single().get("n").asNode();
        var after = Snapshot.of(node, type);
        if (!java.util.Objects.equals(before.properties().get(HeldTexts.TEXT), after.properties().get(HeldTexts.TEXT))) {
            HeldTexts.reverify(tx, id);
        }
        ChangeLog.record(tx, editor, "update", ChangeLog.ENTITY, id, List.of(id), before, after);
        return after;
    }

    /** An entity's type and properties (without its version) after a merge patch. */
    record Patched(String type, LinkedHashMap<String, Object> properties) {
    }

    /**
     * Applies a merge patch to an entity as {@link #update} describes, checking it; null when it changes
     * nothing. Reads nothing: {@link BulkWrites} checks a batch with it too.
     */
    static Patched patched(Snapshot.Entity before, JsonNode patch) {
        var id = before.id();
        var oldType = before.type();
        var type = patch.hasNonNull("type") ? EntityFields.type(patch) : oldType;
        var allowed = new HashSet<>(EntityFields.writable(type));
        allowed.addAll(EntityFields.writable(oldType));
        allowed.addAll(List.of("id", "type"));
        Fields.onlyKnown(patch, allowed, "a " + type);
        if (patch.has("id") && !id.equals(patch.get("id").asText())) {
            throw ProblemException.badBody("id", "id cannot change: ids are what links and embeds point at. Merge this entity"
                    + " into another one to make its id lead there");
        }
        var fields = (ObjectNode) Json.objectMapper().valueToTree(before.properties());
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) fields.remove(field.getKey());
            else fields.set(field.getKey(), field.getValue());
        });
        if (!type.equals(oldType)) {
            for (var field : EntityFields.writable(oldType)) {
                if (!EntityFields.writable(type).contains(field) && fields.has(field)) {
                    throw ProblemException.badBody(field, "A " + type + " has no " + field + ": send \"" + field
                            + "\": null with the change of type");
                }
            }
        }
        // properties the editor cannot set (those of an import, say) stay as they are
        var properties = new LinkedHashMap<String, Object>(before.properties());
        properties.keySet().removeAll(allowed);
        properties.putAll(EntityFields.properties(type, fields));
        properties.put("id", id);
        properties.remove(REV);
        if (type.equals(oldType) && properties.equals(withoutRev(before.properties()))) return null;
        return new Patched(type, properties);
    }

    /**
     * Deletes an entity with its relationships, recording all of it so that {@link #restore} can bring it
     * back. Refused (409) while relationships other than its own cite it as a source or claimant.
     */
    public static Deleted delete(TransactionContext tx, Editor editor, String id, Precondition expected) {
        var locked = require(tx, id);
        expected.check("entity", id, locked.rev());
        var citing = tx.run(CypherFile.query("app/curation/cited-by.cypher"), Map.of("id", id, "limit", 6))
                .list(row -> row.get("id").asString());
        if (!citing.isEmpty()) {
            throw Conflicts.conflict(null, "'" + id + "' is cited as source or claimant by other relationships ("
                    + String.join(", ", citing.subList(0, Math.min(5, citing.size())))
                    + (citing.size() > 5 ? ", ..." : "") + "): change those first, or merge it into another entity");
        }
        var relationships = relationships(tx, id);
        var before = locked.entity().withRelationships(relationships);
        tx.run(CypherFile.query("app/curation/entity-delete.cypher"), Map.of("id", id)).consume();
        var concerned = new LinkedHashSet<String>(List.of(id));
        relationships.forEach(r -> concerned.addAll(List.of(r.from(), r.to())));
        var change = ChangeLog.record(tx, editor, "delete", ChangeLog.ENTITY, id, concerned, before, null);
        return new Deleted(id, relationships.size(), change);
    }

    /** Every relationship of an entity, both directions, as snapshots. */
    static List<Snapshot.Rel> relationships(TransactionContext tx, String id) {
        return tx.run(CypherFile.query("app/curation/entity-relationships-all.cypher"), Map.of("id", id))
                .list(row -> Snapshot.of(row.get("r").asRelationship(), row.get("from").asString(),
                        row.get("to").asString()));
    }

    /**
     * Brings back the entity as its last deletion recorded it, with each of its relationships whose other end
     * still exists, whose id is still free and which keeps at least one of its sources. A source or claimant
     * deleted since is left out of the relationship; the ones that cannot come back are listed with why.
     */
    public static Restored restore(TransactionContext tx, Editor editor, String id) {
        Lookups.requireFree(tx, "id", id);
        var deletion = tx.run(CypherFile.query("app/curation/last-deletion.cypher"), Map.of("id", id)).list();
        if (deletion.isEmpty()) {
            throw ProblemException.notFound("deleted entity", id);
        }
        var deleted = Snapshot.entity(deletion.get(0).get("c").asNode().get("before").asString());
        var properties = Snapshot.fromJson(deleted.properties());
        properties.put(REV, ChangeLog.firstRev(tx, ChangeLog.ENTITY, id));
        var node = tx.run(CypherFile.query("app/curation/entity-create.cypher"),
                Map.of("type", deleted.type(), "properties", DerivedProperties.of(deleted.type(), properties))).single().get("n").asNode();

        var wanted = new LinkedHashSet<String>();
        var rels = deleted.relationships() == null ? List.<Snapshot.Rel>of() : deleted.relationships();
        for (var r : rels) {
            wanted.addAll(List.of(r.from(), r.to()));
            wanted.addAll(RelationshipWrites.referencedIds(r.properties()));
        }
        var types = Lookups.types(tx, List.copyOf(wanted));
        RelationshipWrites.lockIds(tx, rels.stream().map(Snapshot.Rel::id).toList());
        var restored = new ArrayList<Snapshot.Rel>();
        var restoredIds = new ArrayList<String>();
        var skipped = new ArrayList<String>();
        var concerned = new LinkedHashSet<String>(List.of(id));
        for (var r : rels) {
            var other = r.from().equals(id) ? r.to() : r.from();
            if (!types.containsKey(other)) {
                skipped.add(r.id() + ": '" + other + "' no longer exists");
                continue;
            }
            if (RelationshipWrites.idTaken(tx, r.id())) {
                skipped.add(r.id() + ": its id is now used by another relationship");
                continue;
            }
            var relProperties = Snapshot.fromJson(r.properties());
            var sources = RelationshipWrites.strings(relProperties.get("sourceIds")).stream()
                    .filter(s -> "Source".equals(types.get(s))).toList();
            if (sources.isEmpty()) {
                skipped.add(r.id() + ": none of its sources exists any more");
                continue;
            }
            relProperties.put("sourceIds", sources);
            if (relProperties.get("claimedBy") instanceof String claimant && !types.containsKey(claimant)) {
                relProperties.remove("claimedBy");
            }
            relProperties.put(REV, ChangeLog.firstRev(tx, ChangeLog.RELATIONSHIP, r.id()));
            var created = RelationshipWrites.createRaw(tx, r.from(), r.to(), r.type(), relProperties);
            restored.add(Snapshot.of(created, r.from(), r.to()));
            restoredIds.add(r.id());
            concerned.add(other);
        }
        var after = Snapshot.of(node, deleted.type()).withRelationships(restored);
        var change = ChangeLog.record(tx, editor, "restore", ChangeLog.ENTITY, id, concerned, null, after);
        return new Restored(id, restoredIds, skipped, change);
    }

    static Map<String, Object> withoutRev(Map<String, Object> properties) {
        var copy = new LinkedHashMap<String, Object>(properties);
        copy.remove(REV);
        return copy;
    }

    static long rev(Map<String, Object> properties) {
        return properties.get(REV) instanceof Number n ? n.longValue() : 0L;
    }

    /** The distinct values of two lists, in order, without {@code except}. */
    static List<String> union(List<String> first, List<String> second, String except) {
        var all = new LinkedHashSet<String>(first);
        all.addAll(second);
        all.remove(except);
        return new ArrayList<>(all);
    }
}
