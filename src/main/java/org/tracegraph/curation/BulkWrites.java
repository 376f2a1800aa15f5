package org.tracegraph.curation;

import org.tracegraph.core.DerivedProperties;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.TransactionContext;
import org.tracegraph.curation.EntityWrites.Outcome;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.Editor;
import org.tracegraph.neo4j.CypherFile;

/**
 * {@link EntityWrites#upsert} and {@link RelationshipWrites#upsert} for a whole batch of an import, in the
 * caller's transaction, with a fixed number of statements whatever the batch's size: one read that locks
 * what exists, the same checks in Java, then one {@code UNWIND} statement each for what is created, what is
 * replaced, and the history. Every row written gets its own {@code :Change}, as it would one by one, so the
 * history cannot tell a bulk import from a slow one.
 *
 * <p>A row is checked against the graph as the rows before it in the batch left it (a row that patches an
 * entity created a few rows earlier is an update, recorded as one). A refused row changes nothing and is
 * returned with why.
 */
public final class BulkWrites {
    private static final int GROUP = 500;
    private BulkWrites() {
    }

    /** What became of one row: its outcome, or the problem that refused it. */
    public record Result(Outcome outcome, ProblemException refused) {
        static Result done(Outcome outcome) {
            return new Result(outcome, null);
        }

        static Result refused(ProblemException e) {
            return new Result(null, e);
        }
    }

    /** An entity or relationship as the batch has left it so far. */
    private static final class State<S> {
        final boolean existed;
        final String originalType;
        final String elementId;
        S snapshot;
        boolean written;

        State(boolean existed, String originalType, String elementId, S snapshot) {
            this.existed = existed;
            this.originalType = originalType;
            this.elementId = elementId;
            this.snapshot = snapshot;
        }
    }

    /**
     * The ids of a batch's rows: each row's id (null where it has none), the distinct ids in row order, and a
     * result per row, already the refusal for a row without a valid id.
     */
    private record RowIds(LinkedHashSet<String> ids, List<String> rowIds, List<Result> results) {
        static RowIds of(List<JsonNode> rows, String what) {
            var batch = new RowIds(new LinkedHashSet<>(), new ArrayList<>(rows.size()), new ArrayList<>(rows.size()));
            for (var row : rows) {
                try {
                    var id = rowId(row, what);
                    batch.ids.add(id);
                    batch.rowIds.add(id);
                    batch.results.add(null);
                } catch (ProblemException e) {
                    batch.rowIds.add(null);
                    batch.results.add(Result.refused(e));
                }
            }
            return batch;
        }
    }

    /** The id of an import row ({@code what}: "an entity", "a relationship"), which it must have. */
    public static String rowId(JsonNode row, String what) {
        var id = Fields.id(row, "id");
        if (id == null) throw ProblemException.badBody("id", "id is required to import " + what);
        return id;
    }

    /**
     * A new entity from an import row with the id {@code id}, checked, at version {@code rev}: what an import
     * creates, without reading the graph (the offline load checks its rows with it too).
     */
    public static Snapshot.Entity newEntity(JsonNode row, String id, long rev) {
        var type = EntityFields.type(row);
        var properties = EntityWrites.newProperties(type, row);
        properties.put(EntityWrites.REV, rev);
        return new Snapshot.Entity(id, type, Snapshot.properties(properties), null);
    }

    /**
     * A new relationship from an import row with the id {@code id}, checked, at version {@code rev}; its ends,
     * sources and claimant must be among {@code types} (entity id to type). {@code mergedInto} says where an
     * end that is missing went, when the graph knows.
     */
    public static Snapshot.Rel newRelationship(JsonNode row, String id, Map<String, String> types, long rev,
                                               Function<String, Optional<String>> mergedInto) {
        var fresh = RelationshipWrites.fresh(row);
        RelationshipWrites.checkAgainst(fresh, types, mergedInto);
        var properties = new LinkedHashMap<String, Object>();
        properties.put("id", id);
        properties.putAll(fresh.properties());
        properties.put(EntityWrites.REV, rev);
        return new Snapshot.Rel(id, fresh.type(), fresh.from(), fresh.to(), Snapshot.properties(properties));
    }

    /**
     * {@link #newRelationship}, its quote checked against {@code texts} (the held texts of its sources, by id)
     * as every write checks it ({@link HeldTexts}): refused when they should hold it and do not.
     */
    public static Snapshot.Rel newRelationship(JsonNode row, String id, Map<String, String> types, long rev,
                                               Function<String, Optional<String>> mergedInto,
                                               Map<String, String> texts) {
        var created = newRelationship(row, id, types, rev, mergedInto);
        HeldTexts.verify(created.properties(), texts);
        return created;
    }

    /** Upserts entities from import rows ({@code id} required); results in the order of the rows. */
    public static List<Result> entities(TransactionContext tx, Editor editor, List<JsonNode> rows) {
        var batch = RowIds.of(rows, "an entity");
        var ids = batch.ids();
        var results = batch.results();
        var rowIds = batch.rowIds();
        var states = new HashMap<String, State<Snapshot.Entity>>();
        var mergedInto = new HashMap<String, String>();
        var changeCounts = new HashMap<String, Long>();
        var textChanged = new LinkedHashSet<String>();
        var originalTexts = new HashMap<String, String>();
        tx.run(CypherFile.query("app/curation/bulk/entities-lock.cypher"), Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(found -> {
                    var id = found.get("id").asString();
                    changeCounts.put(id, found.get("changes").asLong());
                    if (!found.get("mergedInto").isNull()) mergedInto.put(id, found.get("mergedInto").asString());
                    if (!found.get("n").isNull()) {
                        var type = found.get("type").asString();
                        states.put(id, new State<>(true, type, null, Snapshot.of(found.get("n").asNode(), type)));
                        var text = found.get("n").asNode().get(HeldTexts.TEXT);
                        if (!text.isNull()) originalTexts.put(id, text.asString());
                    }
                });

        var changes = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < rows.size(); i++) {
            if (results.get(i) != null) continue;
            var id = rowIds.get(i);
            try {
                results.set(i, Result.done(entity(editor, rows.get(i), id, states, mergedInto, changeCounts, changes)));
                var state = states.get(id);
                if (state != null && state.existed && state.written && !java.util.Objects.equals(
                        state.snapshot.properties().get(HeldTexts.TEXT), originalTexts.get(id))) {
                    textChanged.add(id);
                }
            } catch (ProblemException e) {
                results.set(i, Result.refused(e));
            }
        }

        var creates = new ArrayList<Map<String, Object>>();
        var replaces = new ArrayList<Map<String, Object>>();
        states.forEach((id, state) -> {
            if (!state.written) return;
            var entity = state.snapshot;
            if (!state.existed) {
                creates.add(Map.of("type", entity.type(), "properties", DerivedProperties.of(entity.type(), entity.properties())));
            } else {
                replaces.add(Map.of("id", id, "from", state.originalType, "to", entity.type(),
                        "properties", DerivedProperties.of(entity.type(), entity.properties())));
            }
        });
        write(tx, "entities-create.cypher", creates);
        write(tx, "entities-replace.cypher", replaces);
        // a held text replaced: the relationships that cite it find their quotes anew, or the batch is refused
        for (var id : textChanged) HeldTexts.reverify(tx, id);
        write(tx, "changes-record.cypher", changes);
        return results;
    }

    private static Outcome entity(Editor editor, JsonNode row, String id, Map<String, State<Snapshot.Entity>> states,
                                  Map<String, String> mergedInto, Map<String, Long> changeCounts,
                                  List<Map<String, Object>> changes) {
        var state = states.get(id);
        if (state == null) {
            if (mergedInto.containsKey(id)) {
                throw Conflicts.conflict("id", "The id '" + id + "' belonged to an entity merged into '"
                        + mergedInto.get(id) + "', and still leads there: give this one another id");
            }
            var created = newEntity(row, id, changeCounts.getOrDefault(id, 0L) + 1);
            state = new State<>(false, created.type(), null, created);
            state.written = true;
            states.put(id, state);
            changes.add(ChangeLog.change(editor, "create", ChangeLog.ENTITY, id, List.of(id), null, created));
            return Outcome.CREATED;
        }
        var before = state.snapshot;
        var patched = EntityWrites.patched(before, row);
        if (patched == null) return Outcome.UNCHANGED;
        var properties = patched.properties();
        properties.put(EntityWrites.REV, EntityWrites.rev(before.properties()) + 1);
        var after = new Snapshot.Entity(id, patched.type(), Snapshot.properties(properties), null);
        state.snapshot = after;
        state.written = true;
        changes.add(ChangeLog.change(editor, "update", ChangeLog.ENTITY, id, List.of(id), before, after));
        return Outcome.UPDATED;
    }

    /** Upserts relationships from import rows ({@code id} required); results in the order of the rows. */
    public static List<Result> relationships(TransactionContext tx, Editor editor, List<JsonNode> rows) {
        var batch = RowIds.of(rows, "a relationship");
        var ids = batch.ids();
        var results = batch.results();
        var rowIds = batch.rowIds();
        var states = new HashMap<String, State<Snapshot.Rel>>();
        // the new ids too: another write that claims one of them at the same moment waits for this batch
        RelationshipWrites.lockIds(tx, ids);
        tx.run(CypherFile.query("app/curation/bulk/relationships-lock.cypher"), Map.of("groups", groups(ids)))
                .forEachRemaining(found -> {
                    var r = Snapshot.of(found.get("r").asRelationship(), found.get("from").asString(),
                            found.get("to").asString());
                    states.put(r.id(), new State<>(true, r.type(), found.get("elementId").asString(), r));
                });
        var newIds = ids.stream().filter(id -> !states.containsKey(id)).toList();
        var changeCounts = new HashMap<String, Long>();
        if (!newIds.isEmpty()) {
            tx.run(CypherFile.query("app/curation/bulk/change-counts.cypher"),
                            Map.of("kind", ChangeLog.RELATIONSHIP, "ids", newIds))
                    .forEachRemaining(row -> changeCounts.put(row.get("id").asString(), row.get("changes").asLong()));
        }

        // every entity the rows and the relationships they patch refer to: ends, sources, claimants
        var referenced = new LinkedHashSet<String>();
        for (var row : rows) {
            for (var field : List.of("from", "to", "claimedBy")) {
                if (row.path(field).isTextual()) referenced.add(row.get(field).asText());
            }
            row.path("sourceIds").forEach(source -> {
                if (source.isTextual()) referenced.add(source.asText());
            });
        }
        states.values().forEach(state -> referenced.addAll(RelationshipWrites.referencedIds(state.snapshot.properties())));
        var types = Lookups.types(tx, List.copyOf(referenced));
        var texts = HeldTexts.read(tx, referenced);

        var changes = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < rows.size(); i++) {
            if (results.get(i) != null) continue;
            try {
                results.set(i, Result.done(relationship(tx, editor, rows.get(i), rowIds.get(i), states, types,
                        texts, changeCounts, changes)));
            } catch (ProblemException e) {
                results.set(i, Result.refused(e));
            }
        }

        var creates = new ArrayList<Map<String, Object>>();
        var replaces = new ArrayList<Map<String, Object>>();
        states.values().forEach(state -> {
            if (!state.written) return;
            var r = state.snapshot;
            if (!state.existed) {
                creates.add(Map.of("from", r.from(), "to", r.to(), "type", r.type(), "properties", r.properties()));
            } else {
                replaces.add(Map.of("elementId", state.elementId, "properties", r.properties()));
            }
        });
        int created = write(tx, "relationships-create.cypher", creates);
        if (created != creates.size()) {
            // an end was deleted by another transaction since this one checked it: the batch is rolled back
            throw new IllegalStateException("An entity that relationships of this batch join was deleted meanwhile");
        }
        write(tx, "relationships-replace.cypher", replaces);
        write(tx, "changes-record.cypher", changes);
        return results;
    }

    private static Outcome relationship(TransactionContext tx, Editor editor, JsonNode row, String id,
                                        Map<String, State<Snapshot.Rel>> states, Map<String, String> types,
                                        Map<String, String> texts, Map<String, Long> changeCounts,
                                        List<Map<String, Object>> changes) {
        var state = states.get(id);
        if (state == null) {
            var created = newRelationship(row, id, types, changeCounts.getOrDefault(id, 0L) + 1,
                    end -> Lookups.mergedInto(tx, end));
            HeldTexts.verify(created.properties(), texts);
            state = new State<>(false, created.type(), null, created);
            state.written = true;
            states.put(id, state);
            changes.add(ChangeLog.change(editor, "create", ChangeLog.RELATIONSHIP, id, List.of(created.from(), created.to()),
                    null, created));
            return Outcome.CREATED;
        }
        var before = state.snapshot;
        var properties = RelationshipWrites.patched(before, row);
        if (properties == null) return Outcome.UNCHANGED;
        RelationshipWrites.checkReferences(types, properties);
        HeldTexts.verify(properties, texts);
        properties.put(EntityWrites.REV, EntityWrites.rev(before.properties()) + 1);
        var after = new Snapshot.Rel(id, before.type(), before.from(), before.to(), Snapshot.properties(properties));
        state.snapshot = after;
        state.written = true;
        changes.add(ChangeLog.change(editor, "update", ChangeLog.RELATIONSHIP, id, List.of(before.from(), before.to()),
                before, after));
        return Outcome.UPDATED;
    }

    /** Ids in groups of at most {@value #GROUP}: one index query each (see relationships-lock.cypher). */
    private static List<List<String>> groups(Collection<String> ids) {
        var all = List.copyOf(ids);
        var groups = new ArrayList<List<String>>();
        for (int start = 0; start < all.size(); start += GROUP) {
            groups.add(all.subList(start, Math.min(all.size(), start + GROUP)));
        }
        return groups;
    }

    /** Runs one of the bulk statements over its rows (none: no round trip); returns the count it returns. */
    private static int write(TransactionContext tx, String file, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return 0;
        return tx.run(CypherFile.query("app/curation/bulk/" + file), Map.of("rows", rows)).single().get(0).asInt();
    }
}
