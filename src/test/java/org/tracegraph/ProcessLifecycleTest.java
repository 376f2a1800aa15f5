package org.tracegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.tracegraph.support.AppProcess;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** Tracegraph as a process: what a second copy, a SIGTERM and a restart do to it. */
@ExtendWith(TestServer.class)
class ProcessLifecycleTest {

    @Test
    void a_second_process_on_the_same_data_directory_fails_with_one_clear_sentence() throws Exception {
        var env = TestServer.environment(TestServer.dataDir());
        var run = AppProcess.start(env, Files.createTempFile("tracegraph-second-", ".log"));
        assertTrue(run.process().waitFor(120, TimeUnit.SECONDS), "the second process gives up");
        assertEquals(1, run.process().exitValue());
        var lines = Files.readAllLines(run.log()).stream().filter(l -> l.startsWith("tracegraph:")).toList();
        assertEquals(1, lines.size(), () -> "one sentence for the user: " + run.output());
        assertTrue(lines.get(0).contains("in use by another"), lines.get(0));
        assertFalse(run.output().contains("\tat "), "no stack trace");
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
        var log = first.output();
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
        assertTrue(first.output().contains("Shutting down"), first.output());
        assertFalse(first.output().contains("Exception"), first.output());
        for (var secret : List.of(TestServer.EDITOR_TOKEN, TestServer.ADMIN_TOKEN, password)) {
            assertFalse(first.output().contains(secret), "a secret in the log");
        }

        var second = AppProcess.start(env, dataDir.resolve("second.log"));
        try {
            second.awaitHealthy(http);
            assertEquals(entities, http.get("/api/health").json().get("entities").asLong());
            assertEquals(200, http.get("/api/entities/zz-written-before-restart").status());
            assertFalse(second.output().contains("Loaded the seed graph"), "a graph with entities is not seeded again");
        } finally {
            second.process().destroy();
            second.process().waitFor(60, TimeUnit.SECONDS);
        }
    }
}
