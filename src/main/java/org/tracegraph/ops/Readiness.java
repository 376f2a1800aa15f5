package org.tracegraph.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.tracegraph.core.ProblemType;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * Whether this instance should take traffic: Neo4j answers, every index and constraint of {@code schema.cypher}
 * exists, and every index of the database is ONLINE. One {@code SHOW INDEXES}, its answer kept for a second, so
 * a probe (or a client looping on it) costs the database at most one query a second.
 */
public final class Readiness {
    /** What a 200 says: each check passed, and how many indexes are online. */
    public record Ready(String status, List<String> checks, int indexes) {
    }

    record IndexState(String name, String type, String state, double populationPercent) {
    }

    private static final Pattern SCHEMA_NAME = Pattern.compile(
            "(?i)\\bCREATE\\s+(?:[A-Z]+\\s+)?(?:INDEX|CONSTRAINT)\\s+([A-Za-z_][A-Za-z0-9_]*)");
    private static final long KEPT_NANOS = 1_000_000_000L;

    private final Database db;
    private final Set<String> schema;
    private volatile long checkedAt;
    private volatile Object last;

    public Readiness(Database db) {
        this.db = db;
        this.schema = schemaNames(CypherFile.statements("schema.cypher"));
    }

    /** The names the schema's statements give their indexes and constraints (a constraint's index has its name). */
    static Set<String> schemaNames(List<String> statements) {
        var names = new TreeSet<String>();
        for (var statement : statements) {
            var matcher = SCHEMA_NAME.matcher(statement);
            if (matcher.find() && !matcher.group(1).equalsIgnoreCase("IF")) names.add(matcher.group(1));
        }
        return names;
    }

    /** Ready, or a {@link ProblemType#NOT_READY} problem naming what is missing or still populating. */
    public Ready check() {
        long now = System.nanoTime();
        var answer = last;
        if (answer == null || now - checkedAt > KEPT_NANOS) {
            try {
                answer = judge(schema, indexes());
            } catch (RuntimeException e) {
                answer = e;
            }
            last = answer;
            checkedAt = now;
        }
        if (answer instanceof RuntimeException e) throw e;
        return (Ready) answer;
    }

    private List<IndexState> indexes() {
        return db.read(CypherFile.query("app/index-states.cypher"), Map.of()).stream()
                .map(r -> new IndexState(r.get("name").asString(), r.get("type").asString(), r.get("state").asString(),
                        r.get("populationPercent").asDouble(0)))
                .toList();
    }

    static Ready judge(Set<String> schema, List<IndexState> indexes) {
        var missing = new TreeSet<>(schema);
        var notOnline = new ArrayList<String>();
        for (var index : indexes) {
            missing.remove(index.name());
            if (!index.state().equals("ONLINE")) {
                notOnline.add(String.format(java.util.Locale.ROOT, "%s (%s) is %s at %.1f%%", index.name(),
                        index.type().toLowerCase(java.util.Locale.ROOT), index.state(), index.populationPercent()));
            }
        }
        var reasons = new ArrayList<String>();
        if (!missing.isEmpty()) reasons.add("the schema is not applied: " + String.join(", ", missing) + " missing");
        if (!notOnline.isEmpty()) reasons.add("indexes not online: " + String.join("; ", notOnline));
        if (!reasons.isEmpty()) {
            throw ProblemType.NOT_READY.exception("Not ready for traffic: " + String.join("; and ", reasons));
        }
        return new Ready("ready", List.of("neo4j", "schema", "indexes"), indexes.size());
    }
}
