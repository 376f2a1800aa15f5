package org.tracegraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.TestServer;

/**
 * The load generator behind {@code tracegraph load}, run for a few hundred requests at low concurrency against the
 * test server: it must find no error and no lost write there, and count what it did, so that the real
 * 64-connection run (a separate command, docs/performance.md "Load") measures the server and not a broken client.
 */
@ExtendWith(TestServer.class)
class LoadGeneratorTest {

    @Test
    void a_short_mixed_load_has_no_error_and_every_acknowledged_write_is_in_the_graph() throws Exception {
        var generator = new LoadGenerator(TestServer.http().base(), TestServer.EDITOR_TOKEN, TestServer.server().database());
        // bounded by count first: this machine may be busy, and the point is the client's correctness, not speed
        var report = generator.run(new LoadGenerator.Options(4, 60, 400));
        assertEquals(0, report.errors(), () -> "errors: " + report.firstErrors());
        assertEquals(0, report.lostWrites(), report::toString);
        assertTrue(report.writesAcknowledged() > 0, () -> "it wrote: " + report);
        assertEquals(report.writesAcknowledged(), report.writesFound(), report::toString);
        report.kinds().forEach((kind, figures) -> assertTrue(figures.requests() > 0, () -> kind + " was sent: " + report));
        assertTrue(report.requests() <= 400, "bounded in count");
    }

    @Test
    void the_open_model_sends_what_was_due_counts_what_failed_and_reports_writes_apart() throws Exception {
        var generator = new LoadGenerator(TestServer.http().base(), TestServer.EDITOR_TOKEN, TestServer.server().database());
        var report = generator.run(new LoadGenerator.Options(4, 3, 1_000, 5));
        assertEquals("open", report.model());
        assertEquals(15, report.requests() + report.unsent(), "5 a second for 3 s were due: " + report);
        // no error asserted: on a busy machine a path search may time out, which the open model must count
        long failed = report.kinds().values().stream().mapToLong(LoadGenerator.KindFigures::errors).sum();
        assertEquals(failed, report.errors(), report::toString);
        assertEquals(0, report.lostWrites(), report::toString);
        long writes = report.kinds().get(LoadGenerator.Kind.CREATE_ENTITY).requests()
                + report.kinds().get(LoadGenerator.Kind.CREATE_RELATIONSHIP).requests();
        assertEquals(writes, report.writes().requests(), "the writes' row pools both kinds");
        assertTrue(writes == 0 || report.writes().p99Ms() >= report.writes().p50Ms(), report::toString);
    }

    @Test
    void the_bound_in_count_stops_it_before_the_bound_in_time_and_a_second_run_writes_new_ids() throws Exception {
        var generator = new LoadGenerator(TestServer.http().base(), TestServer.EDITOR_TOKEN, TestServer.server().database());
        for (int run = 0; run < 2; run++) { // as the load command does: a warm-up, then the run
            long started = System.nanoTime();
            var report = generator.run(new LoadGenerator.Options(2, 60, 50));
            assertEquals(50, report.requests());
            assertTrue(System.nanoTime() - started < 45e9, "stopped by the count, before 60 s");
            assertEquals(0, report.errors(), () -> "errors: " + report.firstErrors());
            assertEquals(0, report.lostWrites(), report::toString);
        }
    }
}
