package org.tracegraph.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.tracegraph.core.Editor;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.tracegraph.curation.ChangeLog;
import org.tracegraph.graph.GraphBuilder;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * Entities that may be the same ({@code GET /api/duplicates}) and editors' decisions that two are not
 * ({@code POST /api/duplicates/decisions}). Candidates come from the full-text index, a bounded number per
 * entity for a bounded number of entities; {@link DuplicateScore} ranks them. Merging a pair is the admin's
 * merge ({@code POST /api/entities/{id}/merge}); after it the pair is one entity and never comes back.
 */
public final class DuplicateService {
    /** At most so many entities are looked up in one request: one index lookup each. */
    public static final int SCAN = 5_000;
    static final int PER_ENTITY = 10;
    static final int MAX_KEYS = 8;
    static final int MAX_WORDS = 8;
    /** Pairs below this are not worth an editor's time. */
    static final double MIN_SCORE = 0.75;
    public static final String DIFFERENT = "different";
    public static final String KIND = "duplicates";

    private final Database db;

    public DuplicateService(Database db) {
        this.db = db;
    }

    /** The pairs scoring at least {@link #MIN_SCORE}, best first, at most {@code limit}. */
    public DuplicatePair.Pairs pairs(Optional<String> type, int limit) {
        var params = new HashMap<String, Object>();
        params.put("scan", SCAN);
        params.put("perEntity", PER_ENTITY);
        params.put("type", type.orElse(null));
        params.put("maxKeys", MAX_KEYS);
        params.put("maxWords", MAX_WORDS);
        var pairs = new ArrayList<DuplicatePair>();
        for (var row : db.read(CypherFile.query("app/duplicate-candidates.cypher"), params)) {
            var pair = DuplicateScore.score(entity(row.get("a").asNode()), entity(row.get("b").asNode()),
                    row.get("shared").asList(v -> v.asString("")), row.get("linked").asList(Value::asString));
            if (pair.score() >= MIN_SCORE) pairs.add(pair);
        }
        pairs.sort(Comparator.comparingDouble(DuplicatePair::score).reversed()
                .thenComparing(p -> p.a().id()).thenComparing(p -> p.b().id()));
        return new DuplicatePair.Pairs(List.copyOf(pairs.subList(0, Math.min(limit, pairs.size()))));
    }

    private static DuplicateScore.Entity entity(Node n) {
        var json = GraphBuilder.node(n, null);
        var date = json.date() != null ? json.date() : json.startDate() != null ? json.startDate() : json.published();
        return new DuplicateScore.Entity(json.id(), json.name(), json.aliases(), json.type(), date);
    }

    /** An editor's decision on a pair, as stored: who decided, when, and the change that records it. */
    public record Decision(String a, String b, String decision, String decidedBy, String at, String note,
                           boolean created) {
    }

    /**
     * Records that {@code first} and {@code second} are not the same entity, so the pair is never listed again;
     * the history records who decided. Deciding a pair decided before changes nothing and answers the first
     * decision.
     */
    public Decision decideDifferent(Editor editor, String first, String second, String note) {
        if (first.equals(second)) {
            throw ProblemException.badBody("b", "a and b are the same entity ('" + first + "'): a decision is about two");
        }
        var a = first.compareTo(second) < 0 ? first : second;
        var b = first.compareTo(second) < 0 ? second : first;
        return db.writeTransaction(tx -> {
            var found = new ArrayList<String>();
            tx.run(CypherFile.query("app/entities-exist.cypher"), Map.of("ids", List.of(a, b)))
                    .forEachRemaining(r -> found.add(r.get("id").asString()));
            for (var id : List.of(first, second)) {
                if (!found.contains(id)) throw ProblemException.notFound("entity", id);
            }
            var params = new HashMap<String, Object>();
            params.put("pair", a + "|" + b);
            params.put("a", a);
            params.put("b", b);
            params.put("decision", DIFFERENT);
            params.put("decidedBy", editor.name());
            params.put("note", note);
            var row = tx.run(CypherFile.query("app/duplicate-decide.cypher"), params).single();
            var d = row.get("d").asNode();
            var decision = new Decision(d.get("a").asString(), d.get("b").asString(), d.get("decision").asString(),
                    d.get("decidedBy").asString(), d.get("at").asZonedDateTime().toOffsetDateTime().toString(),
                    d.get("note").asString(null), row.get("created").asBoolean());
            if (decision.created()) {
                ChangeLog.record(tx, editor, "not-the-same", KIND, a + "|" + b, List.of(a, b), null, decision);
            }
            return decision;
        });
    }

    /** For the controller: a decision other than "different" is refused with where merging is done. */
    public static void requireDifferent(String decision) {
        if (!DIFFERENT.equals(decision)) {
            throw ProblemType.BAD_BODY.exception("decision must be '" + DIFFERENT + "' (the two are not the same"
                    + " entity); to merge two that are one, an admin merges them with POST /api/entities/{id}/merge",
                    "decision");
        }
    }
}
