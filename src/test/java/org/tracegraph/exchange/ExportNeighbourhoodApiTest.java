package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * The export of a neighbourhood is the API's neighbourhood: one walk (graph/NeighbourhoodWalk) for both, so
 * the same entity, depth and limit give the same entities, whether the walk reaches everything or is cut short.
 */
@ExtendWith(TestServer.class)
class ExportNeighbourhoodApiTest {
    private final Http http = TestServer.http();

    @Test
    void the_export_of_a_neighbourhood_holds_the_entities_the_api_shows_at_every_depth_and_limit() {
        for (var entity : List.of("ruslan-bashirli", "ndi", "khadija-ismayilova")) {
            for (int depth = 1; depth <= 3; depth++) {
                for (int limit : new int[] {3, 10, 1000}) {
                    var query = "entity=" + entity + "&depth=" + depth + "&limit=" + limit;
                    var shown = http.get("/api/entities/" + entity + "/neighbourhood?depth=" + depth + "&limit=" + limit);
                    assertEquals(200, shown.status(), shown::toString);
                    var exported = http.get("/api/export?format=json&" + query);
                    assertEquals(200, exported.status(), exported::toString);
                    var ids = ids(shown.json().get("nodes"));
                    assertEquals(ids, ids(exported.json().get("nodes")), query);
                    assertTrue(ids.size() <= limit + 1, query);
                    assertEquals(edges(shown.json()), edges(exported.json()), query + ": the relationships among them");
                }
            }
        }
    }

    private static Set<String> ids(JsonNode nodes) {
        var ids = new HashSet<String>();
        nodes.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static Set<String> edges(JsonNode graph) {
        var ids = new HashSet<String>();
        graph.get("edges").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }
}
