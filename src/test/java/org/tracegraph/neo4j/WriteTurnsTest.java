package org.tracegraph.neo4j;

import org.tracegraph.core.ProblemType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.config.Settings;
import org.tracegraph.core.ProblemException;
import org.tracegraph.support.TestServer;

/**
 * Writes take turns: at most {@link Database#WRITERS} run at once, the next one waits for a free turn, and one
 * that waits too long is answered 503 having written nothing.
 */
@ExtendWith(TestServer.class)
class WriteTurnsTest {

    @Test
    void a_write_waits_for_a_turn_and_is_refused_when_none_comes_in_time() throws Exception {
        var password = Files.readString(TestServer.dataDir().resolve("neo4j-password")).strip();
        var settings = Settings.fromEnvironment(TestServer.environment(TestServer.dataDir()));
        var marker = "write-turns-" + System.nanoTime();
        var pool = Executors.newFixedThreadPool(Database.WRITERS + 1);
        try (var db = new Database(TestServer.server().embedded().orElseThrow().boltUri(), "neo4j", password,
                "neo4j", settings.databaseRetry(), Duration.ofSeconds(2))) {
            var started = new CountDownLatch(Database.WRITERS);
            var finish = new CountDownLatch(1);
            var holders = new ArrayList<CompletableFuture<Object>>();
            for (int i = 0; i < Database.WRITERS; i++) {
                holders.add(CompletableFuture.supplyAsync(() -> db.writeTransaction(tx -> {
                    started.countDown();
                    await(finish);
                    return null;
                }), pool));
            }
            assertTrue(started.await(30, TimeUnit.SECONDS), "every turn is taken");

            var refused = assertThrows(ProblemException.class, () -> db.writeTransaction(
                    tx -> tx.run("CREATE (:WriteTurns {marker: $marker})", Map.of("marker", marker)).consume()));
            assertEquals(503, refused.problem().status());
            assertEquals(ProblemType.WRITES_BUSY.uri(), refused.problem().type());

            // a write that comes while the turns are taken runs as soon as one is free
            var waiting = CompletableFuture.supplyAsync(() -> db.writeTransaction(
                    tx -> tx.run("CREATE (:WriteTurns {marker: $marker})", Map.of("marker", marker)).consume()), pool);
            Thread.sleep(500);
            assertTrue(!waiting.isDone(), "it waits while every turn is taken");
            finish.countDown();
            for (var holder : holders) holder.get(30, TimeUnit.SECONDS);
            waiting.get(30, TimeUnit.SECONDS);

            List<Long> written = db.read("MATCH (n:WriteTurns {marker: $marker}) RETURN count(n) AS n",
                    Map.of("marker", marker)).stream().map(r -> r.get("n").asLong()).toList();
            assertEquals(List.of(1L), written, "the refused write wrote nothing, the one that waited wrote");
            db.writeTransaction(tx -> tx.run("MATCH (n:WriteTurns) DELETE n").consume());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
