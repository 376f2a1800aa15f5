package org.tracegraph.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.tracegraph.core.ProblemException;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * The neighbourhood of an entity, walked breadth first one step per query, so that a hub with a hundred
 * thousand relationships costs no more than {@code limit} of them: every step is bounded.
 */
public final class NeighbourhoodService {
    /** Relationships read per step for each entity still allowed in: room for parallel claims between two. */
    public static final int RELATIONSHIPS_PER_ENTITY = 4;

    private final Database db;

    public NeighbourhoodService(Database db) {
        this.db = db;
    }

    /**
     * Depth 1 is paged: {@code limit} direct neighbours from {@code offset} on, with {@code nextOffset} set
     * while more remain, so that a hub is shown 25 at a time. Deeper walks are not paged.
     */
    public Resolved<NeighbourhoodJson> neighbourhood(String id, int depth, int limit, int offset) {
        if (offset > 0 && depth > 1) {
            throw ProblemException.badParameter("offset", "offset pages the direct neighbours: use it with depth=1");
        }
        return db.readTransaction(tx -> Redirects.foundOrSurvivor(tx, id, walk(tx, id, depth, limit, offset)));
    }

    /** The walk from {@code id}, or nothing when no entity has that id. */
    private static Optional<NeighbourhoodJson> walk(TransactionContext tx, String id, int depth, int limit, int offset) {
        var center = tx.run(CypherFile.query("app/entity.cypher"), Map.of("id", id)).list();
        if (center.isEmpty()) return Optional.empty();
        var graph = new GraphBuilder().add(center.get(0).get("n").asNode(), center.get(0).get("degree").asLong());
        if (depth == 1) return Optional.of(page(tx, id, graph, limit, offset));
        var seen = new HashSet<String>(List.of(id));
        List<String> frontier = List.of(id);
        boolean truncated = false;
        for (int step = 1; step <= depth && !frontier.isEmpty(); step++) {
            var next = new ArrayList<String>();
            truncated |= step(tx, frontier, limit, graph, seen, next);
            frontier = next;
        }
        // the walk saw only the edges it went along: add those between the entities it reached
        int edgeBudget = (limit + 1) * RELATIONSHIPS_PER_ENTITY;
        var among = tx.run(CypherFile.query("app/relationships-among.cypher"),
                Map.of("ids", List.copyOf(seen), "limit", edgeBudget)).list();
        among.forEach(row -> graph.add(row.get("r").asRelationship()));
        truncated |= among.size() >= edgeBudget;
        var built = graph.build(tx);
        return Optional.of(new NeighbourhoodJson(id, depth, built.nodes(), built.edges(), truncated, 0, null));
    }

    private static NeighbourhoodJson page(TransactionContext tx, String id, GraphBuilder graph, int limit, int offset) {
        var rows = tx.run(CypherFile.query("app/neighbours-page.cypher"),
                Map.of("id", id, "offset", offset, "limit", limit + 1)).list();
        boolean more = rows.size() > limit;
        var shown = more ? rows.subList(0, limit) : rows;
        var ids = new ArrayList<String>(List.of(id));
        for (var row : shown) {
            var other = row.get("other").asNode();
            graph.add(other, row.get("otherDegree").asLong());
            ids.add(other.get("id").asString());
        }
        int edgeBudget = (limit + 1) * RELATIONSHIPS_PER_ENTITY;
        var edges = tx.run(CypherFile.query("app/relationships-among.cypher"),
                Map.of("ids", ids, "limit", edgeBudget)).list();
        edges.forEach(row -> graph.add(row.get("r").asRelationship()));
        var built = graph.build(tx);
        return new NeighbourhoodJson(id, 1, built.nodes(), built.edges(), more || edges.size() >= edgeBudget,
                offset, more ? offset + limit : null);
    }

    /** Takes one step out from {@code frontier}; says whether it had to leave entities out. */
    private static boolean step(TransactionContext tx, List<String> frontier, int limit, GraphBuilder graph,
                                HashSet<String> seen, List<String> next) {
        int room = limit - graph.nodeCount() + 1;
        int budget = Math.max(room, 1) * RELATIONSHIPS_PER_ENTITY;
        var rows = tx.run(CypherFile.query("app/neighbourhood-step.cypher"),
                Map.of("frontier", frontier, "limit", budget)).list();
        boolean truncated = rows.size() >= budget;
        for (var row : rows) {
            var other = row.get("other").asNode();
            var otherId = other.get("id").asString();
            if (!seen.contains(otherId)) {
                if (graph.nodeCount() >= limit + 1) {
                    truncated = true;
                    continue;
                }
                seen.add(otherId);
                next.add(otherId);
                graph.add(other, row.get("otherDegree").asLong());
            }
            graph.add(row.get("r").asRelationship());
        }
        return truncated;
    }
}
