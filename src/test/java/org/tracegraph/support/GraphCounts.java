package org.tracegraph.support;

import java.util.Map;

/** How many nodes (any label: entities, history, views) and relationships the shared server's graph holds. */
public record GraphCounts(long nodes, long relationships) {

    public static GraphCounts now() {
        var db = TestServer.server().database();
        long nodes = db.read("MATCH (n) RETURN count(n) AS c", Map.of()).get(0).get("c").asLong();
        long relationships = db.read("MATCH ()-[r]->() RETURN count(r) AS c", Map.of()).get(0).get("c").asLong();
        return new GraphCounts(nodes, relationships);
    }
}
