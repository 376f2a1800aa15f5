package org.tracegraph.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.SimpleQueryRunner;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/** The entities a view names, and the relationships among them: how a shared link restores a view. */
public final class SubgraphService {
    public static final int MAX_IDS = 500;
    private static final int MAX_EDGES = 5000;

    private final Database db;

    public SubgraphService(Database db) {
        this.db = db;
    }

    public SubgraphJson subgraph(List<String> ids) {
        return db.readTransaction(tx -> read(tx, ids));
    }

    /**
     * The same, inside a transaction the caller holds (a saved view reads and writes in one). An id of an entity
     * merged into another stands for the survivor ({@link Redirects}), so old links and saved views keep it.
     */
    public static SubgraphJson read(SimpleQueryRunner tx, List<String> ids) {
        var asked = readExactly(tx, ids);
        if (asked.missing().isEmpty()) return asked;
        var survivors = Redirects.survivors(tx, asked.missing());
        return survivors.isEmpty() ? asked : readExactly(tx, Redirects.resolve(ids, survivors));
    }

    private static SubgraphJson readExactly(SimpleQueryRunner tx, List<String> ids) {
        var graph = new GraphBuilder();
        var found = new HashSet<String>();
        tx.run(CypherFile.query("app/entities.cypher"), Map.of("ids", ids)).forEachRemaining(row -> {
            var node = row.get("n").asNode();
            graph.add(node, row.get("degree").asLong());
            found.add(node.get("id").asString());
        });
        var present = List.copyOf(found);
        var edges = tx.run(CypherFile.query("app/relationships-touching.cypher"),
                Map.of("ids", present, "among", present, "limit", MAX_EDGES)).list();
        edges.forEach(row -> graph.add(row.get("r").asRelationship()));
        var built = graph.build(tx);
        var missing = new ArrayList<String>();
        ids.stream().filter(id -> !found.contains(id)).forEach(missing::add);
        return new SubgraphJson(built.nodes(), built.edges(), missing, edges.size() >= MAX_EDGES);
    }

    /** Graph JSON, plus the ids asked for that name no entity, and whether edges were left out. */
    public record SubgraphJson(List<NodeJson> nodes, List<EdgeJson> edges, List<String> missing, boolean truncated) {
    }
}
