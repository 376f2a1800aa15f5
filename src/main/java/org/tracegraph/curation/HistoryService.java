package org.tracegraph.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracegraph.core.ProblemException;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/** Reads the history of changes: all of it or an entity's (including the entities merged into it), paged. */
public final class HistoryService {
    private final Database db;

    public HistoryService(Database db) {
        this.db = db;
    }

    public ChangeJson.Page changes(String entity, String before, int limit) {
        return db.readTransaction(tx -> {
            if (before != null && tx.run(CypherFile.query("app/curation/change.cypher"), Map.of("id", before))
                    .list().isEmpty()) {
                throw ProblemException.badParameter("before", "before must be the id of a change, from the last page's"
                        + " next; no change has the id '" + before + "'");
            }
            List<String> entities = null;
            if (entity != null) {
                entities = new ArrayList<>(List.of(entity));
                entities.addAll(tx.run(CypherFile.query("app/curation/redirected-here.cypher"), Map.of("id", entity))
                        .list(row -> row.get("from").asString()));
            }
            var parameters = new HashMap<String, Object>();
            parameters.put("entities", entities);
            parameters.put("before", before);
            parameters.put("limit", limit + 1);
            var changes = tx.run(CypherFile.query("app/curation/changes.cypher"), parameters)
                    .list(row -> ChangeLog.json(row.get("c").asNode()));
            var more = changes.size() > limit;
            var page = more ? changes.subList(0, limit) : changes;
            return new ChangeJson.Page(List.copyOf(page), more ? page.get(page.size() - 1).id() : null);
        });
    }

    public ChangeJson change(String id) {
        return db.readTransaction(tx -> {
            var rows = tx.run(CypherFile.query("app/curation/change.cypher"), Map.of("id", id)).list();
            if (rows.isEmpty()) throw ProblemException.notFound("change", id);
            return ChangeLog.json(rows.get(0).get("c").asNode());
        });
    }
}
