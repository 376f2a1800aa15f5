package org.tracegraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Apps;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * X-Forwarded-For and Forwarded name the client only when the connection comes from a TRUSTED_PROXIES address:
 * judged by the per-client rate budget, which counts whoever the server believes is calling.
 */
@ExtendWith(TestServer.class)
class TrustedProxiesApiTest {
    private static final String LOOPBACK = "127.0.0.1 ::1";

    @Test
    void without_trusted_proxies_a_forged_forwarding_header_changes_nothing_and_the_real_peer_is_counted() {
        Apps.with(Map.of("RATE_LIMIT_PER_MINUTE", "3"), http -> {
            for (int i = 0; i < 3; i++) {
                var forged = i % 2 == 0 ? http.withHeader("X-Forwarded-For", "203.0.113." + i)
                        : http.withHeader("Forwarded", "for=203.0.113." + i);
                assertEquals(200, forged.get("/api/health").status());
            }
            assertProblem(http.withHeader("X-Forwarded-For", "203.0.113.99").get("/api/health"), 429);
            assertProblem(http.withHeader("Forwarded", "for=\"[2001:db8::1]:4711\"").get("/api/health"), 429);
        });
    }

    @Test
    void from_a_trusted_proxy_each_forwarded_client_has_its_own_budget() {
        Apps.with(Map.of("RATE_LIMIT_PER_MINUTE", "2", "TRUSTED_PROXIES", LOOPBACK), http -> {
            var first = http.withHeader("X-Forwarded-For", "203.0.113.1");
            assertEquals(200, first.get("/api/health").status());
            assertEquals(200, first.get("/api/health").status());
            assertProblem(first.get("/api/health"), 429);
            // a port, and the same client written the RFC 7239 way: still the first client
            assertProblem(http.withHeader("X-Forwarded-For", "203.0.113.1:5555").get("/api/health"), 429);
            assertProblem(http.withHeader("Forwarded", "for=203.0.113.1;proto=https").get("/api/health"), 429);
            var second = http.withHeader("Forwarded", "for=\"[2001:db8::7]:4711\";proto=https");
            assertEquals(200, second.get("/api/health").status(), "another client, another budget");
            assertEquals(200, second.get("/api/health").status());
            assertProblem(second.get("/api/health"), 429);
            // with no header, the proxy itself is the client
            assertEquals(200, http.get("/api/health").status());
        });
    }

    @Test
    void the_chain_is_walked_from_the_right_and_what_the_client_wrote_before_the_proxies_is_not_believed() {
        Apps.with(Map.of("RATE_LIMIT_PER_MINUTE", "2", "TRUSTED_PROXIES", LOOPBACK + " 10.0.0.0/8"), http -> {
            // the client forged 198.51.100.1 in front; the inner proxy 10.1.2.3 appended the address it saw
            Http client = http.withHeader("X-Forwarded-For", "198.51.100.1, 203.0.113.50, 10.1.2.3");
            assertEquals(200, client.get("/api/health").status());
            assertEquals(200, http.withHeader("X-Forwarded-For", "198.51.100.2, 203.0.113.50, 10.1.2.3")
                    .get("/api/health").status());
            assertProblem(http.withHeader("X-Forwarded-For", "203.0.113.50").get("/api/health"), 429);
            assertEquals(200, http.withHeader("X-Forwarded-For", "198.51.100.1").get("/api/health").status(),
                    "the forged address was never charged");
            // a hop that is no address ends the walk at the proxy that wrote it: 10.1.2.3 is charged, not "unknown"
            var unknown = http.withHeader("X-Forwarded-For", "unknown, 10.1.2.3");
            assertEquals(200, unknown.get("/api/health").status());
            assertEquals(200, http.withHeader("X-Forwarded-For", "garbage, 10.1.2.3").get("/api/health").status());
            assertProblem(http.withHeader("X-Forwarded-For", "10.1.2.3").get("/api/health"), 429);
        });
    }
}
