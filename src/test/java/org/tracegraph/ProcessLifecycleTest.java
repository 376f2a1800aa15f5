package org.tracegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** Tracegraph as a process: what a second copy, a SIGTERM and a restart do to it. */
@ExtendWith(TestServer.class)
class ProcessLifecycleTest {

    @Test
    void a_second_process_on_the_same_data_directory_fails_with_one_clear_sentence() throws Exception {
        var env = TestServer.environment(TestServer.dataDir());
        var run = start(env, Files.createTempFile("tracegraph-second-", ".log"));
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
        int port = freePort();
        int boltPort = freePort();
        env.put("PORT", String.valueOf(port));
        env.put("BOLT_PORT", String.valueOf(boltPort));
        var http = new Http("http://localhost:" + port);

        var first = start(env, dataDir.resolve("first.log"));
        awaitHealthy(http, first);
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

        var second = start(env, dataDir.resolve("second.log"));
        try {
            awaitHealthy(http, second);
            assertEquals(entities, http.get("/api/health").json().get("entities").asLong());
            assertEquals(200, http.get("/api/entities/zz-written-before-restart").status());
            assertFalse(read(second.log()).contains("Loaded the seed graph"), "a graph with entities is not seeded again");
        } finally {
            second.process().destroy();
            second.process().waitFor(60, TimeUnit.SECONDS);
        }
    }

    private record Run(Process process, Path log) {
    }

    private static Run start(Map<String, String> env, Path log) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.tracegraph.Main"));
        builder.environment().keySet().removeIf(k -> List.of("NEO4J_URI", "EDITOR_TOKEN", "NEO4J_PASSWORD").contains(k));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new Run(builder.start(), log);
    }

    private static void awaitHealthy(Http http, Run run) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!run.process().isAlive()) throw new AssertionError("exited: " + read(run.log()));
            try {
                if (http.get("/api/health").status() == 200) return;
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not healthy within 120 s: " + read(run.log()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
