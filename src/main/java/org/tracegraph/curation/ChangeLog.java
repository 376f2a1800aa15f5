package org.tracegraph.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Node;
import org.tracegraph.core.Editor;
import org.tracegraph.neo4j.CypherFile;

/**
 * The history of changes. Every write records itself here in its own transaction, so a change is in the
 * history if and only if it is in the graph.
 */
public final class ChangeLog {
    public static final String ENTITY = "entity";
    public static final String RELATIONSHIP = "relationship";

    private ChangeLog() {
    }

    /**
     * Records a change made in {@code tx}. {@code action} is create, update, delete, restore or merge (an
     * importer may add its own, such as import); {@code kind} is {@link #ENTITY} or {@link #RELATIONSHIP};
     * {@code entityIds} are the entities whose history shows it; {@code before} and {@code after} are what the
     * target was and became (a {@link Snapshot} or any record; null where there is none). Returns the change id.
     */
    public static String record(TransactionContext tx, Editor editor, String action, String kind, String targetId,
                                Collection<String> entityIds, Object before, Object after) {
        var change = change(editor, action, kind, targetId, entityIds, before, after);
        tx.run(CypherFile.query("app/curation/change-record.cypher"), change).consume();
        return (String) change.get("id");
    }

    /** One change of the history with a new id: the parameters of change-record.cypher, a row of the bulk one. */
    static Map<String, Object> change(Editor editor, String action, String kind, String targetId,
                                      Collection<String> entityIds, Object before, Object after) {
        var change = new java.util.HashMap<String, Object>();
        change.put("id", UUID.randomUUID().toString());
        change.put("editor", editor.name());
        change.put("editorClaim", editor.claim());
        change.put("action", action);
        change.put("kind", kind);
        change.put("targetId", targetId);
        change.put("entityIds", List.copyOf(new LinkedHashSet<>(entityIds)));
        change.put("before", Snapshot.json(before));
        change.put("after", Snapshot.json(after));
        return change;
    }

    /**
     * The version a newly created entity or relationship starts at: above every version its id had before
     * (each of which the history recorded), so that an ETag of a deleted one never matches its successor.
     */
    static long firstRev(TransactionContext tx, String kind, String targetId) {
        return tx.run(CypherFile.query("app/curation/change-count.cypher"), Map.of("kind", kind, "targetId", targetId))
                .single().get("changes").asLong() + 1;
    }

    /** One change as the API lists it. */
    static ChangeJson json(Node c) {
        return new ChangeJson(c.get("id").asString(), c.get("at").asZonedDateTime().toOffsetDateTime().toString(),
                c.get("editor").asString(), c.get("editorClaim").asString(null), c.get("action").asString(), c.get("kind").asString(),
                c.get("targetId").asString(), new ArrayList<>(c.get("entityIds").asList(v -> v.asString())),
                c.get("before").asString(null), c.get("after").asString(null));
    }
}
