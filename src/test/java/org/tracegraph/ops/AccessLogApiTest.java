package org.tracegraph.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.tracegraph.http.RequestLog;
import org.tracegraph.support.Apps;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * The access log, read as Logback receives it: one line a request with its route template, status, bytes, client
 * and the role the token proved, never the token; and the request id in the answer, the log and every problem.
 */
@ExtendWith(TestServer.class)
class AccessLogApiTest {
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger access = (Logger) LoggerFactory.getLogger(RequestLog.ACCESS_LOGGER);

    @BeforeEach
    void listen() {
        lines.start();
        access.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        access.detachAppender(lines);
    }

    @Test
    void each_request_has_one_line_with_its_route_template_status_bytes_client_and_role_and_never_its_token() {
        var answer = TestServer.editor().get("/api/entities/khadija-ismayilova?limit=5");
        assertEquals(200, answer.status());
        var line = lineOf(answer);
        var fields = fields(line);
        assertEquals("GET", fields.get("method"));
        assertEquals("/api/entities/{id}", fields.get("route"), "the template, not the address as sent");
        assertEquals("200", fields.get("status"));
        assertTrue(Long.parseLong(fields.get("bytes")) > 0, fields.toString());
        assertTrue(Double.parseDouble(fields.get("durationMs")) >= 0, fields.toString());
        assertTrue(List.of("127.0.0.1", "0:0:0:0:0:0:0:1").contains(fields.get("client")), fields.toString());
        assertEquals("editor", fields.get("role"));
        var text = line.getFormattedMessage();
        assertTrue(text.startsWith("GET /api/entities/{id} 200 "), text);
        assertTrue(text.endsWith(" role editor"), text);
        for (var leak : new String[] {TestServer.EDITOR_TOKEN, "khadija", "limit=5"}) {
            assertFalse(text.contains(leak) || fields.toString().contains(leak), leak + " in " + text);
        }
    }

    @Test
    void a_wrong_token_is_logged_as_unknown_and_no_token_as_a_dash_and_neither_token_appears() {
        var wrong = TestServer.http().withHeader("Authorization", "Bearer a-guess-at-the-token").post("/api/entities", "{}");
        assertProblem(wrong, 401);
        var line = lineOf(wrong);
        assertEquals("unknown", fields(line).get("role"));
        assertEquals("401", fields(line).get("status"));
        assertFalse(line.getFormattedMessage().contains("a-guess-at-the-token"));
        var missing = TestServer.http().get("/api/nothing/here");
        assertEquals("-", fields(lineOf(missing)).get("role"));
        assertEquals("NOT_FOUND", fields(lineOf(missing)).get("route"), "what no route serves is not its address");
    }

    @Test
    void the_request_id_is_made_here_unless_a_trusted_proxy_sent_one_and_every_problem_carries_it() {
        var forged = TestServer.http().withHeader("X-Request-Id", "chosen-by-the-client").get("/api/entities/zz-none");
        var problem = assertProblem(forged, 404);
        var id = forged.header("X-Request-Id");
        assertNotEquals("chosen-by-the-client", id, "an untrusted peer's id is replaced");
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        assertEquals(id, problem.get("requestId").asText());
        assertEquals(id, lineOf(forged).getMDCPropertyMap().get(RequestLog.MDC_KEY));

        Apps.with(Map.of("TRUSTED_PROXIES", "127.0.0.1 ::1"), http -> {
            var proxied = http.withHeader("X-Request-Id", "nginx-4f2a9c").get("/api/entities/zz-none");
            assertEquals("nginx-4f2a9c", proxied.header("X-Request-Id"));
            assertEquals("nginx-4f2a9c", assertProblem(proxied, 404).get("requestId").asText());
            assertEquals("nginx-4f2a9c", lineOf(proxied).getMDCPropertyMap().get(RequestLog.MDC_KEY));
            // not an id: a line break, spaces, or 129 characters could forge or flood a log line
            for (var bad : new String[] {"two words", "x".repeat(129), "id\"}{\"role\":\"admin"}) {
                var answer = http.withHeader("X-Request-Id", bad).get("/livez");
                assertTrue(answer.header("X-Request-Id").matches("[0-9a-f-]{36}"), bad);
            }
            var ok = http.get("/livez");
            assertTrue(ok.header("X-Request-Id").matches("[0-9a-f-]{36}"), "made when none is sent");
        });
    }

    /** The access-log line of the request {@code answer} answers, found by its id (it is written just after). */
    private ILoggingEvent lineOf(Http.Response answer) {
        var id = answer.header("X-Request-Id");
        assertTrue(id != null && !id.isBlank(), answer::toString);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            synchronized (lines) {
                var found = List.copyOf(lines.list).stream()
                        .filter(e -> id.equals(e.getMDCPropertyMap().get(RequestLog.MDC_KEY))).toList();
                if (!found.isEmpty()) {
                    assertEquals(1, found.size(), "one line a request");
                    return found.get(0);
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no access-log line for request " + id);
    }

    private static Map<String, String> fields(ILoggingEvent line) {
        return line.getKeyValuePairs().stream().collect(Collectors.toMap(kv -> kv.key, kv -> String.valueOf(kv.value)));
    }
}
