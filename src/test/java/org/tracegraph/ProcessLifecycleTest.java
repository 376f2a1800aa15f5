package org.tracegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

/** Tracegraph as a process: what a second copy, a SIGTERM, a SIGKILL and a restart do to it. */
@ExtendWith(TestServer.class)
class ProcessLifecycleTest {

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

    @Test
    void sigterm_shuts_down_cleanly_a_restart_keeps_every_committed_write_and_no_token_reaches_the_log() throws Exception {
        var dataDir = Files.createTempDirectory("tracegraph-lifecycle-");
        var env = TestServer.environment(dataDir);
        int port = AppProcess.freePort();
        int boltPort = AppProcess.freePort();
        env.put("PORT", String.valueOf(port));
        env.put("BOLT_PORT", String.valueOf(boltPort));
        var http = new Http("http://localhost:" + port);

        var first = AppProcess.start(env, dataDir.resolve("first.log"));
        first.awaitHealthy(http);
        var log = read(first.log());
        assertTrue(log.contains("http://localhost:" + port), "logs its URL: " + log);
        assertTrue(log.contains("bolt://127.0.0.1:" + boltPort), "logs the Bolt address");
        assertTrue(log.contains(dataDir.toString()), "logs the data directory");
        var password = Files.readString(dataDir.resolve("neo4j-password")).strip();
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password))) {
            driver.executableQuery("CREATE (:Entity:Person {id: 'zz-written-before-restart', name: 'Kept',"
                    + " aliases: [], description: 'written over Bolt'})").execute();
        }
        long entities = http.get("/api/health").json().get("entities").asLong();

        // tokens right, wrong and nearly right: none of them, nor the Neo4j password, may reach the log
        var admin = http.withHeader("Authorization", "Bearer " + TestServer.ADMIN_TOKEN);
        assertEquals(400, admin.post("/api/entities/zz-written-before-restart/merge", "{}").status());
        assertEquals(401, http.withHeader("Authorization", "Bearer " + TestServer.EDITOR_TOKEN + "-almost")
                .post("/api/entities", "{}").status());
        assertEquals(401, http.withHeader("Authorization", "Bearer " + password).post("/api/entities", "{}").status());

        first.process().destroy(); // SIGTERM
        assertTrue(first.process().waitFor(60, TimeUnit.SECONDS), "stops within a minute of SIGTERM");
        assertTrue(read(first.log()).contains("Shutting down"), read(first.log()));
        assertFalse(read(first.log()).contains("Exception"), read(first.log()));
        for (var secret : List.of(TestServer.EDITOR_TOKEN, TestServer.ADMIN_TOKEN, password)) {
            assertFalse(read(first.log()).contains(secret), "a secret in the log");
        }

        var second = AppProcess.start(env, dataDir.resolve("second.log"));
        try {
            second.awaitHealthy(http);
            assertEquals(entities, http.get("/api/health").json().get("entities").asLong());
            assertEquals(200, http.get("/api/entities/zz-written-before-restart").status());
            assertFalse(read(second.log()).contains("Loaded the seed graph"), "a graph with entities is not seeded again");
        } finally {
            second.process().destroy();
            second.process().waitFor(60, TimeUnit.SECONDS);
        }
    }

    /**
     * SIGKILL in the middle of an import: every batch the import had reported committed is there after a
     * restart, and no part of the batch it was writing. Judged from outside, as an operator would: the job's
     * progress over HTTP before the kill, then which of the file's rows the graph holds after the restart.
     */
    @Test
    void kill_9_in_the_middle_of_an_import_keeps_every_acknowledged_batch_and_no_partial_one() throws Exception {
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

        var second = AppProcess.start(env, dataDir.resolve("second.log"));
        try {
            second.awaitHealthy(editor);
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

    /** The ids of a graph JSON file's nodes, then of its edges. */
    private static List<String> rowIds(Path file) throws IOException {
        var graph = new ObjectMapper().readTree(file.toFile());
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

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
