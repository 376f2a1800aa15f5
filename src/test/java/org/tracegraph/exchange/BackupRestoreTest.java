package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracegraph.cli.Main;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.support.Browser;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * The backup of docs/import-export.md: the full {@code json} export of a graph that has lived (seed entities edited and
 * deleted, new ones with odd Unicode), restored with {@code tracegraph restore} into an empty data directory,
 * gives the same entities and relationships with every property (but {@code rev}, the write API's version
 * counter, which starts again), and a Tracegraph started on it does not seed it again. A copy of the stopped
 * data directory keeps everything, history and saved views included.
 */
class BackupRestoreTest {

    @Test
    void the_json_export_restored_into_an_empty_data_directory_is_the_same_graph() throws Exception {
        var original = Files.createTempDirectory("tracegraph-backup-");
        var restored = Files.createTempDirectory("tracegraph-restore-");
        try {
            ExportApiTest.Snapshot expected;
            byte[] backup;
            try (var server = Server.start(Settings.fromEnvironment(TestServer.environment(original)))) {
                var editor = new Http("http://localhost:" + server.port())
                        .withHeader("Authorization", "Bearer " + TestServer.EDITOR_TOKEN).withHeader("If-Match", "*");
                liveIn(editor);
                expected = server.database().readTransaction(ExportApiTest.Snapshot::of);
                backup = editor.bytes("/api/export?format=json");
            }
            var file = restored.resolve("backup.json");
            Files.write(file, backup);
            var env = TestServer.environment(restored.resolve("data"));

            var run = restore(env, file);
            assertEquals(0, run.exit(), run::toString);

            try (var server = Server.start(Settings.fromEnvironment(env))) {
                var actual = server.database().readTransaction(ExportApiTest.Snapshot::of);
                assertEquals(ImportRoundTripTest.withoutRev(expected.nodes()), ImportRoundTripTest.withoutRev(actual.nodes()));
                assertEquals(ImportRoundTripTest.withoutRev(expected.relationships()),
                        ImportRoundTripTest.withoutRev(actual.relationships()));
                assertFalse(actual.nodes().containsKey("dragan-milojevic"), "a deleted seed entity stays deleted");
            }

            var again = restore(env, file);
            assertEquals(1, again.exit(), again::toString);
            assertTrue(again.err().contains("restore into an empty data directory"), again::toString);
        } finally {
            Browser.deleteTree(original);
            Browser.deleteTree(restored);
        }
    }

    /**
     * The other backup docs/import-export.md gives: the data directory copied while Tracegraph is stopped. It keeps what
     * the export does not (history, saved views, rev), so every node and relationship of the store is
     * compared, by element id, which a copy keeps.
     */
    @Test
    void a_copy_of_the_stopped_data_directory_is_the_same_store_history_and_views_included() throws Exception {
        var original = Files.createTempDirectory("tracegraph-cold-");
        var copy = Files.createTempDirectory("tracegraph-cold-copy-");
        try {
            List<String> expected;
            try (var server = Server.start(Settings.fromEnvironment(TestServer.environment(original)))) {
                var editor = new Http("http://localhost:" + server.port())
                        .withHeader("Authorization", "Bearer " + TestServer.EDITOR_TOKEN).withHeader("If-Match", "*");
                liveIn(editor);
                var view = editor.post("/api/views", "{\"title\": \"Kept\", \"nodeIds\": [\"ruslan-bashirli\", \"ndi\"]}");
                assertEquals(201, view.status(), view::toString);
                expected = server.database().readTransaction(BackupRestoreTest::store);
            }
            try (var files = Files.walk(original)) {
                for (var from : files.toList()) {
                    var to = copy.resolve(original.relativize(from).toString());
                    if (Files.isDirectory(from)) Files.createDirectories(to);
                    else Files.copy(from, to);
                }
            }
            try (var server = Server.start(Settings.fromEnvironment(TestServer.environment(copy)))) {
                assertEquals(expected, server.database().readTransaction(BackupRestoreTest::store));
                assertTrue(expected.stream().anyMatch(line -> line.contains("View")), "a saved view is in it");
                assertTrue(expected.stream().anyMatch(line -> line.contains("Change")), "the history is in it");
            }
        } finally {
            Browser.deleteTree(original);
            Browser.deleteTree(copy);
        }
    }

    /** Every node and relationship of the store, labels, type and properties, one sorted line each. */
    private static List<String> store(org.neo4j.driver.SimpleQueryRunner tx) {
        var lines = new java.util.ArrayList<String>();
        tx.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p").forEachRemaining(r ->
                lines.add(r.get("id").asString() + " " + new java.util.TreeSet<>(r.get("labels").asList()) + " "
                        + new java.util.TreeMap<>(r.get("p").asMap())));
        tx.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS t, elementId(b) AS b, properties(r) AS p")
                .forEachRemaining(r -> lines.add(r.get("a").asString() + " " + r.get("t").asString() + " "
                        + r.get("b").asString() + " " + new java.util.TreeMap<>(r.get("p").asMap())));
        java.util.Collections.sort(lines);
        return lines;
    }

    /** What a graph goes through: the seed edited and cut, new entities and evidence added. */
    private static void liveIn(Http editor) {
        assertEquals(200, editor.delete("/api/entities/dragan-milojevic").status());
        var emptied = editor.send("PATCH", "/api/entities/ruslan-bashirli", "application/merge-patch+json",
                "{\"description\": null, \"aliases\": [\"Ruslan Bəşirli\", \"Руслан Баширли\"]}");
        assertEquals(200, emptied.status(), emptied::toString);
        for (var body : List.of(
                "{\"type\": \"Source\", \"id\": \"backup-source\", \"name\": \"Müsahibə\", \"title\": \"Müsahibə «İnterview» 🎙\","
                        + " \"kind\": \"interview\", \"published\": \"2012-04\"}",
                "{\"type\": \"Person\", \"id\": \"backup-person\", \"name\": \"Şəhla İsmayılova\", \"aliases\": [\"Shahla\"],"
                        + " \"description\": \"Line one\\nline two, with \\\"quotes\\\" and a tab\\t.\"}",
                "{\"type\": \"Event\", \"id\": \"backup-event\", \"name\": \"A meeting\", \"date\": \"2012-03\"}")) {
            var created = editor.post("/api/entities", body);
            assertEquals(201, created.status(), created::toString);
        }
        var linked = editor.post("/api/relationships", "{\"from\": \"backup-person\", \"type\": \"PARTICIPATED_IN\","
                + " \"to\": \"backup-event\", \"sourceIds\": [\"backup-source\"], \"quote\": \"biz görüşdük — we met\","
                + " \"status\": \"alleged\", \"claimedBy\": \"ruslan-bashirli\", \"role\": \"host\", \"date\": \"2012-03-20\"}");
        assertEquals(201, linked.status(), linked::toString);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run restore(java.util.Map<String, String> env, Path file) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Main.commandLine(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute("restore", file.toString());
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
