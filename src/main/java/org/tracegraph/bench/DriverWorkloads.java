package org.tracegraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Relationship;
import org.tracegraph.graph.NeighbourhoodService;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.paths.PathSearch;
import org.tracegraph.core.Folding;
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
        params.put("query", SearchService.luceneQuery(Folding.words(text)));
        params.put("type", null);
        params.put("limit", limit);
        session.executeRead(tx -> tx.run(CypherFile.query("app/search.cypher"), params).list());
    }

    static void entity(Session session, String id, int limit) {
        session.executeRead(tx -> tx.run(CypherFile.query("app/entity-with-relationships.cypher"),
                Map.of("id", id, "limit", limit + 1)).list());
    }

    static void neighbourhood1(Session session, String id, int limit) {
        session.executeRead(tx -> {
            tx.run(CypherFile.query("app/entity.cypher"), Map.of("id", id)).list();
            var rows = tx.run(CypherFile.query("app/neighbours-page.cypher"),
                    Map.of("id", id, "offset", 0, "limit", limit + 1)).list();
            var ids = new ArrayList<String>(List.of(id));
            rows.stream().limit(limit).forEach(row -> ids.add(row.get("other").get("id").asString()));
            var edges = tx.run(CypherFile.query("app/relationships-among.cypher"), Map.of("ids", ids,
                    "limit", (limit + 1) * NeighbourhoodService.RELATIONSHIPS_PER_ENTITY)).list();
            references(tx, edges.stream().map(r -> r.get("r").asRelationship()).toList());
            return null;
        });
    }

    static void neighbourhood2(Session session, String id, int limit) {
        session.executeRead(tx -> {
            tx.run(CypherFile.query("app/entity.cypher"), Map.of("id", id)).list();
            Set<String> seen = new HashSet<>(List.of(id));
            List<String> frontier = List.of(id);
            var relationships = new ArrayList<Relationship>();
            for (int step = 1; step <= 2 && !frontier.isEmpty(); step++) {
                int budget = Math.max(limit - seen.size() + 2, 1) * NeighbourhoodService.RELATIONSHIPS_PER_ENTITY;
                var next = new ArrayList<String>();
                for (Record row : tx.run(CypherFile.query("app/neighbourhood-step.cypher"),
                        Map.of("frontier", frontier, "limit", budget)).list()) {
                    var other = row.get("other").get("id").asString();
                    if (seen.size() <= limit && seen.add(other)) next.add(other);
                    relationships.add(row.get("r").asRelationship());
                }
                frontier = next;
            }
            tx.run(CypherFile.query("app/relationships-among.cypher"), Map.of("ids", List.copyOf(seen),
                    "limit", (limit + 1) * NeighbourhoodService.RELATIONSHIPS_PER_ENTITY))
                    .forEachRemaining(row -> relationships.add(row.get("r").asRelationship()));
            references(tx, relationships);
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
        params.put("entity", null);
        params.put("limit", limit + 1);
        session.executeRead(tx -> tx.run(CypherFile.query("app/timeline.cypher"), params).list());
    }

    static void cypher(Session session, String query, Map<String, Object> params) {
        session.executeRead(tx -> tx.run(query, params).list());
    }

    /** The sources and claimants the relationships name, as the app looks them up. */
    private static void references(TransactionContext tx, List<Relationship> relationships) {
        var ids = new HashSet<String>();
        for (var r : relationships) {
            if (r.containsKey("sourceIds")) ids.addAll(r.get("sourceIds").asList(v -> v.asString()));
            if (r.containsKey("claimedBy")) ids.add(r.get("claimedBy").asString());
        }
        if (!ids.isEmpty()) tx.run(CypherFile.query("app/references.cypher"), Map.of("ids", List.copyOf(ids))).list();
    }
}
