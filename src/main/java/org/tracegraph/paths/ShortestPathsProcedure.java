package org.tracegraph.paths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.TerminationGuard;

/**
 * {@code tracegraph.shortestPaths}: all the shortest paths between two nodes, by a breadth-first search from
 * both ends that always widens the side whose next step reads fewer relationships. Registered in the embedded
 * Neo4j (see {@code EmbeddedNeo4j}); against another Neo4j, {@link PathSearch} uses {@code allShortestPaths}.
 *
 * <p>Neo4j's own {@code allShortestPaths} finds the same paths but keeps every partial path as it goes: between
 * two entities that meet through hubs of 100,000 relationships it made 427,190 database hits and held 30 MB.
 * Here each side keeps only, for each node it reached, the steps that reached it first, and the paths are
 * spelled out from those at the end.
 */
@SuppressWarnings("deprecation") // Node.getId(): see Side
public final class ShortestPathsProcedure {
    @Context
    public Transaction tx;

    @Context
    public TerminationGuard guard;

    /** One path: its nodes in path order and its relationships in hop order. */
    public static final class Output {
        public List<Node> nodes;
        public List<Relationship> relationships;

        Output(List<Node> nodes, List<Relationship> relationships) {
            this.nodes = nodes;
            this.relationships = relationships;
        }
    }

    @Procedure(name = "tracegraph.shortestPaths", mode = Mode.READ)
    @Description("All shortest paths between two nodes, along any relationship in either direction, of at most"
            + " maxHops, at most limit of them")
    public Stream<Output> shortestPaths(@Name("from") Node from, @Name("to") Node to, @Name("maxHops") long maxHops,
            @Name("limit") long limit) {
        if (from == null || to == null || from.equals(to) || maxHops < 1 || limit < 1) return Stream.empty();
        var a = new Side(from);
        var b = new Side(to);
        while (a.depth + b.depth < maxHops && !a.frontier.isEmpty() && !b.frontier.isEmpty()) {
            long costA = a.cost(Long.MAX_VALUE);
            var side = b.cost(costA) < costA ? b : a;
            var other = side == a ? b : a;
            var reached = side.widen(guard);
            var meets = new ArrayList<Node>();
            int shortest = Integer.MAX_VALUE;
            for (var node : reached) {
                var there = other.depthOf.get(node.getId());
                if (there == null) continue;
                int length = side.depth + there;
                if (length < shortest) {
                    shortest = length;
                    meets.clear();
                }
                if (length == shortest) meets.add(node);
            }
            if (!meets.isEmpty()) return paths(a, b, meets, limit).stream();
        }
        return Stream.empty();
    }

    /** One end's breadth-first search: for each node reached, its depth and the steps that reached it first. */
    private final class Side {
        // keyed by the node's internal id: building element ids (strings) for every node of a hub's
        // neighbourhood cost more than reading it
        final Map<Long, Integer> depthOf = new HashMap<>();
        final Map<Long, List<Step>> steps = new HashMap<>();
        List<Node> frontier;
        int depth;

        Side(Node start) {
            depthOf.put(start.getId(), 0);
            steps.put(start.getId(), List.of());
            frontier = List.of(start);
        }

        /** Relationships the next widening reads, counted up to {@code atMost}. */
        long cost(long atMost) {
            long cost = 0;
            for (var node : frontier) {
                cost += node.getDegree();
                if (cost > atMost) break;
            }
            return cost;
        }

        /** Reads the frontier's relationships: the nodes first reached by them become the frontier. */
        List<Node> widen(TerminationGuard guard) {
            depth++;
            var reached = new LinkedHashMap<Long, Node>();
            for (var node : frontier) {
                guard.check();
                try (var relationships = node.getRelationships()) {
                    for (var relationship : relationships) {
                        var next = relationship.getOtherNode(node);
                        long id = next.getId();
                        var known = depthOf.putIfAbsent(id, depth);
                        if (known == null) {
                            steps.put(id, new ArrayList<>(1));
                            reached.put(id, next);
                        }
                        if (known == null || known == depth) steps.get(id).add(new Step(node, relationship));
                    }
                }
            }
            frontier = List.copyOf(reached.values());
            return frontier;
        }

        /** The shortest ways from this side's start to {@code node}, as steps from the start onwards. */
        void ways(Node node, List<Step> suffix, List<List<Step>> into, long limit) {
            var before = steps.get(node.getId());
            if (before.isEmpty()) {
                into.add(List.copyOf(suffix));
                return;
            }
            for (var step : before) {
                if (into.size() >= limit) return;
                suffix.add(0, step);
                ways(step.from(), suffix, into, limit);
                suffix.remove(0);
            }
        }
    }

    /** A step of a search: from a node, along a relationship. */
    private record Step(Node from, Relationship relationship) {
    }

    private List<Output> paths(Side a, Side b, List<Node> meets, long limit) {
        var paths = new ArrayList<Output>();
        for (var meet : meets) {
            var heads = new ArrayList<List<Step>>();
            a.ways(meet, new ArrayList<>(), heads, limit);
            var tails = new ArrayList<List<Step>>();
            b.ways(meet, new ArrayList<>(), tails, limit);
            for (var head : heads) {
                for (var tail : tails) {
                    if (paths.size() >= limit) return paths;
                    var nodes = new ArrayList<Node>();
                    var relationships = new ArrayList<Relationship>();
                    for (var step : head) {
                        nodes.add(step.from());
                        relationships.add(step.relationship());
                    }
                    nodes.add(meet);
                    // the tail's steps run from b's start to the meeting node: walk them backwards
                    for (int i = tail.size() - 1; i >= 0; i--) {
                        var step = tail.get(i);
                        relationships.add(step.relationship());
                        nodes.add(step.from());
                    }
                    paths.add(new Output(nodes, relationships));
                }
            }
        }
        return paths;
    }
}
