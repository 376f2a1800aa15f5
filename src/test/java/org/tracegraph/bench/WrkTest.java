package org.tracegraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark reads wrk's report as wrk 4.1 (Debian bookworm) writes it, failures included. */
class WrkTest {
    @Test
    void the_rate_and_the_failed_requests_are_read_from_wrks_report() {
        var clean = """
                Running 5s test @ http://localhost:7070/api/views/bench-view-abc123.png?v=1
                  2 threads and 32 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency     6.01ms    3.12ms  41.20ms   80.11%
                    Req/Sec     2.71k   312.44     3.40k    70.00%
                  27011 requests in 5.00s, 1.02GB read
                Requests/sec:   5401.93
                Transfer/sec:    208.71MB
                """;
        var run = Wrk.parse(clean).orElseThrow();
        assertEquals(5401.93, run.rps(), 0.001);
        assertEquals(0, run.failed());

        var failing = clean.replace("Requests/sec:", "  Socket errors: connect 0, read 3, write 0, timeout 2\n"
                + "  Non-2xx or 3xx responses: 120\nRequests/sec:");
        assertEquals(125, Wrk.parse(failing).orElseThrow().failed());
        assertTrue(Wrk.parse("unable to connect to localhost:7070 Connection refused").isEmpty());
    }
}
