package org.tracegraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.LargeGraph;

/**
 * Reads are charged the server time they take (RATE_LIMIT_CORES; half a core here, since one client holds at most one
 * of the heavy reads' turns at a time and so takes at most about one core): a client looping the most expensive
 * public read, several at once, is refused with 429 and Retry-After once it has spent its budget, while
 * another client's searches all succeed. The count of requests alone would not stop it: that limit is set far
 * out of reach here. (How fast the other client's searches stay is measured by the benchmark, not here.)
 */
@ExtendWith(LargeGraph.class)
class CostLimitApiTest {
    private static final String EXPORT = "/api/export?format=graphml";

    @Test
    void a_client_looping_whole_graph_exports_gets_429_once_its_server_time_is_spent_and_another_clients_searches_all_succeed()
            throws Exception {
        // half a core: one client holds at most one heavy read at a time (HeavyReads), which a whole core would pay for
        try (var app = LargeGraph.app(Map.of("RATE_LIMIT_PER_MINUTE", "1000000", "RATE_LIMIT_CORES", "0.5"))) {
            var hostile = app.http();
            var reader = app.otherClient();
            var stop = new AtomicBoolean();
            var exported = new AtomicInteger();
            var limited = new ConcurrentLinkedQueue<Http.Response>();
            var done = new CountDownLatch(3);
            for (int i = 0; i < 3; i++) {
                var thread = new Thread(() -> {
                    try {
                        // it ignores Retry-After, as a hostile client would, until it has been refused a few times
                        while (!stop.get() && limited.size() < 5) {
                            var response = hostile.get(EXPORT);
                            if (response.status() == 200) exported.incrementAndGet();
                            else if (response.status() == 429) limited.add(response);
                        }
                    } finally {
                        done.countDown();
                    }
                }, "hostile-" + i);
                thread.setDaemon(true);
                thread.start();
            }
            var searches = new ArrayList<Http.Response>();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            try {
                // a reader searching at a human pace meanwhile, until the hostile client has been refused
                while (System.nanoTime() < until && (limited.size() < 5 || searches.size() < 20)) {
                    searches.add(reader.get("/api/search?q=" + Http.encode("Ruslan") + "&limit=10"));
                    Thread.sleep(100);
                }
            } finally {
                stop.set(true);
                done.await(120, TimeUnit.SECONDS);
            }

            assertTrue(exported.get() >= 2, "the hostile client was served first: " + exported.get() + " exports");
            assertTrue(limited.size() >= 1, "never refused after " + exported.get() + " whole-graph exports");
            for (var refusal : limited) {
                var problem = assertProblem(refusal, 429);
                assertEquals("/problems/#too-many-requests", problem.get("type").asText());
                int wait = Integer.parseInt(refusal.retryAfter());
                assertTrue(wait >= 1 && wait <= 61, refusal.retryAfter());
                assertTrue(problem.get("detail").asText().contains("server's time")
                        && problem.get("detail").asText().contains("try again in " + wait), problem.toString());
            }
            List<Integer> statuses = searches.stream().map(Http.Response::status).distinct().toList();
            assertEquals(List.of(200), statuses, "every search of the other client succeeds");
            assertTrue(searches.size() >= 20, "searches: " + searches.size());
            assertTrue(searches.stream().allMatch(r -> r.json().get("results").size() > 0), "every search found Ruslan");
        }
    }
}
