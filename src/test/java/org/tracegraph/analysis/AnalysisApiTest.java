package org.tracegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * /api/analysis on a fixture graph built so that the evidence decides who bridges: two confirmed triangles
 * joined by X on confirmed links, and Y linked to all six by rumours alone. On confirmed and reported evidence X
 * bridges the groups; with the rumours counted, Y does.
 */
@ExtendWith(TestServer.class)
class AnalysisApiTest {
    private static final String P = "zz-analysis-" + Long.toString(System.nanoTime(), 36) + "-";
    private static final String X = P + "x";
    private static final String Y = P + "y";
    private static final List<String> A = List.of(P + "a1", P + "a2", P + "a3");
    private static final List<String> B = List.of(P + "b1", P + "b2", P + "b3");
    private static final List<String> ALL = new ArrayList<>();
    private final Http http = TestServer.http();

    @BeforeAll
    static void buildFixture() {
        ALL.add(X);
        ALL.add(Y);
        ALL.addAll(A);
        ALL.addAll(B);
        var edges = new ArrayList<Map<String, String>>();
        for (var group : List.of(A, B)) {
            edges.add(edge(group.get(0), group.get(1), "confirmed"));
            edges.add(edge(group.get(1), group.get(2), "confirmed"));
            edges.add(edge(group.get(0), group.get(2), "confirmed"));
            for (var member : group) edges.add(edge(Y, member, "rumour"));
        }
        edges.add(edge(X, A.get(0), "confirmed"));
        edges.add(edge(X, B.get(0), "reported"));
        TestServer.server().database().writeTransaction(tx -> {
            tx.run("UNWIND $ids AS id CREATE (:Entity:Person {id: id, name: 'Analysis ' + id, aliases: [], description: 'test'})",
                    Map.of("ids", ALL)).consume();
            tx.run("""
                    UNWIND $edges AS e
                    MATCH (a:Entity {id: e.from}), (b:Entity {id: e.to})
                    CREATE (a)-[:TOLD {id: e.from + '-told-' + e.to, sourceIds: ['rahder-2012-azerbaijan-blackmail-video'],
                                       quote: 'a test quote', status: e.status}]->(b)""", Map.of("edges", edges)).consume();
            return null;
        });
    }

    private static Map<String, String> edge(String from, String to, String status) {
        return Map.of("from", from, "to", to, "status", status);
    }

    @AfterAll
    static void removeFixture() {
        TestServer.server().database().writeTransaction(tx -> tx.run("MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n",
                Map.of("ids", ALL)).consume());
    }

    private JsonNode analyse(String query) {
        var response = http.get("/api/analysis?ids=" + String.join(",", ALL) + "&depth=0" + query);
        assertEquals(200, response.status(), response::toString);
        return response.json();
    }

    private static JsonNode scored(JsonNode analysis, String id) {
        for (var node : analysis.get("nodes")) if (node.get("id").asText().equals(id)) return node;
        throw new AssertionError(id + " not in " + analysis);
    }

    @Test
    void on_confirmed_and_reported_evidence_x_bridges_the_groups_and_the_rumoured_y_counts_for_nothing() {
        var analysis = analyse("&statuses=confirmed,reported");
        assertEquals(List.of("confirmed", "reported"), List.of(analysis.get("statuses").get(0).asText(),
                analysis.get("statuses").get(1).asText()));
        assertEquals(8, analysis.get("nodes").size());
        assertEquals(X, analysis.get("nodes").get(0).get("id").asText(), "the best bridge first: " + analysis);
        assertEquals(9.0, scored(analysis, X).get("betweenness").asDouble(), 1e-9, "on every path from one triangle to the other");
        assertEquals(0, scored(analysis, Y).get("degree").asInt());
        assertEquals(0.0, scored(analysis, Y).get("betweenness").asDouble());
        assertTrue(scored(analysis, Y).get("community").isMissingNode() || scored(analysis, Y).get("community").isNull(),
                "an entity without counted links is in no community");
        assertEquals(8, analysis.get("counted").asInt());
        assertEquals(6, analysis.get("leftOut").asInt(), "the six rumours");
        assertTrue(scored(analysis, X).get("pagerank").asDouble() > scored(analysis, Y).get("pagerank").asDouble());
        for (var community : analysis.get("communities")) assertTrue(community.size() >= 2, community::toString);
    }

    @Test
    void with_the_rumours_counted_y_bridges_instead_and_the_ranking_changes() {
        var analysis = analyse("");
        assertEquals(6, analysis.get("statuses").size(), "no status given: every status counts");
        assertEquals(Y, analysis.get("nodes").get(0).get("id").asText(), analysis::toString);
        assertEquals(6, scored(analysis, Y).get("degree").asInt());
        assertTrue(scored(analysis, X).get("betweenness").asDouble() < 1.0, "X only shares the A1-B1 pair with Y");
        assertEquals(14, analysis.get("counted").asInt());
        assertEquals(0, analysis.get("leftOut").asInt());
        var y = scored(analysis, Y).get("community");
        assertTrue(y.isInt(), "linked now, Y is in a community: " + analysis);
        var members = analysis.get("communities").get(y.asInt()).toString();
        assertTrue(members.contains("\"" + Y + "\""), members);
    }

    @Test
    void a_neighbourhood_is_walked_from_the_ids_given() {
        var one = http.get("/api/analysis?ids=" + X + "&depth=1&statuses=confirmed,reported").json();
        var ids = new ArrayList<String>();
        one.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        assertEquals(List.of(A.get(0), B.get(0), X).stream().sorted().toList(), ids.stream().sorted().toList());
        var two = http.get("/api/analysis?ids=" + X + "&depth=2&statuses=confirmed").json();
        assertEquals(8, two.get("nodes").size(), "two steps reach every fixture entity (Y through its rumours)");
        var seed = http.get("/api/analysis?ids=ruslan-bashirli&depth=1&statuses=confirmed,reported");
        assertEquals(200, seed.status(), seed::toString);
        assertTrue(seed.json().get("nodes").size() > 3);
    }

    @Test
    void a_neighbourhood_beyond_the_limit_is_refused_whole_and_bad_parameters_are_named() {
        var tooLarge = assertProblem(http.get("/api/analysis?ids=" + X + "&depth=2&limit=4"), 422);
        assertEquals("/problems/#analysis-too-large", tooLarge.get("type").asText());
        assertTrue(tooLarge.get("detail").asText().contains("more than 4 entities"), tooLarge::toString);
        assertBadParameter(http.get("/api/analysis?ids=" + X + "&statuses=certain"), "statuses");
        assertBadParameter(http.get("/api/analysis?ids=" + X + "&statuses=,"), "statuses");
        assertBadParameter(http.get("/api/analysis?ids=" + X + "&depth=3"), "depth");
        assertBadParameter(http.get("/api/analysis?ids=" + X + "&limit=1001"), "limit");
        assertBadParameter(http.get("/api/analysis"), "ids");
        assertBadParameter(http.get("/api/analysis?ids=Not_An_Id"), "ids");
        assertProblem(http.get("/api/analysis?ids=" + P + "nobody"), 404);
        assertProblem(http.get("/api/analysis?ids=" + P + "nobody&depth=0"), 404);
    }
}
