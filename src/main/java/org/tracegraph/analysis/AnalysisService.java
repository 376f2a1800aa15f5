package org.tracegraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.tracegraph.graph.EdgeJson;
import org.tracegraph.graph.NeighbourhoodWalk;
import org.tracegraph.graph.NodeJson;
import org.tracegraph.graph.SubgraphService;
import org.tracegraph.neo4j.Database;

/**
 * Centrality and communities on a bounded neighbourhood, counting only the relationships of the statuses asked
 * for: the server's side of the explorer's analysis, for when what is on the canvas is not enough. The
 * neighbourhood is read with the API's own walk ({@link NeighbourhoodWalk}) and refused whole (422) when it holds
 * more entities than the limit or more relationships than {@link #MAX_RELATIONSHIPS}: scores on a part of it
 * would rank the wrong people. JGraphT computes on an undirected simple graph: a link is a link whichever way
 * the sentence runs, and two accounts of one link are one link (degree counts every counted relationship).
 */
public final class AnalysisService {
    public static final int MAX_ENTITIES = 1000;
    public static final int MAX_RELATIONSHIPS = 5000;
    public static final int MAX_IDS = 50;
    public static final int MAX_DEPTH = 2;
    /** Label propagation breaks ties at random: a fixed seed gives the same communities for the same graph. */
    private static final long SEED = 21;
    private final Database db;

    public AnalysisService(Database db) {
        this.db = db;
    }

    public AnalysisJson analyse(List<String> ids, int depth, Set<String> statuses, int limit) {
        var graph = db.readTransaction(tx -> {
            var reached = new LinkedHashSet<String>();
            for (var id : ids) {
                if (depth == 0) {
                    reached.add(id);
                    continue;
                }
                var walked = NeighbourhoodWalk.walk(tx, id, depth, limit, 0)
                        .orElseThrow(() -> ProblemException.notFound("entity", id));
                if (walked.truncated()) throw tooLarge(ids, depth, "more than " + limit + " entities");
                reached.addAll(walked.ids());
                if (reached.size() > limit) throw tooLarge(ids, depth, "more than " + limit + " entities");
            }
            var read = SubgraphService.read(tx, List.copyOf(reached));
            if (!read.missing().isEmpty()) throw ProblemException.notFound("entity", read.missing().get(0));
            if (read.truncated() || read.edges().size() > MAX_RELATIONSHIPS) {
                throw tooLarge(ids, depth, "more than " + MAX_RELATIONSHIPS + " relationships");
            }
            return read;
        });
        return scores(ids, depth, statuses, graph.nodes(), graph.edges());
    }

    static AnalysisJson scores(List<String> ids, int depth, Set<String> statuses, List<NodeJson> nodes,
                               List<EdgeJson> edges) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        nodes.forEach(n -> g.addVertex(n.id()));
        var degree = new HashMap<String, Integer>();
        int counted = 0;
        for (var e : edges) {
            if (!statuses.contains(e.status()) || !g.containsVertex(e.source()) || !g.containsVertex(e.target())) continue;
            counted++;
            degree.merge(e.source(), 1, Integer::sum);
            if (!e.source().equals(e.target())) {
                degree.merge(e.target(), 1, Integer::sum);
                if (!g.containsEdge(e.source(), e.target())) g.addEdge(e.source(), e.target());
            }
        }
        var betweenness = new BetweennessCentrality<>(g, false).getScores();
        Map<String, Double> pagerank = g.vertexSet().isEmpty() ? Map.of() : new PageRank<>(g).getScores();
        var communities = communities(g);
        var communityOf = new HashMap<String, Integer>();
        for (int i = 0; i < communities.size(); i++) {
            for (var id : communities.get(i)) communityOf.put(id, i);
        }
        var scored = new ArrayList<AnalysisJson.Scored>();
        for (var n : nodes) {
            scored.add(new AnalysisJson.Scored(n.id(), n.name(), n.type(), degree.getOrDefault(n.id(), 0),
                    round(betweenness.getOrDefault(n.id(), 0.0)), round(pagerank.getOrDefault(n.id(), 0.0)),
                    communityOf.get(n.id())));
        }
        scored.sort(Comparator.comparingDouble(AnalysisJson.Scored::betweenness).reversed()
                .thenComparing(Comparator.comparingInt(AnalysisJson.Scored::degree).reversed())
                .thenComparing(AnalysisJson.Scored::id));
        var order = statuses.stream().sorted().toList();
        return new AnalysisJson(ids, depth, order, scored, communities, counted, edges.size() - counted);
    }

    /** Groups of two or more linked entities, largest first, each sorted by id. */
    private static List<List<String>> communities(Graph<String, DefaultEdge> g) {
        var linked = new SimpleGraph<String, DefaultEdge>(DefaultEdge.class);
        g.vertexSet().stream().filter(v -> g.degreeOf(v) > 0).forEach(linked::addVertex);
        g.edgeSet().forEach(e -> linked.addEdge(g.getEdgeSource(e), g.getEdgeTarget(e)));
        if (linked.vertexSet().isEmpty()) return List.of();
        var groups = new ArrayList<List<String>>();
        for (var cluster : new LabelPropagationClustering<>(linked, 100, new Random(SEED)).getClustering()) {
            if (cluster.size() > 1) groups.add(cluster.stream().sorted().toList());
        }
        groups.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(c -> c.get(0)));
        return groups;
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }

    private static ProblemException tooLarge(List<String> ids, int depth, String what) {
        return ProblemType.ANALYSIS_TOO_LARGE.exception("The neighbourhood of " + String.join(", ", ids) + " within "
                + depth + " step(s) holds " + what + ", beyond what one analysis takes; start from fewer entities,"
                + " take fewer steps (depth), or raise limit (at most " + MAX_ENTITIES + ")", "depth");
    }
}
