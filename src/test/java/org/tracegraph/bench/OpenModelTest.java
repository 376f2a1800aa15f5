package org.tracegraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The open model's accounting, against a deliberately slow target (a worker that takes 50 ms a request, so one
 * worker answers at most 20 a second): requests due at 50 a second queue up, and each one's latency is counted
 * from when it was due, so it grows with the queue, where a closed model would report 50 ms throughout. Only
 * lower bounds on time are asserted: a busy machine makes every figure larger, never smaller.
 */
class OpenModelTest {
    private static final long SERVICE_NANOS = 50_000_000L;

    private static OpenModel.Worker slow(AtomicLong calls) {
        return () -> {
            calls.incrementAndGet();
            try {
                Thread.sleep(SERVICE_NANOS / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new OpenModel.Outcome("slow", null);
        };
    }

    @Test
    void a_slow_target_shows_its_queue_in_latencies_measured_from_when_each_request_was_due() throws Exception {
        var calls = new AtomicLong();
        var result = OpenModel.run(50, 1, 1_000, 1, () -> slow(calls), 30);
        assertEquals(50, result.due(), "50 a second for a second");
        assertEquals(0, result.unsent());
        assertEquals(50, result.samples().size(), "every due request sent, the queue drained after the second");
        assertEquals(50, calls.get());
        var latencies = new Latencies();
        long longestService = 0;
        for (var sample : result.samples()) {
            latencies.record(sample.latencyNanos());
            assertTrue(sample.latencyNanos() >= sample.serviceNanos(), "the wait in the queue is in the latency");
            longestService = Math.max(longestService, sample.serviceNanos());
        }
        // the 50th request was due at 0.98 s and could start only after 49 others of 50 ms each: 2.45 s at the earliest
        assertTrue(latencies.maxMs() >= 49 * 50 - 980 - 1, "the last one waited behind the others: " + latencies.maxMs());
        assertTrue(latencies.ms(0.50) >= 500, "half of them waited at least half a second: " + latencies.ms(0.50));
        assertTrue(latencies.ms(0.50) > 5 * SERVICE_NANOS / 1e6, "far more than one request's own 50 ms");
        assertTrue(result.seconds() >= 2.4, "the one worker needed 50 x 50 ms: " + result.seconds());
    }

    @Test
    void what_is_still_due_when_the_drain_time_runs_out_is_counted_as_never_sent() throws Exception {
        var calls = new AtomicLong();
        var result = OpenModel.run(100, 0.5, 1_000, 1, () -> slow(calls), 0.2);
        assertEquals(50, result.due());
        assertTrue(result.unsent() > 0, "one worker of 20 a second cannot send 50 in 0.7 s");
        assertEquals(result.due(), result.samples().size() + result.unsent(), "every due request is sent or counted unsent");
        assertEquals(calls.get(), result.samples().size());
    }

    @Test
    void the_bound_in_count_stops_the_requests_due() throws Exception {
        var calls = new AtomicLong();
        var result = OpenModel.run(200, 1, 10, 2, () -> slow(calls), 30);
        assertEquals(10, result.due());
        assertEquals(10, result.samples().size());
    }
}
