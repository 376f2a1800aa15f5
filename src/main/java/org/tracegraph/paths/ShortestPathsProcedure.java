package org.tracegraph.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
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
@SuppressWarnings("deprecation") // internal ids (Node.getId(), getNodeById): see Side
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
                int there = other.depthOf.getIfAbsent(node.getId(), -1);
                if (there < 0) continue;
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

    /**
     * One end's breadth-first search: for each node reached, its depth and the steps that reached it first.
     * Keyed by internal ids in primitive maps: a hub's neighbourhood is 100,000 nodes, and boxed keys, element
     * ids (strings) or a map per node cost more than reading it.
     */
    private static final class Side {
        final LongIntHashMap depthOf = new LongIntHashMap();
        /** Node id to the steps that reached it: pairs (the node before, the relationship), flattened. */
        final LongObjectHashMap<LongArrayList> steps = new LongObjectHashMap<>();
        List<Node> frontier;
        int depth;

        Side(Node start) {
            depthOf.put(start.getId(), 0);
            steps.put(start.getId(), new LongArrayList(0));
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
            var reached = new ArrayList<Node>();
            for (var node : frontier) {
                guard.check();
                long from = node.getId();
                try (var relationships = node.getRelationships()) {
                    for (var relationship : relationships) {
                        var next = relationship.getOtherNode(node);
                        long id = next.getId();
                        int size = depthOf.size();
                        int known = depthOf.getIfAbsentPut(id, depth);
                        if (depthOf.size() > size) {
                            steps.put(id, new LongArrayList(2));
                            reached.add(next);
                        }
                        if (known == depth) steps.get(id).addAll(from, relationship.getId());
                    }
                }
            }
            frontier = reached;
            return reached;
        }

        /**
         * The shortest ways from this side's start to {@code node}: each as pairs (node, relationship) from the
         * start onwards, flattened. {@code back} holds the pairs walked so far, nearest {@code node} first.
         */
        void ways(long node, LongArrayList back, List<long[]> into, long limit) {
            var before = steps.get(node);
            if (before.isEmpty()) {
                var way = new long[back.size()];
                for (int i = 0; i < back.size(); i += 2) {
                    way[i] = back.get(back.size() - 2 - i);
                    way[i + 1] = back.get(back.size() - 1 - i);
                }
                into.add(way);
                return;
            }
            for (int i = 0; i < before.size() && into.size() < limit; i += 2) {
                back.addAll(before.get(i), before.get(i + 1));
                ways(before.get(i), back, into, limit);
                back.removeAtIndex(back.size() - 1);
                back.removeAtIndex(back.size() - 1);
            }
        }
    }

    private List<Output> paths(Side a, Side b, List<Node> meets, long limit) {
        var paths = new ArrayList<Output>();
        for (var meet : meets) {
            var heads = new ArrayList<long[]>();
            a.ways(meet.getId(), new LongArrayList(), heads, limit);
            var tails = new ArrayList<long[]>();
            b.ways(meet.getId(), new LongArrayList(), tails, limit);
            for (var head : heads) {
                for (var tail : tails) {
                    if (paths.size() >= limit) return paths;
                    var nodes = new ArrayList<Node>();
                    var relationships = new ArrayList<Relationship>();
                    for (int i = 0; i < head.length; i += 2) {
                        nodes.add(tx.getNodeById(head[i]));
                        relationships.add(tx.getRelationshipById(head[i + 1]));
                    }
                    nodes.add(meet);
                    // the tail runs from b's start to the meeting node: walk it backwards
                    for (int i = tail.length - 2; i >= 0; i -= 2) {
                        relationships.add(tx.getRelationshipById(tail[i + 1]));
                        nodes.add(tx.getNodeById(tail[i]));
                    }
                    paths.add(new Output(nodes, relationships));
                }
            }
        }
        return paths;
    }
}
