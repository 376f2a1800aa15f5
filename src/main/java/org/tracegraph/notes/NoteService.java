package org.tracegraph.notes;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Node;
import org.tracegraph.core.Editor;
import org.tracegraph.core.Precondition;
import org.tracegraph.core.ProblemException;
import org.tracegraph.curation.ChangeLog;
import org.tracegraph.curation.Fields;
import org.tracegraph.graph.Redirects;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * Editors' private notes on entities, relationships and saved views. A note is a {@code :Note} linked to nothing
 * (cypher/app/notes/), so that what readers, embeds, exports and analysts' Cypher can reach never holds one; every
 * write is recorded in the history in its own transaction, as edits of the graph are.
 */
public final class NoteService {
    public static final String KIND = "note";
    private static final int MAX_LISTED = 500;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database db;

    public NoteService(Database db) {
        this.db = db;
    }

    /** What a deletion removed, and the change that recorded it. */
    public record Deleted(String deleted, String change) {
    }

    public NoteJson.Page notes(NoteTarget kind, String id) {
        return db.readTransaction(tx -> {
            var ids = new ArrayList<>(List.of(id));
            if (kind == NoteTarget.ENTITY) {
                ids.addAll(tx.run(CypherFile.query("app/curation/redirected-here.cypher"), Map.of("id", id))
                        .list(row -> row.get("from").asString()));
            }
            var notes = tx.run(CypherFile.query("app/notes/notes-on.cypher"), Map.of("targetKind", kind.key(),
                    "targetIds", ids, "limit", MAX_LISTED + 1)).list(row -> json(row.get("n").asNode()));
            // notes outlive a deleted target (a restore brings it back with them); an id never used is a 404
            if (notes.isEmpty()) entityIds(tx, kind, id);
            var truncated = notes.size() > MAX_LISTED;
            return new NoteJson.Page(truncated ? notes.subList(0, MAX_LISTED) : notes, truncated);
        });
    }

    public NoteJson note(String id) {
        return db.readTransaction(tx -> json(find(tx, "app/notes/note.cypher", id)));
    }

    public NoteJson create(Editor editor, JsonNode body) {
        Fields.onlyKnown(body, Set.of("entity", "relationship", "view", "text"), "a note");
        NoteTarget kind = null;
        String targetId = null;
        for (var candidate : NoteTarget.values()) {
            var id = Fields.id(body, candidate.key());
            if (id == null) continue;
            if (kind != null) {
                throw ProblemException.badBody(candidate.key(), "A note is about one thing: give only one of "
                        + NoteTarget.keys());
            }
            kind = candidate;
            targetId = id;
        }
        if (kind == null) {
            throw ProblemException.badBody("entity", "Say what the note is about: the id of an entity, a relationship"
                    + " or a saved view, in the field " + NoteTarget.keys());
        }
        var text = text(body);
        var target = kind;
        var given = targetId;
        return db.writeTransaction(tx -> {
            var id = target == NoteTarget.ENTITY ? Redirects.survivor(tx, given).orElse(given) : given;
            var entityIds = entityIds(tx, target, id);
            var params = new HashMap<String, Object>();
            params.put("id", newId());
            params.put("targetKind", target.key());
            params.put("targetId", id);
            params.put("text", text);
            params.put("author", editor.name());
            params.put("authorClaim", editor.claim());
            var note = json(tx.run(CypherFile.query("app/notes/note-create.cypher"), params).single().get("n").asNode());
            ChangeLog.record(tx, editor, "create", KIND, note.id(), entityIds, null, note);
            return note;
        });
    }

    public NoteJson update(Editor editor, String id, Precondition expected, JsonNode body) {
        Fields.onlyKnown(body, Set.of("text"), "a note's edit (what it is about never changes)");
        var text = text(body);
        return db.writeTransaction(tx -> {
            var before = json(find(tx, "app/notes/note-lock.cypher", id));
            expected.check("note", id, before.rev());
            var params = new HashMap<String, Object>();
            params.put("id", id);
            params.put("text", text);
            params.put("editor", editor.name());
            params.put("editorClaim", editor.claim());
            var after = json(tx.run(CypherFile.query("app/notes/note-update.cypher"), params).single().get("n").asNode());
            ChangeLog.record(tx, editor, "update", KIND, id, entityIdsOf(tx, before), before, after);
            return after;
        });
    }

    public Deleted delete(Editor editor, String id, Precondition expected) {
        return db.writeTransaction(tx -> {
            var before = json(find(tx, "app/notes/note-lock.cypher", id));
            expected.check("note", id, before.rev());
            var entityIds = entityIdsOf(tx, before);
            tx.run(CypherFile.query("app/notes/note-delete.cypher"), Map.of("id", id)).consume();
            return new Deleted(id, ChangeLog.record(tx, editor, "delete", KIND, id, entityIds, before, null));
        });
    }

    private static String text(JsonNode body) {
        var text = Fields.text(body, "text", Fields.MAX_TEXT);
        if (text == null) throw ProblemException.badBody("text", "text is required: what the note says");
        return text;
    }

    private static Node find(TransactionContext tx, String query, String id) {
        var rows = tx.run(CypherFile.query(query), Map.of("id", id)).list();
        if (rows.isEmpty()) throw ProblemException.notFound("note", id);
        return rows.get(0).get("n").asNode();
    }

    /**
     * The entities whose history shows a note's changes (an entity, or a relationship's two ends; none for a
     * view), or a 404 when the target does not exist.
     */
    private static List<String> entityIds(TransactionContext tx, NoteTarget kind, String id) {
        return switch (kind) {
            case ENTITY -> {
                if (tx.run(CypherFile.query("app/entity.cypher"), Map.of("id", id)).list().isEmpty()) {
                    throw ProblemException.notFound("entity", id);
                }
                yield List.of(id);
            }
            case RELATIONSHIP -> {
                var rows = tx.run(CypherFile.query("app/curation/relationship-find.cypher"), Map.of("id", id)).list();
                if (rows.isEmpty()) throw ProblemException.notFound("relationship", id);
                yield List.of(rows.get(0).get("from").asString(), rows.get(0).get("to").asString());
            }
            case VIEW -> {
                if (tx.run(CypherFile.query("app/view-exists.cypher"), Map.of("id", id)).list().isEmpty()) {
                    throw ProblemException.notFound("view", id);
                }
                yield List.of();
            }
        };
    }

    /** As {@link #entityIds}, for a note whose target may have been deleted since: then none. */
    private static List<String> entityIdsOf(TransactionContext tx, NoteJson note) {
        var kind = note.entity() != null ? NoteTarget.ENTITY
                : note.relationship() != null ? NoteTarget.RELATIONSHIP : NoteTarget.VIEW;
        var target = note.entity() != null ? note.entity()
                : note.relationship() != null ? note.relationship() : note.view();
        try {
            return entityIds(tx, kind, target);
        } catch (ProblemException gone) {
            return kind == NoteTarget.ENTITY ? List.of(target) : List.of();
        }
    }

    static NoteJson json(Node n) {
        var kind = NoteTarget.of(n.get("targetKind").asString());
        var target = n.get("targetId").asString();
        return new NoteJson(n.get("id").asString(), kind == NoteTarget.ENTITY ? target : null,
                kind == NoteTarget.RELATIONSHIP ? target : null, kind == NoteTarget.VIEW ? target : null,
                n.get("text").asString(), n.get("author").asString(), n.get("authorClaim").asString(null),
                instant(n, "created"), instant(n, "updated"), n.get("editedBy").asString(null),
                n.get("editedByClaim").asString(null), n.get("rev").asLong());
    }

    private static String instant(Node n, String key) {
        return n.get(key).asZonedDateTime().toOffsetDateTime().toString();
    }

    /** A note's id: "note-" and ten random characters, unguessable and URL-safe. */
    private static String newId() {
        var alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        var id = new StringBuilder("note-");
        for (int i = 0; i < 10; i++) id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        return id.toString();
    }
}
