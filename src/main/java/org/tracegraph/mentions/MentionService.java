package org.tracegraph.mentions;

import java.util.List;
import java.util.Map;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * Finds the known entities a text names. The names live in an index built from the graph and kept while the
 * graph's names stay as they were: each request first reads a cheap fingerprint (the number of entities, the
 * latest recorded change), and a moved fingerprint rebuilds the index, so an entity added or renamed through
 * any API instance is found at once.
 */
public final class MentionService {
    public static final int MAX_TEXT = 200_000;
    private final Database db;
    private volatile Cached cached;

    private record Cached(List<Object> fingerprint, MentionIndex index) {
    }

    public MentionService(Database db) {
        this.db = db;
    }

    public Mention.Found find(String text) {
        var index = index();
        return new Mention.Found(index.find(text), index.entities());
    }

    private MentionIndex index() {
        var row = db.read(CypherFile.query("app/mention-fingerprint.cypher"), Map.of()).get(0);
        List<Object> fingerprint = List.of(row.get("entities").asLong(), row.get("latest").asList(Object::toString));
        var current = cached;
        if (current != null && current.fingerprint().equals(fingerprint)) return current.index();
        synchronized (this) {
            current = cached;
            if (current == null || !current.fingerprint().equals(fingerprint)) {
                var index = new MentionIndex();
                db.read(CypherFile.query("app/mention-names.cypher"), Map.of()).forEach(r -> index.add(
                        r.get("id").asString(), r.get("name").asString(r.get("id").asString()),
                        r.get("type").asString(null), r.get("aliases").asList(v -> v.asString())));
                current = new Cached(fingerprint, index);
                cached = current;
            }
            return current.index();
        }
    }
}
