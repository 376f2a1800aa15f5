package org.tracegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.tracegraph.bench.SyntheticGraph;
import org.tracegraph.exchange.ImportService;
import org.tracegraph.support.Browser;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;
import org.tracegraph.support.AppProcess;

/**
 * Tracegraph as a process: what a second copy, a SIGTERM, a SIGKILL and a restart do to it, that its data
 * directory, store and secrets are its owner's alone (0700 directories, 0600 files), even after a copy widened them,
 * and what it logs with LOG_FORMAT=json. Each process start costs a Neo4j start, so the tests share them: the
 * restart after SIGTERM is the one on the widened data directory, and the restart after SIGKILL logs in JSON.
 */
@ExtendWith(TestServer.class)
class ProcessLifecycleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_second_process_on_the_same_data_directory_fails_with_one_clear_sentence() throws Exception {
        var env = TestServer.environment(TestServer.dataDir());
        var run = AppProcess.start(env, Files.createTempFile("tracegraph-second-", ".log"));
        assertTrue(run.process().waitFor(120, TimeUnit.SECONDS), "the second process gives up");
        assertEquals(1, run.process().exitValue());
        var lines = Files.readAllLines(run.log()).stream().filter(l -> l.startsWith("tracegraph:")).toList();
        assertEquals(1, lines.size(), () -> "one sentence for the user: " + read(run.log()));
        assertTrue(lines.get(0).contains("in use by another"), lines.get(0));
        assertFalse(read(run.log()).contains("\tat "), "no stack trace");
    }

    /**
     * One process's life on a new DATA_DIR, with the tokens made by the server and kept there: it starts, logs
     * where it is, makes the directory, the store and the secrets its owner's alone, takes a write over Bolt, and
     * stops cleanly on SIGTERM without a secret in its log; a restart, on a DATA_DIR widened meanwhile (as an older
     * version or a careless copy leaves it), narrows it again and keeps every committed write.
     */
    @Test
    void sigterm_shuts_down_cleanly_a_restart_keeps_every_committed_write_and_the_files_and_secrets_stay_the_owners_alone()
            throws Exception {
        var parent = Files.createTempDirectory("tracegraph-lifecycle-");
        var dataDir = parent.resolve("data"); // made by the server
        var env = TestServer.environment(dataDir);
        env.remove("EDITOR_TOKEN");
        env.remove("ADMIN_TOKEN"); // made and kept in DATA_DIR
        int port = AppProcess.freePort();
        int boltPort = AppProcess.freePort();
        env.put("PORT", String.valueOf(port));
        env.put("BOLT_PORT", String.valueOf(boltPort));
        var http = new Http("http://localhost:" + port);

        var first = AppProcess.start(env, parent.resolve("first.log"));
        first.awaitHealthy(http);
        var log = read(first.log());
        assertTrue(log.contains("http://localhost:" + port), "logs its URL: " + log);
        assertTrue(log.contains("bolt://127.0.0.1:" + boltPort), "logs the Bolt address");
        assertTrue(log.contains(dataDir.toString()), "logs the data directory");
        // a malformed bookmark is a 400, and leaves no stack trace in the log
        assertEquals(400, http.withHeader("Tracegraph-Bookmark", "a").get("/api/search?q=musavat").status());
        assertFalse(first.output().contains("\tat "), first.output());
        assertOwnerOnly(dataDir);
        var editorToken = Files.readString(dataDir.resolve("editor-token")).strip();
        var adminToken = Files.readString(dataDir.resolve("admin-token")).strip();
        var password = Files.readString(dataDir.resolve("neo4j-password")).strip();
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password))) {
            driver.executableQuery("CREATE (:Entity:Person {id: 'zz-written-before-restart', name: 'Kept',"
                    + " aliases: [], description: 'written over Bolt'})").execute();
        }
        long entities = http.get("/api/health").json().get("entities").asLong();

        // tokens right, wrong and nearly right: none of them, nor the Neo4j password, may reach the log
        var admin = http.withHeader("Authorization", "Bearer " + adminToken);
        assertEquals(400, admin.post("/api/entities/zz-written-before-restart/merge", "{}").status());
        assertEquals(401, http.withHeader("Authorization", "Bearer " + editorToken + "-almost")
                .post("/api/entities", "{}").status());
        assertEquals(401, http.withHeader("Authorization", "Bearer " + password).post("/api/entities", "{}").status());

        first.process().destroy(); // SIGTERM
        assertTrue(first.process().waitFor(60, TimeUnit.SECONDS), "stops within a minute of SIGTERM");
        assertTrue(read(first.log()).contains("Shutting down"), read(first.log()));
        assertFalse(read(first.log()).contains("Exception"), read(first.log()));
        for (var secret : List.of(editorToken, adminToken, password)) {
            assertFalse(read(first.log()).contains(secret), "a secret in the log");
        }

        // as an older version, or a careless copy, left it: the directory and the token world-readable
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dataDir.resolve("neo4j"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dataDir.resolve("editor-token"), PosixFilePermissions.fromString("rw-r--r--"));
        var second = AppProcess.start(env, parent.resolve("second.log"));
        try {
            second.awaitHealthy(http);
            assertOwnerOnly(dataDir);
            assertEquals(entities, http.get("/api/health").json().get("entities").asLong());
            assertEquals(200, http.get("/api/entities/zz-written-before-restart").status());
            assertFalse(read(second.log()).contains("Loaded the seed graph"), "a graph with entities is not seeded again");
        } finally {
            second.close();
            Browser.deleteTree(parent);
        }
    }

    /**
     * SIGKILL in the middle of an import: every batch the import had reported committed is there after a
     * restart, and no part of the batch it was writing. Judged from outside, as an operator would: the job's
     * progress over HTTP before the kill, then which of the file's rows the graph holds after the restart. The
     * restart runs with LOG_FORMAT=json, and its own output is read as a log shipper reads it.
     */
    @Test
    void kill_9_in_the_middle_of_an_import_keeps_every_acknowledged_batch_and_no_partial_one_and_a_json_restart_logs_json()
            throws Exception {
        var dataDir = Files.createTempDirectory("tracegraph-kill-");
        var env = TestServer.environment(dataDir);
        int port = AppProcess.freePort();
        int boltPort = AppProcess.freePort();
        env.put("PORT", String.valueOf(port));
        env.put("BOLT_PORT", String.valueOf(boltPort));
        var editor = new Http("http://localhost:" + port).withHeader("Authorization", "Bearer " + TestServer.EDITOR_TOKEN);
        var file = dataDir.resolve("synthetic.json");
        try (var out = Files.newOutputStream(file)) {
            new SyntheticGraph(6_000, 5, 7).write(out);
        }
        var rows = rowIds(file); // in the order the importer takes them: entities, then relationships
        int batch = ImportService.BATCH;

        var first = AppProcess.start(env, dataDir.resolve("first.log"));
        first.awaitHealthy(editor);
        // skipInvalid: batches start committing at once, without the check pass over the whole file first
        var started = editor.postBytes("/api/import?format=json&async=true&skipInvalid=true&name=synthetic.json",
                "application/json", Files.readAllBytes(file));
        assertEquals(202, started.status(), started::toString);
        var job = started.location();
        int acknowledged = 0;
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (acknowledged < 2) {
            var progress = editor.get(job).json();
            assertEquals("running", progress.get("state").asText(), () -> "the file is imported before the kill: " + progress);
            assertTrue(Instant.now().isBefore(deadline), "no batch committed in 5 minutes");
            acknowledged = progress.get("report").get("committedBatches").asInt();
            Thread.sleep(20); // often enough to catch the import between batches, without starving it
        }
        first.process().destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the store
        assertTrue(first.process().waitFor(60, TimeUnit.SECONDS));

        // restarted with LOG_FORMAT=json behind a trusted proxy: its own output is read as a log shipper reads it
        var json = new HashMap<>(env);
        json.put("LOG_FORMAT", "json");
        json.put("TRUSTED_PROXIES", "127.0.0.1 ::1");
        var second = AppProcess.start(json, dataDir.resolve("second.log"));
        try {
            second.awaitHealthy(editor, Duration.ofMinutes(6));
            assertEveryLineIsJsonAndTheAccessLineHasItsFieldsAndNoToken(second, new Http("http://localhost:" + port));
            var stored = storedIds(boltPort, Files.readString(dataDir.resolve("neo4j-password")).strip());
            int kept = 0;
            while (kept < rows.size() && stored.contains(rows.get(kept))) kept++;
            for (int i = kept; i < rows.size(); i++) {
                assertFalse(stored.contains(rows.get(i)), "row " + i + " is stored but row " + kept + " is not");
            }
            assertTrue(kept >= acknowledged * batch, kept + " rows kept, but " + acknowledged + " batches were acknowledged");
            assertEquals(0, kept % batch, kept + " rows kept: part of a batch");
            assertTrue(kept < rows.size(), "the kill came after the whole file");
        } finally {
            second.close();
            Browser.deleteTree(dataDir);
        }
    }

    /**
     * With LOG_FORMAT=json every log line is a JSON object, the start-up's included, and the access line of a request
     * sent through a trusted proxy has its fields (the client the proxy names, the role the token proves) and no token.
     */
    private static void assertEveryLineIsJsonAndTheAccessLineHasItsFieldsAndNoToken(AppProcess run, Http http)
            throws Exception {
        var answer = http.withHeader("Authorization", "Bearer " + TestServer.ADMIN_TOKEN)
                .withHeader("X-Forwarded-For", "203.0.113.77").withHeader("X-Request-Id", "proxy-req-7")
                .get("/api/entities/zz-not-there");
        assertEquals(404, answer.status());
        JsonNode access = null;
        for (int i = 0; i < 100 && access == null; i++) {
            access = jsonLines(run.output()).stream()
                    .filter(l -> l.path("loggerName").asText().equals("tracegraph.access")
                            && l.path("mdc").path("requestId").asText().equals("proxy-req-7"))
                    .findFirst().orElse(null);
            if (access == null) Thread.sleep(100);
        }
        assertTrue(access != null, run.output());
        assertEquals("INFO", access.get("level").asText());
        assertTrue(access.get("timestamp").asLong() > 0, access.toString());
        var fields = new HashMap<String, String>();
        access.get("kvpList").forEach(pair -> pair.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText())));
        assertEquals(Map.of("method", "GET", "route", "/api/entities/{id}", "status", "404", "client", "203.0.113.77",
                "role", "admin"), Map.of("method", fields.get("method"), "route", fields.get("route"),
                "status", fields.get("status"), "client", fields.get("client"), "role", fields.get("role")), access.toString());
        assertTrue(Long.parseLong(fields.get("bytes")) > 0, access.toString());
        var output = run.output();
        assertFalse(output.contains(TestServer.ADMIN_TOKEN) || output.contains(TestServer.EDITOR_TOKEN), "a token in the log");
        // the start-up lines are JSON too: nothing for a shipper to choke on
        var startLines = output.lines().filter(l -> l.contains("Tracegraph is serving")).toList();
        assertEquals(1, startLines.size(), output);
        assertTrue(JSON.readTree(startLines.get(0)).path("formattedMessage").asText().contains("Tracegraph is serving"));
    }

    /** The lines of {@code output} that are JSON objects; one that starts as one and is not fails the test. */
    private static List<JsonNode> jsonLines(String output) {
        var parsed = new ArrayList<JsonNode>();
        for (var line : output.split("\n")) {
            if (!line.startsWith("{")) continue;
            try {
                parsed.add(JSON.readTree(line));
            } catch (Exception notJson) {
                throw new AssertionError("a log line that is not JSON: " + line, notJson);
            }
        }
        return parsed;
    }

    /** The ids of a graph JSON file's nodes, then of its edges. */
    private static List<String> rowIds(Path file) throws IOException {
        var graph = JSON.readTree(file.toFile());
        var ids = new ArrayList<String>();
        for (var part : List.of("nodes", "edges")) graph.get(part).forEach(row -> ids.add(row.get("id").asText()));
        return ids;
    }

    /** The ids of every entity and relationship in the graph, read over Bolt. */
    private static Set<String> storedIds(int boltPort, String password) {
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password))) {
            var ids = new HashSet<String>();
            driver.executableQuery("MATCH (n:Entity) RETURN n.id AS id UNION ALL MATCH ()-[r]->() RETURN r.id AS id")
                    .execute().records().forEach(r -> ids.add(r.get("id").asString(null)));
            return ids;
        }
    }

    /** DATA_DIR 0700, the secrets 0600, the store's directories 0700 and the files there at start (logs included) 0600. */
    private static void assertOwnerOnly(Path dataDir) throws Exception {
        assertEquals("rwx------", permissions(dataDir), "DATA_DIR");
        for (var secret : List.of("editor-token", "admin-token", "neo4j-password")) {
            assertEquals("rw-------", permissions(dataDir.resolve(secret)), secret);
        }
        var store = dataDir.resolve("neo4j");
        var wrong = new ArrayList<String>();
        try (Stream<Path> paths = Files.walk(store)) {
            for (var path : paths.toList()) {
                if (Files.isSymbolicLink(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) continue;
                var expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                var actual = permissions(path);
                // a file Neo4j made after the start gets the umask, inside directories no one else may enter
                boolean laterFile = !Files.isDirectory(path) && !path.startsWith(store.resolve("logs"));
                if (!actual.equals(expected) && !laterFile) wrong.add(store.relativize(path) + " " + actual);
            }
        }
        assertEquals(List.of(), wrong, "store directories 0700, logs 0600");
        try (var logs = Files.list(store.resolve("logs"))) {
            assertTrue(logs.findAny().isPresent(), "Neo4j wrote its logs");
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
