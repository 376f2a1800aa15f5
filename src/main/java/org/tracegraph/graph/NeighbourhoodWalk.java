package org.tracegraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.tracegraph.neo4j.CypherFile;

/**
 * The neighbourhood walk, the one the API's neighbourhood, the export of a neighbourhood and the benchmark's
 * driver baseline all run, in a transaction the caller holds: the same Cypher files with the same parameters.
 * Depth 1 is paged ({@code limit} direct neighbours from {@code offset} on, {@code app/neighbours-page.cypher});
 * deeper walks go breadth first one step a query ({@code app/neighbourhood-step.cypher}), so that a hub with a
 * hundred thousand relationships costs no more than {@code limit} of them: every step is bounded. Then the
 * relationships among the entities reached ({@code app/relationships-among.cypher}), which the walk alone misses.
 */
public final class NeighbourhoodWalk {
    /** Relationships read per step for each entity still allowed in: room for parallel claims between two. */
    public static final int RELATIONSHIPS_PER_ENTITY = 4;

    private NeighbourhoodWalk() {
    }

    /** An entity the walk reached, with how many relationships it has in all. */
    public record Reached(Node node, long degree) {
        public String id() {
            return node.get("id").asString();
        }
    }

    /**
     * What a walk read: the entities reached, the centre first, at most {@code limit} besides it; every
     * relationship read (some may lead to entities left out: the graph JSON drops those); whether it had to leave
     * entities or relationships out; and where the next page of direct neighbours starts, while more remain.
     */
    public record Walked(List<Reached> entities, List<Relationship> relationships, boolean truncated,
                         Integer nextOffset) {
        public List<String> ids() {
            return entities.stream().map(Reached::id).toList();
        }
    }

    /** The walk from {@code id}, or nothing when no entity has that id. */
    public static Optional<Walked> walk(SimpleQueryRunner tx, String id, int depth, int limit, int offset) {
        var center = tx.run(CypherFile.query("app/entity.cypher"), Map.of("id", id)).list();
        if (center.isEmpty()) return Optional.empty();
        var walk = new Walk(limit);
        walk.reach(new Reached(center.get(0).get("n").asNode(), center.get(0).get("degree").asLong()));
        return Optional.of(depth == 1 ? walk.page(tx, id, offset) : walk.steps(tx, depth));
    }

    /** The state of one walk: the entities reached, by id, and the relationships read, by element id. */
    private static final class Walk {
        private final int limit;
        private final int edgeBudget;
        private final Map<String, Reached> reached = new LinkedHashMap<>();
        private final Map<String, Relationship> relationships = new LinkedHashMap<>();

        Walk(int limit) {
            this.limit = limit;
            this.edgeBudget = (limit + 1) * RELATIONSHIPS_PER_ENTITY;
        }

        void reach(Reached entity) {
            reached.putIfAbsent(entity.id(), entity);
        }

        void read(Relationship r) {
            relationships.putIfAbsent(r.elementId(), r);
        }

        Walked page(SimpleQueryRunner tx, String id, int offset) {
            var rows = tx.run(CypherFile.query("app/neighbours-page.cypher"),
                    Map.of("id", id, "offset", offset, "limit", limit + 1)).list();
            boolean more = rows.size() > limit;
            for (var row : more ? rows.subList(0, limit) : rows) {
                reach(new Reached(row.get("other").asNode(), row.get("otherDegree").asLong()));
            }
            boolean truncated = among(tx) || more;
            return walked(truncated, more ? offset + limit : null);
        }

        Walked steps(SimpleQueryRunner tx, int depth) {
            List<String> frontier = List.copyOf(reached.keySet());
            boolean truncated = false;
            for (int step = 1; step <= depth && !frontier.isEmpty(); step++) {
                var next = new ArrayList<String>();
                truncated |= step(tx, frontier, next);
                frontier = next;
            }
            truncated |= among(tx);
            return walked(truncated, null);
        }

        /** Takes one step out from {@code frontier}; says whether it had to leave entities out. */
        private boolean step(SimpleQueryRunner tx, List<String> frontier, List<String> next) {
            int room = limit - reached.size() + 1;
            int budget = Math.max(room, 1) * RELATIONSHIPS_PER_ENTITY;
            var rows = tx.run(CypherFile.query("app/neighbourhood-step.cypher"),
                    Map.of("frontier", frontier, "limit", budget)).list();
            boolean truncated = rows.size() >= budget;
            for (var row : rows) {
                var other = new Reached(row.get("other").asNode(), row.get("otherDegree").asLong());
                if (!reached.containsKey(other.id())) {
                    if (reached.size() >= limit + 1) {
                        truncated = true;
                        continue;
                    }
                    reach(other);
                    next.add(other.id());
                }
                read(row.get("r").asRelationship());
            }
            return truncated;
        }

        /** The relationships among the entities reached; says whether the budget cut them short. */
        private boolean among(SimpleQueryRunner tx) {
            var rows = tx.run(CypherFile.query("app/relationships-among.cypher"),
                    Map.of("ids", List.copyOf(reached.keySet()), "limit", edgeBudget)).list();
            rows.forEach(row -> read(row.get("r").asRelationship()));
            return rows.size() >= edgeBudget;
        }

        private Walked walked(boolean truncated, Integer nextOffset) {
            return new Walked(List.copyOf(reached.values()), List.copyOf(relationships.values()), truncated, nextOffset);
        }
    }
}
