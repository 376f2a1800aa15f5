package org.tracegraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.core.Status;
import org.tracegraph.paths.PathSearch;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class PathsApiTest {
    private final Http http = TestServer.http();

    private JsonNode paths(String query) {
        var response = http.get("/api/paths?" + query);
        assertEquals(200, response.status(), response::toString);
        return response.json().get("paths");
    }

    @Test
    void israfilov_is_tied_to_fatullayev_by_an_allegation_his_uncle_makes() {
        var path = paths("from=elnur-israfilov&to=eynullah-fatullayev").get(0);
        assertEquals(1, path.get("length").asInt());
        assertEquals("elnur-israfilov", path.get("nodes").get(0).get("id").asText(), "nodes in path order");
        assertEquals("eynullah-fatullayev", path.get("nodes").get(1).get("id").asText());
        var hop = path.get("edges").get(0);
        assertEquals("PERSUADED", hop.get("type").asText());
        assertEquals("alleged", hop.get("status").asText());
        assertEquals("mammad-ibrahimli", hop.get("claimedBy").asText());
        assertFalse(hop.get("quote").asText().isBlank());
        assertFalse(hop.get("sources").get(0).get("title").asText().isBlank());
        assertEquals("alleged", path.get("weakestStatus").asText());
        var sentence = path.get("hops").get(0).get("sentence").asText();
        assertTrue(sentence.contains("Eynullah Fatullayev") && sentence.contains("Elnur Israfilov")
                && sentence.contains("alleged") && sentence.contains("Mammad Ibrahimli"), sentence);
    }

    @Test
    void paths_come_shortest_first_and_every_path_is_a_chain_of_its_own_nodes() {
        var paths = paths("from=ruslan-bashirli&to=ndi&limit=20");
        assertTrue(paths.size() >= 3, "NDI is tied to Bashirli directly and through the plot, trial and letter");
        int previous = 0;
        for (var path : paths) {
            int length = path.get("length").asInt();
            assertTrue(length >= previous, "shortest first");
            previous = length;
            var nodes = path.get("nodes");
            var edges = path.get("edges");
            assertEquals(length + 1, nodes.size());
            assertEquals(length, edges.size());
            assertEquals("ruslan-bashirli", nodes.get(0).get("id").asText());
            assertEquals("ndi", nodes.get(length).get("id").asText());
            var seen = new java.util.HashSet<String>();
            for (int i = 0; i < length; i++) {
                var ends = List.of(edges.get(i).get("source").asText(), edges.get(i).get("target").asText());
                assertTrue(ends.contains(nodes.get(i).get("id").asText()) && ends.contains(nodes.get(i + 1).get("id").asText()),
                        "hop " + i + " joins nodes " + i + " and " + (i + 1));
                assertTrue(seen.add(nodes.get(i).get("id").asText()), "a path visits each entity once");
            }
        }
    }

    @Test
    void max_hops_bounds_the_paths() {
        for (var path : paths("from=khadija-ismayilova&to=ilham-aliyev&maxHops=6&limit=50")) {
            assertTrue(path.get("length").asInt() <= 6);
        }
        assertEquals(0, paths("from=khadija-ismayilova&to=ilham-aliyev&maxHops=1").size(), "not directly linked");
    }

    @Test
    void bad_path_requests_get_a_problem() {
        assertBadParameter(http.get("/api/paths?to=ndi"), "from");
        assertBadParameter(http.get("/api/paths?from=ndi"), "to");
        assertBadParameter(http.get("/api/paths?from=ndi&to=musavat&maxHops=7"), "maxHops");
        assertBadParameter(http.get("/api/paths?from=ndi&to=musavat&limit=0"), "limit");
        assertBadParameter(http.get("/api/paths?from=ndi&to=ndi"), "to");
        assertProblem(http.get("/api/paths?from=ndi&to=nobody-at-all"), 404);
    }

    /** A small graph of its own, where the evidence on each route is known, to check the ranking. */
    static class Ranking {
        static final String PREFIX = "zz-ranking-";
    }

    @BeforeAll
    static void addRankingGraph() {
        // from A to D by three routes of two hops: one confirmed throughout, one reported throughout,
        // one confirmed then a rumour. And one longer route, all confirmed.
        var rows = List.of(
                List.of("a", "b", "confirmed"), List.of("b", "d", "confirmed"),
                List.of("a", "c", "confirmed"), List.of("c", "d", "rumour"),
                List.of("a", "e", "reported"), List.of("e", "d", "reported"),
                List.of("a", "f", "confirmed"), List.of("f", "g", "confirmed"), List.of("g", "d", "confirmed"));
        TestServer.server().database().writeTransaction(tx -> {
            for (var name : List.of("a", "b", "c", "d", "e", "f", "g")) {
                tx.run("CREATE (:Entity:Person {id: $id, name: $name, aliases: [], description: 'test'})",
                        Map.of("id", Ranking.PREFIX + name, "name", "Ranking " + name.toUpperCase()));
            }
            for (var row : rows) {
                tx.run("""
                        MATCH (x:Entity {id: $from}), (y:Entity {id: $to})
                        CREATE (x)-[:TOLD {id: $from + '-told-' + $to, status: $status, quote: 'Karl Rahder',
                                sourceIds: ['rahder-2012-azerbaijan-blackmail-video']}]->(y)""",
                        Map.of("from", Ranking.PREFIX + row.get(0), "to", Ranking.PREFIX + row.get(1), "status", row.get(2)));
            }
            return null;
        });
    }

    /**
     * A hub: an entity with more relationships than PathSearch.HUB_DEGREE. From A to B the shortest path runs
     * through it; of the longer ones, only the one that avoids it is walked.
     */
    static class Hub {
        static final String PREFIX = "zz-hub-";
    }

    @BeforeAll
    static void addHubGraph() {
        TestServer.server().database().writeTransaction(tx -> {
            tx.run("""
                    UNWIND $names AS name
                    CREATE (:Entity:Person {id: $prefix + name, name: 'Hub test ' + name, aliases: [], description: 'test'})""",
                    Map.of("prefix", Hub.PREFIX, "names", List.of("a", "b", "hub", "c", "d", "e")));
            tx.run("""
                    MATCH (hub:Entity {id: $prefix + 'hub'})
                    UNWIND range(1, $leaves) AS i
                    CREATE (hub)-[:TOLD {id: $prefix + 'leaf-' + i, status: 'reported', quote: 'Karl Rahder',
                            sourceIds: ['rahder-2012-azerbaijan-blackmail-video']}]->
                           (:Entity:Person {id: $prefix + 'leaf-' + i, name: 'Leaf ' + i, aliases: [], description: 'test'})""",
                    Map.of("prefix", Hub.PREFIX, "leaves", PathSearch.HUB_DEGREE));
            // a-hub-b (2 hops, through the hub); a-c-d-b (3, around it); a-hub-e-b (3, through it)
            for (var pair : List.of(List.of("a", "hub"), List.of("hub", "b"), List.of("a", "c"), List.of("c", "d"),
                    List.of("d", "b"), List.of("hub", "e"), List.of("e", "b"))) {
                tx.run("""
                        MATCH (x:Entity {id: $from}), (y:Entity {id: $to})
                        CREATE (x)-[:TOLD {id: $from + '-told-' + $to, status: 'confirmed', quote: 'Karl Rahder',
                                sourceIds: ['rahder-2012-azerbaijan-blackmail-video']}]->(y)""",
                        Map.of("from", Hub.PREFIX + pair.get(0), "to", Hub.PREFIX + pair.get(1)));
            }
            return null;
        });
    }

    @AfterAll
    static void removeTestGraphs() {
        for (var prefix : List.of(Ranking.PREFIX, Hub.PREFIX)) {
            TestServer.server().database().writeTransaction(tx -> tx.run(
                    "MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", Map.of("prefix", prefix)).consume());
        }
    }

    private static List<String> routes(JsonNode paths, String prefix) {
        var routes = new ArrayList<String>();
        for (var path : paths) {
            var ids = new ArrayList<String>();
            for (var node : path.get("nodes")) ids.add(node.get("id").asText().substring(prefix.length()));
            routes.add(String.join("-", ids));
        }
        return routes;
    }

    @Test
    void the_shortest_path_may_cross_a_hub_but_the_longer_ones_go_around_it() {
        assertEquals(List.of("a-hub-b", "a-c-d-b"), routes(paths("from=zz-hub-a&to=zz-hub-b&limit=10"), Hub.PREFIX),
                "a-hub-e-b, as long as a-c-d-b, runs through the hub");
        assertEquals(List.of("a-hub-b"), routes(paths("from=zz-hub-a&to=zz-hub-b&limit=1"), Hub.PREFIX),
                "one shortest path is enough for limit 1");
        assertEquals(List.of("a-hub-b"), routes(paths("from=zz-hub-a&to=zz-hub-b&limit=10&maxHops=2"), Hub.PREFIX),
                "maxHops bounds the longer paths too");
        assertEquals(List.of("e-hub-a", "e-b-d-c-a"), routes(paths("from=zz-hub-e&to=zz-hub-a&limit=10"), Hub.PREFIX),
                "two hops longer than the shortest, around the hub");
        assertEquals(List.of("c-d-b"), routes(paths("from=zz-hub-c&to=zz-hub-b&limit=10"), Hub.PREFIX),
                "c-a-hub-b is one hop longer, through the hub");
    }

    @Test
    void among_paths_of_one_length_the_best_supported_weakest_hop_comes_first() {
        var paths = paths("from=zz-ranking-a&to=zz-ranking-d&limit=10");
        var routes = new ArrayList<String>();
        for (var path : paths) routes.add(path.get("nodes").get(1).get("id").asText().substring(Ranking.PREFIX.length()));
        assertEquals(List.of("b", "e", "c", "f"), routes, "confirmed, then reported, then the one with a rumour; longer last");
        var withRumour = paths.get(2);
        assertEquals("rumour", withRumour.get("weakestStatus").asText());
        assertEquals(1, withRumour.get("weakestHop").asInt(), "its second hop is the weak one");
        assertTrue(paths.get(0).get("strength").asDouble() > paths.get(1).get("strength").asDouble());
        assertTrue(Status.strengthOf("confirmed") > Status.strengthOf("reported"));
        assertTrue(Status.strengthOf("reported") > Status.strengthOf("alleged"));
        assertTrue(Status.strengthOf("alleged") > Status.strengthOf("rumour"));
    }
}
