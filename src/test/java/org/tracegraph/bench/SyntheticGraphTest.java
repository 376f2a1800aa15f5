package org.tracegraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyntheticGraphTest {
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final int HUBS_PLUS_ONE = SyntheticGraph.HUBS + 1;
    private static final Set<String> STATUSES = Set.of("confirmed", "reported", "alleged", "rumour", "denied", "disputed");

    private static byte[] bytes(int entities, long seed) throws IOException {
        var out = new ByteArrayOutputStream();
        new SyntheticGraph(entities, 5, seed).write(out);
        return out.toByteArray();
    }

    @Test
    void the_same_seed_gives_the_same_graph_and_another_seed_another() throws IOException {
        assertArrayEquals(bytes(2_000, 7), bytes(2_000, 7));
        assertTrue(!java.util.Arrays.equals(bytes(2_000, 7), bytes(2_000, 8)));
    }

    @Test
    void the_graph_has_the_model_s_evidence_hubs_dates_and_aliases() throws IOException {
        JsonNode graph = new ObjectMapper().readTree(bytes(20_000, 1));
        var nodes = graph.get("nodes");
        var edges = graph.get("edges");
        assertEquals(20_000, nodes.size());
        assertEquals(100_000, edges.size());
        var types = new HashMap<String, String>();
        int withAliases = 0;
        for (var node : nodes) {
            assertEquals(null, types.put(node.get("id").asText(), node.get("type").asText()), "ids are unique");
            if (node.get("type").asText().equals("Event")) assertTrue(PARTIAL_DATE.matcher(node.get("date").asText()).matches());
            if (node.get("aliases").size() > 0) withAliases++;
        }
        assertTrue(withAliases > 10_000, "names with diacritics carry their transliteration: " + withAliases);
        var degree = new HashMap<String, Integer>();
        var edgeIds = new HashSet<String>();
        for (var edge : edges) {
            assertTrue(edgeIds.add(edge.get("id").asText()));
            assertTrue(STATUSES.contains(edge.get("status").asText()));
            assertTrue(edge.get("quote").asText().length() > 10);
            assertEquals("Source", types.get(edge.get("sourceIds").get(0).asText()), "every relationship cites a source");
            assertTrue(types.containsKey(edge.get("source").asText()) && types.containsKey(edge.get("target").asText()));
            degree.merge(edge.get("source").asText(), 1, Integer::sum);
            degree.merge(edge.get("target").asText(), 1, Integer::sum);
        }
        int hub = degree.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(hub >= 0.015 * edges.size(), "a hub takes about 2% of all relationships: " + hub);
        assertTrue(degree.size() > 0.9 * nodes.size(), "few entities have no relationship: " + (nodes.size() - degree.size()));
        var sorted = degree.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        double mean = 2.0 * edges.size() / nodes.size();
        int median = sorted[sorted.length / 2];
        int p99 = sorted[(int) (sorted.length * 0.99)];
        assertTrue(median < mean && p99 > 3 * median, "a heavy tail: median " + median + ", mean " + mean + ", p99 " + p99);
        assertTrue(sorted[sorted.length - HUBS_PLUS_ONE] > 20 * mean, "the most connected entities are hubs");
    }
}
