package org.tracegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Browser;
import org.tracegraph.support.TestServer;

/** {@code java -jar tracegraph.jar import FILE}, run in this process against a DATA_DIR of its own. */
@ExtendWith(TestServer.class)
class ImportCommandTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        return command(env, "import", args);
    }

    private static Run restore(Map<String, String> env, String... args) {
        return command(env, "restore", args);
    }

    private static Run command(Map<String, String> env, String command, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var line = new String[args.length + 1];
        line[0] = command;
        System.arraycopy(args, 0, line, 1, args.length);
        int exit = Main.commandLine(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(line);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String graph() {
        return """
                {"nodes": [
                  {"id": "cli-report", "type": "Source", "name": "A report", "title": "A report"},
                  {"id": "cli-alice", "type": "Person", "name": "Alice"},
                  {"id": "cli-club", "type": "Organisation", "name": "The Club"}],
                 "edges": [
                  {"id": "cli-alice-member-of-club", "source": "cli-alice", "target": "cli-club", "type": "MEMBER_OF",
                   "sourceIds": ["cli-report"], "quote": "Alice is a member.", "status": "reported"}]}
                """;
    }

    @Test
    void the_import_command_imports_into_the_graph_of_DATA_DIR_with_a_progress_line_and_exit_codes() throws IOException {
        var dataDir = Files.createTempDirectory("tracegraph-import-command-");
        try {
            var env = TestServer.environment(dataDir);
            var file = dataDir.resolve("club.json");
            Files.writeString(file, graph());
            var first = run(env, file.toString());
            assertEquals(0, first.exit(), first::toString);
            var report = new ObjectMapper().readTree(first.out());
            assertEquals(4, report.get("created").asLong(), first::toString);
            assertTrue(first.err().contains("rows/s") && first.err().contains("% of the file"), first.err());

            var again = run(env, file.toString(), "--dry-run");
            assertEquals(0, again.exit(), again::toString);
            assertEquals(4, new ObjectMapper().readTree(again.out()).get("unchanged").asLong(), "the import was kept: " + again);

            var invalid = dataDir.resolve("invalid.json");
            Files.writeString(invalid, "{\"nodes\": [{\"id\": \"cli-nameless\", \"type\": \"Person\"}]}");
            var refused = run(env, invalid.toString());
            assertEquals(1, refused.exit(), refused::toString);
            assertTrue(refused.out().contains("name is required"), refused::toString);
            assertTrue(refused.err().contains("1 invalid rows: nothing was imported"), refused::toString);
        } finally {
            Browser.deleteTree(dataDir);
        }
    }

    @Test
    void bad_usage_exits_with_2_and_says_how_to_use_it() throws IOException {
        var env = TestServer.environment(Path.of("/nonexistent-tracegraph"));
        assertEquals(2, run(env).exit());
        var missing = run(env, "/no/such/file.json");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("cannot read") && missing.err().contains("usage:"), missing.err());
        var file = Files.createTempFile("tracegraph-import-", ".txt");
        try {
            assertTrue(run(env, file.toString()).err().contains("--format"));
            assertEquals(2, run(env, file.toString(), "--format", "xml").exit());
            assertEquals(2, run(env, file.toString(), "--format", "json", "--frobnicate").exit());
            assertEquals(2, run(env, file.toString(), "--format", "json", "--part", "nodes").exit());
            assertEquals(0, run(env, "--help").exit());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void restore_takes_exactly_one_file_and_says_how_to_use_it() throws IOException {
        var env = TestServer.environment(Path.of("/nonexistent-tracegraph"));
        var none = restore(env);
        assertEquals(2, none.exit(), none::toString);
        assertTrue(none.err().contains("Missing required parameter: 'FILE'") && none.err().contains("usage:"), none.err());
        assertEquals(2, restore(env, "/no/such/backup.json").exit());
        var file = Files.createTempFile("tracegraph-backup-", ".json");
        try {
            assertEquals(2, restore(env, file.toString(), "--format", "csv").exit(), "a backup is the json export");
        } finally {
            Files.delete(file);
        }
        var help = restore(env, "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("GET /api/export?format=json"), help.out());
    }

    @Test
    void the_import_command_refuses_a_DATA_DIR_a_running_server_holds() throws IOException {
        var file = Files.createTempFile("tracegraph-import-", ".json");
        try {
            Files.writeString(file, graph());
            var held = run(TestServer.environment(TestServer.dataDir()), file.toString());
            assertEquals(1, held.exit(), held::toString);
            assertTrue(held.err().contains("is in use by another Tracegraph or Neo4j process"), held::toString);
        } finally {
            Files.delete(file);
        }
    }
}
