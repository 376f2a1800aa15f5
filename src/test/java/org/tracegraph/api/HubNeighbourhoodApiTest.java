package org.tracegraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.LargeGraph;

/**
 * A neighbourhood next to hubs, on a generated graph ({@link LargeGraph}) whose five hubs have hundreds of
 * relationships each (more than the ties query reads from a member's own side): every relationship among the
 * entities shown is there, those between two hubs included, exactly as a query that reads the hubs whole finds them.
 */
@ExtendWith(LargeGraph.class)
class HubNeighbourhoodApiTest {
    private static final List<String> HUBS = List.of("e0", "e1", "e2", "e3", "e4");
    private final Http http = LargeGraph.http();

    @Test
    void an_entity_next_to_two_linked_hubs_shows_every_tie_among_its_neighbours() {
        var centre = LargeGraph.server().database().read("""
                MATCH (h1:Entity)-[]->(h2:Entity) WHERE h1.id IN $hubs AND h2.id IN $hubs
                MATCH (h1)--(n:Entity)--(h2) WHERE NOT n.id IN $hubs AND COUNT { (n)--() } <= 25
                RETURN n.id AS id ORDER BY id LIMIT 1""", Map.of("hubs", HUBS)).get(0).get("id").asString();
        var graph = http.get("/api/entities/" + centre + "/neighbourhood?depth=1&limit=25").json();
        assertFalse(graph.get("truncated").asBoolean());
        var shown = new TreeSet<String>();
        graph.get("nodes").forEach(n -> shown.add(n.get("id").asText()));
        var edges = new TreeSet<String>();
        graph.get("edges").forEach(e -> edges.add(e.get("id").asText()));

        assertEquals(relationshipsAmong(shown), edges);
        var hubsShown = new TreeSet<>(shown);
        hubsShown.retainAll(HUBS);
        assertTrue(hubsShown.size() >= 2, "two hubs among the neighbours: " + hubsShown);
        assertFalse(relationshipsAmong(hubsShown).isEmpty(), "the hubs are tied to each other");
        assertTrue(edges.containsAll(relationshipsAmong(hubsShown)), "ties between two hubs are shown");
    }

    @Test
    void a_depth_two_walk_through_hubs_shows_every_tie_among_what_it_reached() {
        var graph = http.get("/api/entities/e0/neighbourhood?depth=2&limit=40").json();
        var shown = new TreeSet<String>();
        graph.get("nodes").forEach(n -> shown.add(n.get("id").asText()));
        var edges = new TreeSet<String>();
        graph.get("edges").forEach(e -> edges.add(e.get("id").asText()));
        var among = relationshipsAmong(shown);
        assertTrue(among.containsAll(edges));
        var hubsShown = new TreeSet<>(shown);
        hubsShown.retainAll(HUBS);
        assertTrue(hubsShown.size() >= 2, "a walk from a hub reaches another: " + hubsShown);
        assertTrue(edges.containsAll(relationshipsAmong(hubsShown)), "ties between two hubs are shown");
    }

    /** Every relationship between two of the entities, read the slow way: each one's relationships whole. */
    private static Set<String> relationshipsAmong(Set<String> ids) {
        var rows = LargeGraph.server().database().read("""
                MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id""",
                Map.of("ids", List.copyOf(ids)));
        var found = new TreeSet<String>();
        rows.forEach(row -> found.add(row.get("id").asString()));
        return found;
    }
}
