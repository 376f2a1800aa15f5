package org.tracegraph.paths;

import org.tracegraph.core.ProblemType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Relationship;
import org.tracegraph.core.Status;
import org.tracegraph.graph.EdgeJson;
import org.tracegraph.graph.GraphBuilder;
import org.tracegraph.graph.NodeJson;
import org.tracegraph.graph.Redirects;
import org.tracegraph.core.ProblemException;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How two entities are connected: the shortest paths between them, and the next-shortest, ranked so that
 * among paths of one length those whose weakest hop is best supported come first.
 */
public final class PathService {
    private static final Logger LOG = LoggerFactory.getLogger(PathService.class);
    private final Database db;
    private final Duration timeout;
    /** Whether the Neo4j has {@link ShortestPathsProcedure}: asked at the first search. */
    private volatile Boolean inKernel;

    /**
     * Path searches stop after {@code timeout} (the analysts' {@code CYPHER_TIMEOUT_SECONDS}): between two
     * entities near hubs of a large graph, a search of six hops can expand most of it, for minutes.
     */
    public PathService(Database db, Duration timeout) {
        this.db = db;
        this.timeout = timeout;
    }

    public PathJson.Paths paths(String from, String to, int maxHops, int limit) {
        if (from.equals(to)) {
            throw ProblemException.badParameter("to", "from and to are the same entity; a path needs two");
        }
        try {
            return search(from, to, maxHops, limit);
        } catch (ClientException e) {
            if (!Database.timedOut(e)) throw e;
            throw ProblemType.PATH_SEARCH_TIMEOUT.exception(String.format(
                    "The search for paths of up to %d hops between '%s' and '%s' ran longer than %d s and was stopped;"
                            + " try fewer hops (maxHops)", maxHops, from, to, timeout.toSeconds()), "maxHops");
        }
    }

    /** Asked once, in a transaction of its own: a Neo4j that refuses the question gets allShortestPaths. */
    private boolean inKernel() {
        if (inKernel == null) {
            try {
                inKernel = db.readTransaction(PathSearch::inKernel);
            } catch (ClientException e) {
                inKernel = false;
            }
            // the operator's way to tell that a plugin installed on their own Neo4j is used (docs/deploy.md)
            if (inKernel) LOG.info("Path searches use the procedure tracegraph.shortestPaths of this Neo4j");
            else LOG.info("Path searches use Cypher's allShortestPaths: this Neo4j has no tracegraph.shortestPaths"
                    + " (its plugin: docs/deploy.md#path-procedure-plugin)");
        }
        return inKernel;
    }

    private PathJson.Paths search(String from, String to, int maxHops, int limit) {
        boolean procedure = inKernel();
        return db.readTransaction(tx -> {
            var asked = List.of(from, to);
            var found = existing(tx, asked);
            // an end merged into another entity stands for the survivor (Redirects)
            var survivors = Redirects.survivors(tx, asked.stream().filter(id -> !found.contains(id)).toList());
            var a = survivors.getOrDefault(from, from);
            var b = survivors.getOrDefault(to, to);
            if (a.equals(b)) {
                throw ProblemException.badParameter("to", "from and to are the same entity ('" + a + "', by merge);"
                        + " a path needs two");
            }
            var ends = survivors.isEmpty() ? found : existing(tx, List.of(a, b));
            for (var id : asked) {
                if (!ends.contains(survivors.getOrDefault(id, id))) throw ProblemException.notFound("entity", id);
            }
            // ranked on the relationships' statuses, so that only the paths shown are spelled out in JSON
            var shown = PathSearch.best(PathSearch.find(tx, a, b, maxHops, limit, procedure), limit);
            var relationships = new ArrayList<Relationship>();
            shown.forEach(path -> relationships.addAll(path.relationships()));
            var refs = GraphBuilder.References.lookUp(tx, GraphBuilder.referencedIds(relationships));
            var paths = new ArrayList<PathJson>();
            for (var path : shown) paths.add(toJson(path, refs));
            return new PathJson.Paths(a, b, maxHops, paths);
        }, timeout);
    }

    private static List<String> existing(SimpleQueryRunner tx, List<String> ids) {
        return tx.run(CypherFile.query("app/entities-exist.cypher"), Map.of("ids", ids)).list(row -> row.get("id").asString());
    }

    private static PathJson toJson(PathSearch.Found path, GraphBuilder.References refs) {
        var nodes = new ArrayList<NodeJson>();
        for (int i = 0; i < path.nodes().size(); i++) nodes.add(GraphBuilder.node(path.nodes().get(i), path.degrees().get(i)));
        var edges = new ArrayList<EdgeJson>();
        for (int i = 0; i < path.length(); i++) {
            var r = path.relationships().get(i);
            var start = path.nodes().get(i);
            boolean forward = r.startNodeElementId().equals(start.elementId());
            var a = start.get("id").asString();
            var b = path.nodes().get(i + 1).get("id").asString();
            edges.add(GraphBuilder.edge(r, forward ? a : b, forward ? b : a, refs));
        }
        var hops = new ArrayList<PathJson.Hop>();
        int weakest = 0;
        for (int i = 0; i < edges.size(); i++) {
            var edge = edges.get(i);
            var from = nodes.get(i);
            var to = nodes.get(i + 1);
            hops.add(new PathJson.Hop(from.id(), to.id(), edge.id(), edge.status(),
                    Boolean.TRUE.equals(edge.quoteVerified()), Sentences.hop(edge, nodes)));
            if (Status.strengthOf(edge.status()) < Status.strengthOf(edges.get(weakest).status())) weakest = i;
        }
        return new PathJson(nodes, edges, edges.size(), edges.isEmpty() ? null : edges.get(weakest).status(),
                weakest, Evidence.mean(edges.stream().map(EdgeJson::status).toList()), hops);
    }
}
