package org.tracegraph.mentions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
        var mentions = index.find(text);
        return new Mention.Found(mentions, index.entities(), sentences(text, mentions));
    }

    /** The sentences of {@code text} that name two or more different entities of {@code mentions}. */
    static List<Mention.Sentence> sentences(String text, List<Mention> mentions) {
        var found = new ArrayList<Mention.Sentence>();
        int next = 0; // mentions are in order of where they start: each sentence reads on from the last
        for (var s : Segmenter.sentences(text)) {
            while (next < mentions.size() && mentions.get(next).start() < s.start()) next++;
            var inside = new ArrayList<Mention>();
            for (int i = next; i < mentions.size() && mentions.get(i).start() < s.end(); i++) {
                if (mentions.get(i).end() <= s.end()) inside.add(mentions.get(i));
            }
            var ids = new ArrayList<>(new LinkedHashSet<>(inside.stream().map(Mention::id).toList()));
            if (ids.size() >= 2) found.add(new Mention.Sentence(s.start(), s.end(), ids, Cues.in(text, s.start(), s.end(), inside)));
        }
        return found;
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
