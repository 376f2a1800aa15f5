package org.tracegraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class EntityApiTest {
    private final Http http = TestServer.http();

    @Test
    void an_entity_comes_with_its_relationships_and_their_evidence() {
        var response = http.get("/api/entities/elnur-israfilov");
        assertEquals(200, response.status(), response::toString);
        var entity = response.json();
        assertEquals("elnur-israfilov", entity.get("id").asText());
        assertEquals("Elnur Israfilov", entity.get("name").asText());
        assertEquals("Person", entity.get("type").asText());
        assertTrue(entity.get("aliases").isArray());
        var relationships = entity.get("relationships");
        assertEquals(entity.get("degree").asInt(), relationships.size());
        assertFalse(entity.get("relationshipsTruncated").asBoolean());
        JsonNode persuaded = null;
        for (var r : relationships) {
            assertFalse(r.get("quote").asText().isBlank());
            assertTrue(r.get("sources").size() >= 1);
            assertFalse(r.get("sources").get(0).get("title").asText().isBlank(), "sources are named, not only ids");
            assertTrue(r.get("direction").asText().matches("in|out"));
            var self = r.get("direction").asText().equals("out") ? r.get("source") : r.get("target");
            assertEquals("elnur-israfilov", self.asText());
            if (r.get("type").asText().equals("PERSUADED")) persuaded = r;
        }
        assertTrue(persuaded != null, "Fatullayev's alleged persuasion is among Israfilov's relationships");
        assertEquals("in", persuaded.get("direction").asText());
        assertEquals("eynullah-fatullayev", persuaded.get("other").get("id").asText());
        assertEquals("alleged", persuaded.get("status").asText());
        assertEquals("mammad-ibrahimli", persuaded.get("claimedBy").asText());
        assertEquals("Mammad Ibrahimli", persuaded.get("claimedByName").asText());
    }

    @Test
    void a_limit_bounds_the_relationships_and_says_so() {
        var entity = http.get("/api/entities/ruslan-bashirli?limit=3").json();
        assertEquals(3, entity.get("relationships").size());
        assertTrue(entity.get("relationshipsTruncated").asBoolean());
        assertTrue(entity.get("degree").asInt() > 3);
    }

    @Test
    void unknown_and_malformed_ids_get_404_and_400() {
        var problem = assertProblem(http.get("/api/entities/no-such-person"), 404);
        assertTrue(problem.get("detail").asText().contains("no-such-person"));
        assertBadParameter(http.get("/api/entities/Khadija%20Ismayilova"), "id");
        assertBadParameter(http.get("/api/entities/" + Http.encode("'; MATCH (n) DETACH DELETE n //")), "id");
    }

    @Test
    void the_neighbourhood_holds_the_entity_its_neighbours_and_the_edges_between_them() {
        var graph = http.get("/api/entities/elnur-israfilov/neighbourhood").json();
        assertEquals("elnur-israfilov", graph.get("center").asText());
        var ids = new HashSet<String>();
        graph.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        assertTrue(ids.containsAll(java.util.List.of("elnur-israfilov", "mammad-ibrahimli", "eynullah-fatullayev")));
        for (var edge : graph.get("edges")) {
            assertTrue(ids.contains(edge.get("source").asText()) && ids.contains(edge.get("target").asText()),
                    "every edge joins two nodes of the graph");
            assertFalse(edge.get("status").asText().isBlank());
        }
        assertFalse(graph.get("truncated").asBoolean());
        graph.get("nodes").forEach(n -> assertTrue(n.get("degree").asInt() >= 1));
    }

    @Test
    void a_deeper_neighbourhood_reaches_further_and_a_limit_bounds_it() {
        var one = http.get("/api/entities/elnur-israfilov/neighbourhood?depth=1").json().get("nodes").size();
        var two = http.get("/api/entities/elnur-israfilov/neighbourhood?depth=2").json().get("nodes").size();
        assertTrue(two > one, one + " then " + two);
        var bounded = http.get("/api/entities/azerbaijan/neighbourhood?depth=2&limit=5").json();
        assertEquals(6, bounded.get("nodes").size(), "the centre and five neighbours");
        assertTrue(bounded.get("truncated").asBoolean());
    }

    @Test
    void direct_neighbours_come_in_pages_that_together_hold_them_all() {
        var all = new HashSet<String>();
        http.get("/api/entities/azerbaijan").json().get("relationships").forEach(r -> all.add(r.get("other").get("id").asText()));
        assertTrue(all.size() > 6, "Azerbaijan is a hub of the seed: " + all.size());
        var paged = new HashSet<String>();
        int offset = 0;
        int pages = 0;
        while (true) {
            var page = http.get("/api/entities/azerbaijan/neighbourhood?depth=1&limit=3&offset=" + offset).json();
            assertEquals(offset, page.get("offset").asInt());
            var nodes = page.get("nodes");
            assertTrue(nodes.size() <= 4, "the centre and at most three neighbours");
            for (var n : nodes) {
                var id = n.get("id").asText();
                if (!id.equals("azerbaijan")) assertTrue(paged.add(id), id + " came on two pages");
            }
            pages++;
            if (!page.has("nextOffset")) {
                assertFalse(page.get("truncated").asBoolean());
                break;
            }
            assertTrue(page.get("truncated").asBoolean());
            offset = page.get("nextOffset").asInt();
        }
        assertEquals(all, paged);
        assertTrue(pages >= 3);
    }

    @Test
    void a_set_of_entities_comes_with_the_relationships_among_them() {
        var graph = http.get("/api/graph?ids=ruslan-bashirli,ndi,no-such-entity").json();
        var ids = new HashSet<String>();
        graph.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        assertEquals(java.util.Set.of("ruslan-bashirli", "ndi"), ids);
        assertEquals("no-such-entity", graph.get("missing").get(0).asText());
        boolean affiliated = false;
        for (var e : graph.get("edges")) {
            assertTrue(ids.contains(e.get("source").asText()) && ids.contains(e.get("target").asText()));
            affiliated |= e.get("type").asText().equals("AFFILIATED_WITH");
        }
        assertTrue(affiliated, "Bashirli's alleged tie to NDI");
        assertBadParameter(http.get("/api/graph"), "ids");
        assertBadParameter(http.get("/api/graph?ids=ndi,Not%20An%20Id"), "ids");
        var tooMany = new StringBuilder("ndi");
        for (int i = 0; i < 500; i++) tooMany.append(",zz-").append(i);
        assertBadParameter(http.get("/api/graph?ids=" + tooMany), "ids");
    }

    @Test
    void bad_neighbourhood_parameters_get_a_problem() {
        assertBadParameter(http.get("/api/entities/baku/neighbourhood?depth=2&offset=5"), "offset");
        assertBadParameter(http.get("/api/entities/baku/neighbourhood?offset=-1"), "offset");
        assertBadParameter(http.get("/api/entities/baku/neighbourhood?depth=4"), "depth");
        assertBadParameter(http.get("/api/entities/baku/neighbourhood?depth=0"), "depth");
        assertBadParameter(http.get("/api/entities/baku/neighbourhood?limit=100000"), "limit");
        assertProblem(http.get("/api/entities/atlantis/neighbourhood"), 404);
    }
}
