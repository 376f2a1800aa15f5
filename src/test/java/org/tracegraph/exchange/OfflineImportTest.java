package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracegraph.cli.Main;
import org.tracegraph.Server;
import org.tracegraph.bench.SyntheticGraph;
import org.tracegraph.config.Settings;
import org.tracegraph.json.Json;
import org.tracegraph.support.Browser;
import org.tracegraph.support.TestServer;

/**
 * {@code import --offline FILE}: a generated graph loaded with Neo4j's offline importer is, node for node and
 * relationship for relationship, every property included ({@code rev} too), the graph {@code restore} builds
 * from the same file through the transactional importer; its history is one change. A data directory that is
 * not empty, and a file with an invalid row, are refused and leave the data directory as they found it.
 */
class OfflineImportTest {
    private static final int ENTITIES = 1_000;
    private static Path dir;
    private static Path file;

    @BeforeAll
    static void generate() throws Exception {
        dir = Files.createTempDirectory("tracegraph-offline-");
        file = dir.resolve("graph.json");
        try (var out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new SyntheticGraph(ENTITIES, 5, 11).write(out);
        }
    }

    @AfterAll
    static void clean() {
        Browser.deleteTree(dir);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run offline(Path dataDir, Path file) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Main.commandLine(TestServer.environment(dataDir), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute("import", "--offline", file.toString());
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_offline_load_stores_exactly_what_the_transactional_restore_stores_and_records_one_change() throws Exception {
        var offlineDir = dir.resolve("offline");
        var loaded = offline(offlineDir, file);
        assertEquals(0, loaded.exit(), loaded::toString);
        var report = Json.objectMapper().readTree(loaded.out());
        assertEquals(ENTITIES, report.get("entities").asLong(), loaded::toString);
        assertTrue(report.get("relationships").asLong() > ENTITIES * 4L, loaded::toString);

        var restoredDir = dir.resolve("restored");
        var restored = Main.commandLine(TestServer.environment(restoredDir), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())).execute("restore", file.toString());
        assertEquals(0, restored);

        ExportApiTest.Snapshot expected;
        try (var graph = Server.connect(Settings.fromEnvironment(TestServer.environment(restoredDir)), false)) {
            expected = graph.database().readTransaction(ExportApiTest.Snapshot::of);
        }
        try (var graph = Server.connect(Settings.fromEnvironment(TestServer.environment(offlineDir)), false)) {
            var actual = graph.database().readTransaction(ExportApiTest.Snapshot::of);
            assertEquals(ENTITIES, actual.nodes().size());
            assertEquals(report.get("relationships").asLong(), actual.relationships().size());
            assertEquals(expected.nodes(), actual.nodes());
            assertEquals(expected.relationships(), actual.relationships());

            var changes = graph.database().read("MATCH (c:Change) RETURN c.editor AS editor, c.action AS action,"
                    + " c.entityIds AS entities, c.after AS after", Map.of());
            assertEquals(1, changes.size(), "one change for the whole load");
            assertEquals("import: graph.json", changes.get(0).get("editor").asString());
            assertEquals("import", changes.get(0).get("action").asString());
            assertTrue(changes.get(0).get("after").asString().contains("\"relationships\":"
                    + report.get("relationships").asLong()), changes.get(0)::toString);
            var online = graph.database().read("SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n", Map.of());
            assertEquals(0, online.get(0).get("n").asLong(), "every index is online");
        }

        var again = offline(offlineDir, file);
        assertEquals(1, again.exit(), again::toString);
        assertTrue(again.err().contains("is not empty"), again::toString);
    }

    @Test
    void a_file_with_an_invalid_row_loads_nothing_and_says_which_row() throws Exception {
        var graph = (ObjectNode) Json.objectMapper().readTree(file.toFile());
        var edges = (com.fasterxml.jackson.databind.node.ArrayNode) graph.get("edges");
        var last = (ObjectNode) edges.get(edges.size() - 1);
        last.put("target", "no-such-entity");
        var bad = dir.resolve("bad.json");
        Json.objectMapper().writeValue(bad.toFile(), graph);

        var dataDir = dir.resolve("bad-data");
        var run = offline(dataDir, bad);
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("nothing was loaded: edges[" + (edges.size() - 1) + "]"), run::toString);
        assertTrue(run.err().contains("to names no entity: 'no-such-entity'"), run::toString);
        assertFalse(Files.exists(dataDir), "the data directory was not made");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("offline-import")), "no staging store left");
        }

        var nodes = (com.fasterxml.jackson.databind.node.ArrayNode) graph.get("nodes");
        nodes.add(nodes.get(0).deepCopy());
        last.put("target", edges.get(0).get("target").asText());
        Json.objectMapper().writeValue(bad.toFile(), graph);
        Files.createDirectories(dataDir);
        var twice = offline(dataDir, bad);
        assertEquals(1, twice.exit(), twice::toString);
        assertTrue(twice.err().contains("nodes[" + (nodes.size() - 1) + "]") && twice.err().contains("earlier row"),
                twice::toString);
        try (var left = Files.list(dataDir)) {
            assertEquals(0, left.count(), "the empty data directory stays empty");
        }
    }
}
