package org.tracegraph.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Apps;
import org.tracegraph.support.TestServer;

/** /metrics: Prometheus' text format, with the admin token or from METRICS_ALLOW, never public. */
@ExtendWith(TestServer.class)
class MetricsApiTest {

    @Test
    void metrics_are_refused_without_the_admin_token_and_with_a_lesser_one() {
        var anonymous = TestServer.http().get("/metrics");
        var problem = assertProblem(anonymous, 401);
        assertTrue(problem.get("detail").asText().contains("METRICS_ALLOW"), problem.toString());
        assertFalse(anonymous.body().contains("jvm_"), "nothing of the metrics");
        assertProblem(TestServer.editor().get("/metrics"), 403);
        assertProblem(TestServer.http().withHeader("Authorization", "Bearer not-a-token").get("/metrics"), 401);
    }

    @Test
    void the_admin_reads_requests_by_route_template_the_driver_pool_the_jvm_and_the_apps_queues() {
        assertEquals(200, TestServer.http().get("/api/search?q=musavat").status());
        assertEquals(200, TestServer.http().get("/api/entities/khadija-ismayilova").status());
        assertEquals(404, TestServer.http().get("/api/entities/zz-no-such-entity").status());
        var scrape = TestServer.admin().get("/metrics");
        assertEquals(200, scrape.status(), scrape::toString);
        assertTrue(scrape.contentType().startsWith("text/plain; version=0.0.4"), scrape.contentType());
        var text = scrape.body();
        // one series a route template, never an id from the address: latency buckets and counts
        assertTrue(matches(text, "http_server_requests_seconds_bucket\\{[^}]*method=\"GET\"[^}]*status=\"200\"[^}]*uri=\"/api/search\"[^}]*le=\"0\\.05\"[^}]*\\} \\d"), text);
        assertTrue(matches(text, "http_server_requests_seconds_count\\{[^}]*status=\"404\"[^}]*uri=\"/api/entities/\\{id\\}\"[^}]*\\} [1-9]"), text);
        assertFalse(text.contains("khadija-ismayilova") || text.contains("zz-no-such-entity"), "no id in a label");
        for (var name : new String[] {"neo4j_driver_connections_in_use", "neo4j_driver_connections_acquisition_seconds_count",
                "jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_gc_", "process_cpu_usage",
                "tracegraph_rate_limit_refusals_total{budget=\"requests\"}", "tracegraph_cypher_running",
                "tracegraph_cypher_slots", "tracegraph_writes_running", "tracegraph_writes_waiting",
                "tracegraph_writes_slots", "tracegraph_imports_running", "tracegraph_imports_started_total"}) {
            assertTrue(text.contains(name), name + " in\n" + text);
        }
        assertFalse(text.contains(TestServer.ADMIN_TOKEN) || text.contains(TestServer.EDITOR_TOKEN), "no token");
    }

    @Test
    void metrics_allow_opens_them_to_its_addresses_seen_through_trusted_proxies_only() {
        Apps.with(Map.of("METRICS_ALLOW", "127.0.0.1 ::1"), http -> assertEquals(200, http.get("/metrics").status()));
        Apps.with(Map.of("METRICS_ALLOW", "192.0.2.0/24"), http -> {
            assertProblem(http.get("/metrics"), 401);
            assertProblem(http.withHeader("X-Forwarded-For", "192.0.2.9").get("/metrics"), 401);
        });
        Apps.with(Map.of("METRICS_ALLOW", "192.0.2.0/24", "TRUSTED_PROXIES", "127.0.0.1 ::1"), http -> {
            assertEquals(200, http.withHeader("X-Forwarded-For", "192.0.2.9").get("/metrics").status());
            assertProblem(http.withHeader("X-Forwarded-For", "198.51.100.9").get("/metrics"), 401);
            assertProblem(http.get("/metrics"), 401); // the proxy itself is not in METRICS_ALLOW
        });
    }

    @Test
    void refusals_for_the_rate_limit_are_counted() {
        Apps.with(Map.of("RATE_LIMIT_PER_MINUTE", "2"), http -> {
            for (int i = 0; i < 2; i++) assertEquals(200, http.get("/api/health").status());
            assertProblem(http.get("/api/health"), 429);
            assertProblem(http.get("/api/health"), 429);
            var text = http.withHeader("Authorization", "Bearer " + TestServer.ADMIN_TOKEN).get("/metrics").body();
            assertTrue(text.contains("tracegraph_rate_limit_refusals_total{budget=\"requests\"} 2.0"), text);
            assertTrue(matches(text, "http_server_requests_seconds_count\\{[^}]*status=\"429\"[^}]*uri=\"/api/health\"[^}]*\\} 2(\\.0)?\n"), text);
        });
    }

    private static boolean matches(String text, String regex) {
        return Pattern.compile(regex).matcher(text).find();
    }
}
