package org.tracegraph.curation;

import org.tracegraph.core.Precondition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Relationship;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.Editor;
import org.tracegraph.json.Json;
import org.tracegraph.neo4j.CypherFile;

/**
 * Creating, editing and deleting relationships with their evidence, inside a write transaction the caller
 * owns; each change is recorded in {@link ChangeLog} in that transaction (see {@link EntityWrites}).
 * A relationship's type and ends do not change: a different claim is a new relationship.
 */
public final class RelationshipWrites {
    private static final String ENTITY_NOT_FOUND = "Neo.ClientError.Statement.EntityNotFound";
    private static final java.util.Set<String> FIXED = java.util.Set.of("id", "type", "from", "to");
    /** The fields a relationship's body may have. */
    private static final java.util.Set<String> BODY_FIELDS = java.util.stream.Stream.concat(FIXED.stream(),
            RelationshipFields.WRITABLE.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private RelationshipWrites() {
    }

    /** A relationship read under its write lock. */
    public record Locked(Snapshot.Rel relationship, String elementId, long rev) {
    }

    /** What a deletion removed, and the change that records it. */
    public record Deleted(String id, String change) {
    }

    /**
     * Creates a relationship from {@code type}, {@code from}, {@code to}, an optional {@code id} (else
     * {@code from-type-to}, with -2, -3... when that is taken, as in the seed) and the fields of
     * {@link RelationshipFields#WRITABLE}. Returns it as stored.
     */
    public static Snapshot.Rel create(TransactionContext tx, Editor editor, JsonNode body) {
        var checked = fresh(body);
        var type = checked.type();
        var from = checked.from();
        var to = checked.to();
        var given = checked.id();
        var properties = checked.properties();
        // The ends are not locked: a create holds no lock but its id's until it writes, so links to a busy
        // entity do not queue behind each other. Neo4j locks the ends when the relationship is created; an end
        // deleted or merged meanwhile makes the write a conflict (createRaw).
        var references = new ArrayList<>(List.of(from, to));
        references.addAll(referencedIds(properties));
        checkAgainst(checked, Lookups.types(tx, references), end -> Lookups.mergedInto(tx, end));
        HeldTexts.verify(tx, properties);
        String id;
        if (given != null) {
            lockIds(tx, List.of(given));
            if (idTaken(tx, given)) throw Conflicts.conflict("id", "The relationship id '" + given + "' is taken");
            id = given;
        } else {
            id = freeId(tx, from + "-" + RelationshipFields.kebab(type) + "-" + to);
        }
        var stored = new LinkedHashMap<String, Object>();
        stored.put("id", id);
        stored.putAll(properties);
        stored.put(EntityWrites.REV, ChangeLog.firstRev(tx, ChangeLog.RELATIONSHIP, id));
        var created = Snapshot.of(createRaw(tx, from, to, type, stored), from, to);
        ChangeLog.record(tx, editor, "create", ChangeLog.RELATIONSHIP, id, List.of(from, to), null, created);
        return created;
    }

    /** A new relationship's fixed fields and properties, checked against nothing but themselves. */
    record Fresh(String id, String type, String from, String to, Map<String, Object> properties) {
    }

    /**
     * Checks the body of a new relationship (see {@link #create}); its {@code id} may be null. Reads nothing:
     * {@link BulkWrites} checks a batch with it too.
     */
    static Fresh fresh(JsonNode body) {
        Fields.onlyKnown(body, BODY_FIELDS, "a relationship");
        var type = RelationshipFields.type(body);
        var from = Fields.id(body, "from");
        var to = Fields.id(body, "to");
        if (from == null) throw ProblemException.badBody("from", "from is required: the id of the entity the claim starts at");
        if (to == null) throw ProblemException.badBody("to", "to is required: the id of the entity the claim points at");
        if (from.equals(to)) throw ProblemException.badBody("to", "to is the same entity as from: a relationship joins two");
        return new Fresh(Fields.id(body, "id"), type, from, to, RelationshipFields.properties(body));
    }

    /** The relationship as stored after an {@link #upsert}, and what the upsert did to it. */
    public record Upserted(Snapshot.Rel relationship, EntityWrites.Outcome outcome) {
    }

    /**
     * For imports: creates the relationship {@code body} describes (its {@code id} is required), or, when one
     * has the id, applies the body's evidence to it as a merge patch without a version check (its type and
     * ends must be the ones given). The same body twice changes nothing the second time.
     */
    public static Upserted upsert(TransactionContext tx, Editor editor, JsonNode body) {
        var id = Fields.id(body, "id");
        if (id == null) throw ProblemException.badBody("id", "id is required to import a relationship");
        var existing = lock(tx, id);
        if (existing.isEmpty()) return new Upserted(create(tx, editor, body), EntityWrites.Outcome.CREATED);
        var after = update(tx, editor, id, Precondition.ANY, body);
        return new Upserted(after, EntityWrites.rev(after.properties()) == existing.get().rev()
                ? EntityWrites.Outcome.UNCHANGED : EntityWrites.Outcome.UPDATED);
    }

    /** Locks a relationship for the rest of {@code tx} and reads it; empty when no relationship has the id. */
    public static Optional<Locked> lock(TransactionContext tx, String id) {
        var rows = tx.run(CypherFile.query("app/curation/relationship-lock.cypher"), Map.of("id", id)).list();
        if (rows.isEmpty()) return Optional.empty();
        var r = rows.get(0).get("r").asRelationship();
        var snapshot = Snapshot.of(r, rows.get(0).get("from").asString(), rows.get(0).get("to").asString());
        return Optional.of(new Locked(snapshot, r.elementId(), EntityWrites.rev(snapshot.properties())));
    }

    private static Locked require(TransactionContext tx, String id) {
        return lock(tx, id).orElseThrow(() -> ProblemException.notFound("relationship", id));
    }

    /**
     * Applies a JSON merge patch to a relationship's evidence and qualifiers (see
     * {@link EntityWrites#update}); its id, type and ends cannot change. Writes nothing when nothing changes.
     */
    public static Snapshot.Rel update(TransactionContext tx, Editor editor, String id, Precondition expected,
                                      JsonNode patch) {
        var locked = require(tx, id);
        expected.check("relationship", id, locked.rev());
        var before = locked.relationship();
        var properties = patched(before, patch);
        if (properties == null) return before;
        checkReferences(tx, properties);
        HeldTexts.verify(tx, properties);
        properties.put(EntityWrites.REV, locked.rev() + 1);
        var r = tx.run(CypherFile.query("app/curation/relationship-replace.cypher"),
                Map.of("elementId", locked.elementId(), "properties", properties)).single().get("r").asRelationship();
        var after = Snapshot.of(r, before.from(), before.to());
        ChangeLog.record(tx, editor, "update", ChangeLog.RELATIONSHIP, id, List.of(before.from(), before.to()),
                before, after);
        return after;
    }

    /**
     * Applies a merge patch to a relationship as {@link #update} describes: its properties after it (without
     * the version), or null when it changes nothing. Whether the sources and claimant exist is for the caller
     * to check ({@link #checkReferences}).
     */
    static LinkedHashMap<String, Object> patched(Snapshot.Rel before, JsonNode patch) {
        var id = before.id();
        Fields.onlyKnown(patch, BODY_FIELDS, "a relationship");
        var fixed = Map.of("id", before.id(), "type", before.type(), "from", before.from(), "to", before.to());
        for (var field : FIXED) {
            if (patch.has(field) && !fixed.get(field).equals(patch.get(field).asText())) {
                throw ProblemException.badBody(field, field + " of a relationship cannot change: a different claim is a new"
                        + " relationship (create it, then delete this one)");
            }
        }
        var fields = (ObjectNode) Json.objectMapper().valueToTree(before.properties());
        FIXED.forEach(fields::remove);
        patch.fields().forEachRemaining(field -> {
            if (FIXED.contains(field.getKey())) return;
            if (field.getValue().isNull()) fields.remove(field.getKey());
            else fields.set(field.getKey(), field.getValue());
        });
        var properties = new LinkedHashMap<String, Object>(before.properties());
        properties.keySet().removeAll(RelationshipFields.WRITABLE);
        properties.putAll(RelationshipFields.properties(fields));
        properties.put("id", id);
        properties.remove(EntityWrites.REV);
        return properties.equals(EntityWrites.withoutRev(before.properties())) ? null : properties;
    }

    public static Deleted delete(TransactionContext tx, Editor editor, String id, Precondition expected) {
        var locked = require(tx, id);
        expected.check("relationship", id, locked.rev());
        tx.run(CypherFile.query("app/curation/relationship-delete.cypher"), Map.of("elementId", locked.elementId()))
                .consume();
        var before = locked.relationship();
        var change = ChangeLog.record(tx, editor, "delete", ChangeLog.RELATIONSHIP, id,
                List.of(before.from(), before.to()), before, null);
        return new Deleted(id, change);
    }

    /**
     * Refuses a new relationship whose ends are no entity (saying where a merged one went, through
     * {@code mergedInto}) or whose evidence names no source or claimant; {@code types} maps the entity ids it
     * refers to to their types.
     */
    static void checkAgainst(Fresh fresh, Map<String, String> types,
                             java.util.function.Function<String, Optional<String>> mergedInto) {
        for (var end : List.of(fresh.from(), fresh.to())) {
            if (!types.containsKey(end)) {
                var field = end.equals(fresh.from()) ? "from" : "to";
                throw ProblemException.badBody(field, field + " names no entity: '" + end + "'" + mergedInto.apply(end)
                        .map(into -> " (it was merged into '" + into + "')").orElse(""));
            }
        }
        checkReferences(types, fresh.properties());
    }

    /** Refuses sources that are not Source entities and a claimant that is no entity, naming the field. */
    static void checkReferences(TransactionContext tx, Map<String, Object> properties) {
        checkReferences(Lookups.types(tx, referencedIds(properties)), properties);
    }

    /** The same, with the types of the referenced ids already read ({@link Lookups#types}). */
    static void checkReferences(Map<String, String> types, Map<String, Object> properties) {
        for (var source : strings(properties.get("sourceIds"))) {
            var type = types.get(source);
            if (type == null) {
                throw ProblemException.badBody("sourceIds", "sourceIds names no entity: '" + source + "'; create the Source first");
            }
            if (!"Source".equals(type)) {
                throw ProblemException.badBody("sourceIds", "sourceIds must name Source entities; '" + source + "' is a " + type);
            }
        }
        if (properties.get("claimedBy") instanceof String claimant && !types.containsKey(claimant)) {
            throw ProblemException.badBody("claimedBy", "claimedBy names no entity: '" + claimant + "'");
        }
    }

    /** The entities a relationship's evidence refers to: its sources and its claimant. */
    static List<String> referencedIds(Map<String, Object> properties) {
        var ids = new ArrayList<>(strings(properties.get("sourceIds")));
        if (properties.get("claimedBy") instanceof String claimant) ids.add(claimant);
        return ids;
    }

    static List<String> strings(Object value) {
        var strings = new ArrayList<String>();
        if (value instanceof List<?> list) list.forEach(item -> strings.add(String.valueOf(item)));
        return strings;
    }

    static boolean idTaken(TransactionContext tx, String id) {
        return !tx.run(CypherFile.query("app/curation/relationship-find.cypher"), Map.of("id", id)).list().isEmpty();
    }

    /**
     * The first of {@code base}, {@code base-2}, {@code base-3}... that no relationship has, locked for the rest
     * of {@code tx} ({@link #lockIds}). Each candidate is checked again once locked: a write that gives its own
     * id may have claimed it between the read of the taken ids and the lock.
     */
    private static String freeId(TransactionContext tx, String base) {
        lockIds(tx, List.of(base));
        var taken = new HashSet<>(tx.run(CypherFile.query("app/curation/relationship-ids-like.cypher"),
                Map.of("base", base)).list(row -> row.get("id").asString()));
        for (int n = 1; ; n++) {
            var candidate = n == 1 ? base : base + "-" + n;
            if (taken.contains(candidate)) continue;
            if (n == 1) return candidate;
            lockIds(tx, List.of(candidate));
            if (!idTaken(tx, candidate)) return candidate;
        }
    }

    /**
     * Locks relationship ids for the rest of {@code tx} (relationship-ids-lock.cypher): another write that
     * claims one of them waits until this one ends, then sees what it wrote.
     */
    static void lockIds(TransactionContext tx, java.util.Collection<String> ids) {
        if (ids.isEmpty()) return;
        tx.run(CypherFile.query("app/curation/relationship-ids-lock.cypher"),
                Map.of("ids", ids.stream().distinct().sorted().toList())).consume();
    }

    /**
     * Creates a relationship with exactly the properties given (checked by the caller). An end deleted or merged
     * by another write since the caller read it makes the whole write a 409: nothing of it is kept.
     */
    static Relationship createRaw(TransactionContext tx, String from, String to, String type,
                                  Map<String, Object> properties) {
        List<org.neo4j.driver.Record> rows;
        try {
            rows = tx.run(CypherFile.query("app/curation/relationship-create.cypher"),
                    Map.of("from", from, "to", to, "type", type, "properties", properties)).list();
        } catch (ClientException e) {
            // the end was there when the statement matched it, and deleted before Neo4j locked it
            if (!ENTITY_NOT_FOUND.equals(e.code())) throw e;
            rows = List.of();
        }
        if (rows.isEmpty()) {
            throw Conflicts.conflict(null, "'" + from + "' or '" + to + "' was deleted or merged by another write"
                    + " while this one linked them; nothing was written. Look them up again and retry.");
        }
        return rows.get(0).get("r").asRelationship();
    }
}
