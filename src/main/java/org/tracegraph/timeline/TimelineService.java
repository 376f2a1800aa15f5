package org.tracegraph.timeline;

import static org.tracegraph.graph.GraphBuilder.bool;
import static org.tracegraph.graph.GraphBuilder.string;
import static org.tracegraph.graph.GraphBuilder.strings;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.tracegraph.core.ProblemException;
import org.tracegraph.graph.GraphBuilder;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/** Events in date order, optionally within a period and tied to one entity. */
public final class TimelineService {
    private final Database db;

    public TimelineService(Database db) {
        this.db = db;
    }

    public TimelineJson timeline(Optional<String> from, Optional<String> to, Optional<String> entity, int limit) {
        return db.readTransaction(tx -> {
            if (entity.isPresent()
                    && tx.run(CypherFile.query("app/entities-exist.cypher"), Map.of("ids", List.of(entity.get())))
                    .list().isEmpty()) {
                throw ProblemException.notFound("entity", entity.get());
            }
            var params = new HashMap<String, Object>();
            params.put("from", from.orElse(null));
            params.put("to", to.orElse(null));
            entity.ifPresent(id -> params.put("entity", id));
            params.put("limit", limit + 1);
            // one entity's events are found from it, all events by date (both seek: docs/performance.md, Indexes)
            var query = entity.isPresent() ? "app/timeline-entity.cypher" : "app/timeline.cypher";
            var rows = tx.run(CypherFile.query(query), params).list();
            var shown = rows.stream().limit(limit).toList();
            // the sources' titles and the claimants' names, looked up once for every participant shown
            var referenced = new LinkedHashSet<String>();
            for (var row : shown) {
                for (var p : row.get("participants").values()) {
                    referenced.addAll(strings(p.get("sourceIds")));
                    if (!p.get("claimedBy").isNull()) referenced.add(p.get("claimedBy").asString());
                }
            }
            var refs = GraphBuilder.References.lookUp(tx, referenced);
            var events = shown.stream().map(row -> {
                var e = row.get("e").asNode();
                return new TimelineJson.Event(e.get("id").asString(), e.get("name").asString(),
                        row.get("start").asString(), string(row.get("end")), bool(e.get("dateApprox")), string(e.get("kind")), string(e.get("description")),
                        row.get("participants").asList(p -> participant(p, refs)));
            }).toList();
            return new TimelineJson(from.orElse(null), to.orElse(null), entity.orElse(null), events,
                    rows.size() > limit);
        });
    }

    private static TimelineJson.Participant participant(Value p, GraphBuilder.References refs) {
        var claimedBy = string(p.get("claimedBy"));
        return new TimelineJson.Participant(p.get("id").asString(), string(p.get("name")), string(p.get("type")),
                string(p.get("relationship")), string(p.get("direction")), string(p.get("role")), string(p.get("status")),
                claimedBy, claimedBy == null ? null : refs.name(claimedBy), string(p.get("quote")),
                refs.sources(strings(p.get("sourceIds"))), string(p.get("relationshipId")));
    }

}
