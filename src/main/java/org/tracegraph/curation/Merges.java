package org.tracegraph.curation;

import org.tracegraph.core.DerivedProperties;

import org.tracegraph.core.Precondition;

import org.tracegraph.core.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.tracegraph.core.Editor;
import org.tracegraph.neo4j.CypherFile;

/**
 * Merging a duplicate into the entity that survives, in the caller's write transaction: every relationship
 * moves over with its properties and evidence, the duplicate's name and aliases become aliases of the
 * survivor, fields the survivor lacks are taken from the duplicate, relationships elsewhere that cite the
 * duplicate as source or claimant cite the survivor, and the old id keeps leading to the survivor.
 * A relationship between the two would become a loop from the survivor to itself: it is dropped, and the
 * recorded change keeps it.
 */
public final class Merges {
    private static final List<String> DATES = List.of("date", "startDate", "endDate", "dateApprox");

    private Merges() {
    }

    /** What a merge did, and the change that records it. */
    public record Merged(String merged, String into, List<String> moved, List<String> dropped,
                         List<String> rewritten, String change) {
    }

    /** The two entities as they were, which the history keeps. */
    public record Before(Snapshot.Entity merged, Snapshot.Entity into) {
    }

    /** The survivor as it became, with what moved, what was dropped and what now cites it. */
    public record After(Snapshot.Entity into, List<String> moved, List<String> dropped, List<String> rewritten) {
    }

    public static Merged merge(TransactionContext tx, Editor editor, String id, String into, Precondition expected) {
        if (id.equals(into)) throw ProblemException.badBody("into", "into is the entity itself: name the one to merge it into");
        EntityWrites.Locked duplicate = null;
        EntityWrites.Locked survivor = null;
        for (var each : id.compareTo(into) < 0 ? List.of(id, into) : List.of(into, id)) {
            var locked = EntityWrites.lock(tx, each);
            if (each.equals(id)) duplicate = locked.orElseThrow(() -> EntityWrites.notFound(tx, id));
            else survivor = locked.orElseThrow(() -> ProblemException.badBody("into", "into names no entity: '" + into + "'"
                    + Lookups.mergedInto(tx, into).map(s -> " (it was merged into '" + s + "')").orElse("")));
        }
        expected.check("entity", id, duplicate.rev());
        var type = duplicate.entity().type();
        if (!type.equals(survivor.entity().type())) {
            throw ProblemException.badBody("into", "into is a " + survivor.entity().type() + " and '" + id + "' a " + type
                    + ": only entities of one type merge (change the type of one first)");
        }
        var relationships = EntityWrites.relationships(tx, id);
        var before = new Before(duplicate.entity().withRelationships(relationships), survivor.entity());

        var moved = new ArrayList<String>();
        var dropped = new ArrayList<String>();
        var concerned = new LinkedHashSet<String>(List.of(id, into));
        for (var r : relationships) {
            var from = r.from().equals(id) ? into : r.from();
            var to = r.to().equals(id) ? into : r.to();
            if (from.equals(to)) {
                dropped.add(r.id());
                continue;
            }
            var properties = Snapshot.fromJson(r.properties());
            properties.put(EntityWrites.REV, EntityWrites.rev(r.properties()) + 1);
            RelationshipWrites.createRaw(tx, from, to, r.type(), properties);
            moved.add(r.id());
            concerned.addAll(List.of(from, to));
        }
        tx.run(CypherFile.query("app/curation/entity-delete.cypher"), Map.of("id", id)).consume();
        var rewritten = tx.run(CypherFile.query("app/curation/references-rewrite.cypher"),
                Map.of("from", id, "into", into)).list(row -> row.get("id").asString());

        var properties = survivorProperties(duplicate.entity().properties(), survivor.entity().properties());
        properties.put(EntityWrites.REV, survivor.rev() + 1);
        var node = tx.run(CypherFile.query("app/curation/entity-replace.cypher"),
                Map.of("id", into, "properties", DerivedProperties.of(type, properties))).single().get("n").asNode();
        tx.run(CypherFile.query("app/curation/redirect.cypher"), Map.of("from", id, "into", into)).consume();

        var after = new After(Snapshot.of(node, type), moved, dropped, rewritten);
        var change = ChangeLog.record(tx, editor, "merge", ChangeLog.ENTITY, id, concerned, before, after);
        return new Merged(id, into, moved, dropped, rewritten, change);
    }

    /**
     * The survivor's properties, with the duplicate's name and aliases added to its aliases and the fields it
     * lacks taken from the duplicate; dates only as a whole, so an event never gets both a date and a period.
     */
    static Map<String, Object> survivorProperties(Map<String, Object> duplicate, Map<String, Object> survivor) {
        var properties = new LinkedHashMap<String, Object>(survivor);
        var name = String.valueOf(survivor.get("name"));
        var names = new ArrayList<>(RelationshipWrites.strings(survivor.get("aliases")));
        names.add(String.valueOf(duplicate.get("name")));
        names.addAll(RelationshipWrites.strings(duplicate.get("aliases")));
        properties.put("aliases", EntityWrites.union(names, List.of(), name));
        boolean dated = DATES.stream().anyMatch(survivor::containsKey);
        duplicate.forEach((key, value) -> {
            if (key.equals("id") || key.equals(EntityWrites.REV) || (dated && DATES.contains(key))) return;
            properties.putIfAbsent(key, value);
        });
        return properties;
    }
}
