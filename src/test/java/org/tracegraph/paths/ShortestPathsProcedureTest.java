package org.tracegraph.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.TestServer;

/**
 * The embedded Neo4j's shortest-path procedure finds exactly the paths Neo4j's own {@code allShortestPaths}
 * finds, which is what PathSearch sends to a Neo4j without it: every pair of a set of the article's entities,
 * at every maxHops.
 */
@ExtendWith(TestServer.class)
class ShortestPathsProcedureTest {
    private static final List<String> ENTITIES = List.of("khadija-ismayilova", "ruslan-bashirli", "mammad-ibrahimli",
            "ndi", "musavat", "yeni-fekir", "elnur-israfilov", "eynullah-fatullayev", "ilham-aliyev");

    private static Set<String> paths(String from, String to, int maxHops, boolean inKernel) {
        return TestServer.server().database().readTransaction(tx -> PathSearch.find(tx, from, to, maxHops, 1, inKernel))
                .stream()
                .map(path -> path.nodes().stream().map(n -> n.get("id").asString()).collect(Collectors.joining(">"))
                        + " by " + path.relationships().stream().map(r -> r.elementId()).collect(Collectors.joining(",")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void the_procedure_is_registered_in_the_embedded_neo4j() {
        assertTrue(TestServer.server().database().readTransaction(PathSearch::inKernel));
    }

    @Test
    void it_finds_the_same_shortest_paths_as_neo4j_all_shortest_paths() {
        int compared = 0;
        int found = 0;
        for (var from : ENTITIES) {
            for (var to : ENTITIES) {
                if (from.compareTo(to) >= 0) continue;
                for (int maxHops = 1; maxHops <= 6; maxHops++) {
                    var inKernel = paths(from, to, maxHops, true);
                    assertEquals(paths(from, to, maxHops, false), inKernel, from + " to " + to + " within " + maxHops);
                    compared++;
                    if (!inKernel.isEmpty()) found++;
                }
            }
        }
        assertEquals(36 * 6, compared);
        assertTrue(found > 100, "most pairs are connected within a few hops: " + found);
    }

    @Test
    void a_path_runs_from_the_first_entity_to_the_second() {
        var path = TestServer.server().database().readTransaction(tx ->
                PathSearch.find(tx, "ilham-aliyev", "khadija-ismayilova", 6, 1, true)).get(0);
        assertEquals("ilham-aliyev", path.nodes().get(0).get("id").asString());
        assertEquals("khadija-ismayilova", path.nodes().get(path.length()).get("id").asString());
        assertEquals(path.length() + 1, path.degrees().size());
        assertFalse(path.relationships().isEmpty());
    }
}
