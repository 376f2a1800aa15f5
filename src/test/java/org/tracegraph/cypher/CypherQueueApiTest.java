package org.tracegraph.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.OwnApp;
import org.tracegraph.support.TestServer;

/**
 * Analysts' queries beyond the slots wait in a short queue, fair between clients, instead of being refused at
 * once; beyond the queue's bound, or its wait, they get 503 with Retry-After. Each test holds every slot with
 * queries that run until their timeout, on an app of its own (its own slots, timeout and wait).
 */
@ExtendWith(TestServer.class)
class CypherQueueApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rows Neo4j stops only at the timeout: each holds its slot until then. */
    private static final String SLOW = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n";
    private static final String FAST = "MATCH (n:Entity {id: 'ruslan-bashirli'}) RETURN n.name AS name";
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static Http.Response cypher(Http http, String query) {
        try {
            return http.post("/api/cypher", JSON.writeValueAsString(Map.of("query", query)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every slot taken by a query that runs until its timeout; returns their answers. */
    private List<Future<Http.Response>> holdEverySlot(Http http) throws InterruptedException {
        var slow = new ArrayList<Future<Http.Response>>();
        for (int i = 0; i < CypherService.MAX_RUNNING; i++) slow.add(pool.submit(() -> cypher(http, SLOW)));
        Thread.sleep(1000); // they take their slots as they arrive, and keep them for seconds
        return slow;
    }

    @Test
    void queries_beyond_the_slots_wait_their_turn_and_beyond_a_clients_share_of_the_queue_get_503_at_once()
            throws Exception {
        try (var app = new OwnApp(Map.of("CYPHER_TIMEOUT_SECONDS", "4", "CYPHER_QUEUE_SECONDS", "40"))) {
            var slow = holdEverySlot(app.http());
            // one client sends one query more than its share of the queue, all at once; another client sends one
            int sent = CypherService.MAX_WAITING_PER_CLIENT + 1;
            var fast = new ArrayList<Future<Http.Response>>();
            for (int i = 0; i < sent; i++) fast.add(pool.submit(() -> cypher(app.http(), FAST)));
            var other = pool.submit(() -> cypher(app.otherClient(), FAST));

            int answered = 0;
            int refused = 0;
            for (var answer : fast) {
                var response = answer.get();
                if (response.status() == 200) {
                    answered++;
                    assertEquals("Ruslan Bashirli", response.json().get("rows").get(0).get(0).asText());
                } else {
                    refused++;
                    var problem = assertProblem(response, 503);
                    assertEquals("/problems/#queries-busy", problem.get("type").asText());
                    assertEquals("5", response.retryAfter());
                    assertTrue(problem.get("detail").asText().contains("queue"), problem.toString());
                }
            }
            assertEquals(1, refused, "only the query beyond the client's share of the queue is refused");
            assertEquals(CypherService.MAX_WAITING_PER_CLIENT, answered);
            assertEquals(200, other.get().status(), "the other client still found a place in the queue");
            // the queries that held the slots ran to their timeout meanwhile, and were not cut short for the others
            for (var answer : slow) assertProblem(answer.get(), 504);
        }
    }

    @Test
    void a_query_that_waits_longer_than_the_queue_allows_gets_503_with_retry_after_and_the_slots_free_again()
            throws Exception {
        try (var app = new OwnApp(Map.of("CYPHER_TIMEOUT_SECONDS", "4", "CYPHER_QUEUE_SECONDS", "1"))) {
            var slow = holdEverySlot(app.http());
            long start = System.nanoTime();
            var busy = cypher(app.otherClient(), FAST);
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            var problem = assertProblem(busy, 503);
            assertEquals("5", busy.retryAfter());
            assertTrue(problem.get("detail").asText().contains("within 1 s"), problem.toString());
            assertTrue(waitedMs >= 900, "refused after " + waitedMs + " ms: it should have waited its second");
            for (var answer : slow) assertProblem(answer.get(), 504);
            assertEquals(200, cypher(app.otherClient(), FAST).status());
        }
    }
}
