package org.tracegraph.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracegraph.support.AppProcess;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** LOG_FORMAT=json, judged from the process's own output as a log shipper reads it. */
class JsonLogsProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void with_log_format_json_every_log_line_is_a_json_object_and_the_access_line_has_its_fields_and_no_token() throws Exception {
        var dataDir = Files.createTempDirectory("tracegraph-json-logs-");
        var env = new HashMap<>(TestServer.environment(dataDir));
        int port = AppProcess.freePort();
        env.put("PORT", String.valueOf(port));
        env.put("LOG_FORMAT", "json");
        env.put("TRUSTED_PROXIES", "127.0.0.1 ::1");
        var http = new Http("http://localhost:" + port);
        try (var run = AppProcess.start(env, dataDir.resolve("app.log"))) {
            run.awaitHealthy(http, java.time.Duration.ofMinutes(6));
            var answer = http.withHeader("Authorization", "Bearer " + TestServer.ADMIN_TOKEN)
                    .withHeader("X-Forwarded-For", "203.0.113.77").withHeader("X-Request-Id", "proxy-req-7")
                    .get("/api/entities/zz-not-there");
            assertEquals(404, answer.status());
            JsonNode access = null;
            for (int i = 0; i < 100 && access == null; i++) {
                access = lines(run.output()).stream()
                        .filter(l -> l.path("loggerName").asText().equals("tracegraph.access")
                                && l.path("mdc").path("requestId").asText().equals("proxy-req-7"))
                        .findFirst().orElse(null);
                if (access == null) Thread.sleep(100);
            }
            assertTrue(access != null, run.output());
            assertEquals("INFO", access.get("level").asText());
            assertTrue(access.get("timestamp").asLong() > 0, access.toString());
            var fields = new HashMap<String, String>();
            access.get("kvpList").forEach(pair -> pair.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText())));
            assertEquals(Map.of("method", "GET", "route", "/api/entities/{id}", "status", "404", "client", "203.0.113.77",
                    "role", "admin"), Map.of("method", fields.get("method"), "route", fields.get("route"),
                    "status", fields.get("status"), "client", fields.get("client"), "role", fields.get("role")), access.toString());
            assertTrue(Long.parseLong(fields.get("bytes")) > 0, access.toString());
            var output = run.output();
            assertFalse(output.contains(TestServer.ADMIN_TOKEN) || output.contains(TestServer.EDITOR_TOKEN), "a token in the log");
            // the start-up lines are JSON too: nothing for a shipper to choke on
            var startLines = output.lines().filter(l -> l.contains("Tracegraph is serving")).toList();
            assertEquals(1, startLines.size(), output);
            assertTrue(JSON.readTree(startLines.get(0)).path("formattedMessage").asText().contains("Tracegraph is serving"));
        }
    }

    /** The lines of {@code output} that are JSON objects. */
    private static List<JsonNode> lines(String output) {
        var parsed = new ArrayList<JsonNode>();
        for (var line : output.split("\n")) {
            if (!line.startsWith("{")) continue;
            try {
                parsed.add(JSON.readTree(line));
            } catch (Exception notJson) {
                throw new AssertionError("a log line that is not JSON: " + line, notJson);
            }
        }
        return parsed;
    }
}
