package org.tracegraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Relationship;
import org.tracegraph.cypher.CypherService;
import org.tracegraph.graph.GraphBuilder;
import org.tracegraph.graph.NeighbourhoodWalk;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.paths.PathSearch;
import org.tracegraph.search.SearchService;

/**
 * What each read endpoint asks of Neo4j, sent through the raw driver: the same Cypher files with the same
 * parameters, in one read transaction, every record read, and nothing else (no JSON, no HTTP). The
 * benchmark's baseline: the API's time over this is what the app itself costs.
 */
final class DriverWorkloads {
    private DriverWorkloads() {
    }

    static void search(Session session, String text, int limit) {
        var params = new HashMap<String, Object>();
        params.put("query", SearchService.luceneQuery(text));
        params.put("type", null);
        params.put("limit", limit);
        session.executeRead(tx -> tx.run(CypherFile.query("app/search.cypher"), params).list());
    }

    static void entity(Session session, String id, int limit) {
        session.executeRead(tx -> tx.run(CypherFile.query("app/entity-with-relationships.cypher"),
                Map.of("id", id, "limit", limit + 1)).list());
    }

    /** The API's walk itself ({@link NeighbourhoodWalk}), then the references its graph JSON looks up. */
    static void neighbourhood(Session session, String id, int depth, int limit) {
        session.executeRead(tx -> {
            NeighbourhoodWalk.walk(tx, id, depth, limit, 0).ifPresent(walked -> references(tx, walked.relationships()));
            return null;
        });
    }

    static void paths(Session session, String from, String to, int maxHops, int limit) {
        session.executeRead(tx -> {
            tx.run(CypherFile.query("app/entities-exist.cypher"), Map.of("ids", List.of(from, to))).list();
            var relationships = new ArrayList<Relationship>();
            // the bench's Neo4j is embedded: it has the app's procedure
            PathSearch.best(PathSearch.find(tx, from, to, maxHops, limit, true), limit).forEach(path -> relationships.addAll(path.relationships()));
            references(tx, relationships);
            return null;
        });
    }

    static void timeline(Session session, String from, String to, int limit) {
        var params = new HashMap<String, Object>();
        params.put("from", from);
        params.put("to", to);
        params.put("limit", limit + 1);
        session.executeRead(tx -> tx.run(CypherFile.query("app/timeline.cypher"), params).list());
    }

    /**
     * The text the endpoint runs (the analyst's query wrapped to weigh each row, {@link CypherService#checked}),
     * with the same parameters and the same checks per call, in a read transaction rolled back as the endpoint's is.
     */
    static void cypher(Session session, String query, Map<String, Object> params) {
        var checked = CypherService.checked(session, query, params);
        try (var tx = session.beginTransaction()) {
            tx.run(checked.text(), checked.parameters()).list();
            tx.rollback();
        }
    }

    /** The sources and claimants the relationships name, looked up as the app's graph JSON does. */
    private static void references(TransactionContext tx, List<Relationship> relationships) {
        GraphBuilder.References.lookUp(tx, GraphBuilder.referencedIds(relationships));
    }
}
