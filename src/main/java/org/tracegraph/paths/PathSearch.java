package org.tracegraph.paths;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.tracegraph.core.Status;
import org.tracegraph.graph.GraphBuilder;
import org.tracegraph.neo4j.CypherFile;

/**
 * Finds the paths between two entities, with work that stays bounded on a graph with hubs.
 *
 * <p>First all the shortest paths, by a breadth-first search from both ends, which crosses a hub without
 * enumerating what lies beyond it: {@link ShortestPathsProcedure} in the embedded Neo4j, Neo4j's own
 * {@code allShortestPaths} elsewhere ({@code paths.cypher}). Only when there are fewer of them than the caller
 * shows, the paths one and two hops longer: read here as two small balls of the graph around the two ends,
 * in which the paths are walked in memory. Those longer paths never pass through a hub (an entity with more
 * than {@link #HUB_DEGREE} relationships): through one, the next lengths number in the hundreds of thousands
 * and say little (two people both tied to one country), while the shortest paths through it are all there.
 * Each ball reads at most {@link #READ_BUDGET} relationships, so a longer path that needs more is not found.
 */
public final class PathSearch {
    /** Entities with more relationships than this are hubs: the longer paths do not pass through them. */
    public static final int HUB_DEGREE = 1_000;
    /** Relationships read around each end in the search for longer paths. */
    static final int READ_BUDGET = 20_000;
    /** Steps of the in-memory walk for longer paths. */
    static final int WALK_BUDGET = 200_000;
    /** Candidate paths read before ranking; bounds the work on a dense graph. */
    static final int CANDIDATES = 500;

    /** {@code paths.cypher} for each maxHops, 1 to 6: the pattern's bound must be a literal. */
    private static final List<String> SHORTEST = shortestQueries();

    /** A path: its nodes in path order, its relationships in hop order, and each node's degree. */
    public record Found(List<Node> nodes, List<Relationship> relationships, List<Long> degrees) {
        int length() {
            return relationships.size();
        }
    }

    /** A path with what it is ranked by, read from its relationships' statuses once. */
    private record Ranked(Found path, int length, int weakest, double mean) {
        static Ranked of(Found path) {
            var statuses = path.relationships().stream().map(r -> GraphBuilder.string(r.get("status"))).toList();
            return new Ranked(path, path.length(), statuses.stream().mapToInt(Status::strengthOf).min().orElse(0),
                    Evidence.mean(statuses));
        }
    }

    /** Shortest first; among paths of one length, the one whose weakest hop is best supported; then the mean. */
    private static final Comparator<Ranked> RANK = Comparator.comparingInt(Ranked::length)
            .thenComparing(Comparator.comparingInt(Ranked::weakest).reversed())
            .thenComparing(Comparator.comparingDouble(Ranked::mean).reversed());

    /** The {@code limit} best of {@code paths}, best first: only those are read further and shown. */
    public static List<Found> best(List<Found> paths, int limit) {
        return paths.stream().map(Ranked::of).sorted(RANK).limit(limit).map(Ranked::path).toList();
    }

    private PathSearch() {
    }

    private static List<String> shortestQueries() {
        var text = CypherFile.query("app/paths.cypher");
        if (!text.contains("[*..6]")) throw new IllegalStateException("paths.cypher lost its [*..6]");
        var queries = new ArrayList<String>();
        for (int hops = 1; hops <= 6; hops++) queries.add(text.replace("[*..6]", "[*.." + hops + "]"));
        return List.copyOf(queries);
    }

    /** Whether the Neo4j in use has {@link ShortestPathsProcedure}, for {@code inKernel}. */
    public static boolean inKernel(SimpleQueryRunner tx) {
        return tx.run(CypherFile.query("app/paths-procedure.cypher")).single().get("present").asBoolean();
    }

    /**
     * The shortest paths from {@code from} to {@code to} of at most {@code maxHops} (1 to 6), and when there are
     * fewer than {@code wanted}, those one and two hops longer (within maxHops), shortest first. {@code inKernel}:
     * by {@link ShortestPathsProcedure}, else by Neo4j's {@code allShortestPaths}.
     */
    public static List<Found> find(SimpleQueryRunner tx, String from, String to, int maxHops, int wanted,
            boolean inKernel) {
        var query = inKernel ? CypherFile.query("app/paths-in-kernel.cypher") : SHORTEST.get(maxHops - 1);
        var shortest = tx.run(query, Map.of("from", from, "to", to, "maxHops", maxHops, "candidates", CANDIDATES))
                .list(row -> new Found(row.get("nodes").asList(Value::asNode),
                        row.get("relationships").asList(Value::asRelationship), row.get("degrees").asList(Value::asLong)));
        if (shortest.isEmpty() || shortest.size() >= wanted) return shortest;
        var first = shortest.get(0);
        int length = first.length();
        int longest = Math.min(length + 2, maxHops);
        long fromDegree = first.degrees().get(0);
        long toDegree = first.degrees().get(length);
        if (longest == length || fromDegree > HUB_DEGREE || toDegree > HUB_DEGREE) return shortest;

        var a = first.nodes().get(0).elementId();
        var b = first.nodes().get(length).elementId();
        var known = new Known();
        known.degree.put(a, fromDegree);
        known.degree.put(b, toDegree);
        int aside = (longest + 1) / 2;
        known.read(tx, a, aside);
        known.read(tx, b, longest - aside);
        var walks = known.walks(a, b, length + 1, longest, CANDIDATES - shortest.size());
        var all = new ArrayList<>(shortest);
        all.addAll(parts(tx, walks));
        return all;
    }

    /** A walk as element ids: nodes in path order and relationships in hop order. */
    private record Walk(List<String> nodes, List<String> relationships) {
    }

    /** The part of the graph read around the two ends, as adjacency lists of element ids. */
    private static final class Known {
        final Map<String, List<String[]>> adjacency = new HashMap<>();
        final Map<String, Long> degree = new HashMap<>();
        final Set<String> relationships = new HashSet<>();
        final Set<String> expanded = new HashSet<>();

        boolean hub(String node) {
            return degree.getOrDefault(node, Long.MAX_VALUE) > HUB_DEGREE;
        }

        /** Reads the relationships of the entities within {@code radius - 1} hops of {@code start}, hubs left out. */
        void read(SimpleQueryRunner tx, String start, int radius) {
            long budget = READ_BUDGET;
            var seen = new HashSet<>(Set.of(start));
            List<String> frontier = List.of(start);
            for (int depth = 0; depth < radius && !frontier.isEmpty() && budget > 0; depth++) {
                var batch = new ArrayList<String>();
                for (var node : frontier) {
                    if (hub(node) || expanded.contains(node)) continue;
                    long cost = degree.get(node);
                    if (cost > budget) break;
                    budget -= cost;
                    batch.add(node);
                }
                expanded.addAll(batch);
                var next = new ArrayList<String>();
                var rows = batch.isEmpty() ? List.<org.neo4j.driver.Record>of()
                        : tx.run(CypherFile.query("app/paths-expand.cypher"), Map.of("ids", batch)).list();
                for (var row : rows) {
                    var node = row.get("from").asString();
                    var other = row.get("to").asString();
                    var relationship = row.get("r").asString();
                    degree.put(other, row.get("degree").asLong());
                    if (relationships.add(relationship)) {
                        adjacency.computeIfAbsent(node, k -> new ArrayList<>()).add(new String[] {relationship, other});
                        adjacency.computeIfAbsent(other, k -> new ArrayList<>()).add(new String[] {relationship, node});
                    }
                    if (seen.add(other)) next.add(other);
                }
                frontier = next;
            }
        }

        /**
         * The simple paths from {@code a} to {@code b} through what was read, {@code shortest} to {@code longest}
         * hops, none through a hub, shortest first, at most {@code max}.
         */
        List<Walk> walks(String a, String b, int shortest, int longest, int max) {
            var distance = distancesTo(b, longest);
            var found = new ArrayList<Walk>();
            var steps = new int[] {WALK_BUDGET};
            for (int length = shortest; length <= longest && found.size() < max; length++) {
                var nodes = new LinkedHashSet<String>();
                nodes.add(a);
                walk(a, b, length, nodes, new ArrayList<>(), distance, found, max, steps);
            }
            return found;
        }

        private void walk(String at, String b, int length, LinkedHashSet<String> nodes, List<String> hops,
                Map<String, Integer> distance, List<Walk> found, int max, int[] steps) {
            for (var edge : adjacency.getOrDefault(at, List.of())) {
                if (found.size() >= max || --steps[0] < 0) return;
                var other = edge[1];
                int left = length - hops.size() - 1;
                if (other.equals(b)) {
                    if (left != 0) continue;
                    var path = new ArrayList<>(nodes);
                    path.add(b);
                    var rels = new ArrayList<>(hops);
                    rels.add(edge[0]);
                    found.add(new Walk(path, rels));
                    continue;
                }
                if (left <= 0 || nodes.contains(other) || hub(other)) continue;
                if (distance.getOrDefault(other, Integer.MAX_VALUE) > left) continue;
                nodes.add(other);
                hops.add(edge[0]);
                walk(other, b, length, nodes, hops, distance, found, max, steps);
                hops.remove(hops.size() - 1);
                nodes.remove(other);
            }
        }

        /** Hops from each node to {@code b} through what was read, without passing through a hub. */
        private Map<String, Integer> distancesTo(String b, int limit) {
            var distance = new HashMap<String, Integer>();
            distance.put(b, 0);
            var queue = new ArrayDeque<>(List.of(b));
            while (!queue.isEmpty()) {
                var node = queue.poll();
                int d = distance.get(node);
                if (d >= limit || (d > 0 && hub(node))) continue;
                for (var edge : adjacency.getOrDefault(node, List.of())) {
                    if (distance.putIfAbsent(edge[1], d + 1) == null) queue.add(edge[1]);
                }
            }
            return distance;
        }
    }

    /** The nodes and relationships of the walks, read to be shown. */
    private static List<Found> parts(SimpleQueryRunner tx, List<Walk> walks) {
        if (walks.isEmpty()) return List.of();
        var nodeIds = new LinkedHashSet<String>();
        var relationshipIds = new LinkedHashSet<String>();
        for (var walk : walks) {
            nodeIds.addAll(walk.nodes());
            relationshipIds.addAll(walk.relationships());
        }
        var row = tx.run(CypherFile.query("app/paths-parts.cypher"),
                Map.of("nodes", List.copyOf(nodeIds), "relationships", List.copyOf(relationshipIds))).single();
        var nodes = new HashMap<String, Node>();
        var degrees = new HashMap<String, Long>();
        for (var entry : row.get("nodes").values()) {
            var node = entry.get("n").asNode();
            nodes.put(node.elementId(), node);
            degrees.put(node.elementId(), entry.get("degree").asLong());
        }
        var relationships = new HashMap<String, Relationship>();
        for (var r : row.get("relationships").values()) {
            relationships.put(r.asRelationship().elementId(), r.asRelationship());
        }
        var found = new ArrayList<Found>();
        for (var walk : walks) {
            if (!nodes.keySet().containsAll(walk.nodes()) || !relationships.keySet().containsAll(walk.relationships())) {
                continue;
            }
            found.add(new Found(walk.nodes().stream().map(nodes::get).toList(),
                    walk.relationships().stream().map(relationships::get).toList(),
                    walk.nodes().stream().map(degrees::get).toList()));
        }
        return found;
    }
}
