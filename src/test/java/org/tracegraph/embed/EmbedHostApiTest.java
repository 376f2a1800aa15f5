package org.tracegraph.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.App;
import org.tracegraph.AppContext;
import org.tracegraph.config.Settings;
import org.tracegraph.core.SettingsException;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * The absolute links of embed codes, oEmbed and a view's addresses never take their host from a forged
 * {@code Host} header: PUBLIC_URL when set, else the request's host only when PUBLIC_HOSTS allows it
 * (by default this machine's own names), else a 400 naming the header.
 */
@ExtendWith(TestServer.class)
class EmbedHostApiTest {
    private static final Views VIEWS = new Views();
    private static final String FORGED = "evil.example";

    @AfterAll
    static void removeViews() {
        VIEWS.deleteAll();
    }

    /** Every address that writes this server's address into what it answers. */
    private static List<String> linkingPaths(String id, String base) {
        return List.of("/embed/" + id, "/embed/" + id + "?v=1", "/api/views/" + id, "/api/views/" + id + "?v=1",
                "/api/oembed?format=json&url=" + Http.encode(base + "/embed/" + id));
    }

    @Test
    void without_public_url_a_forged_host_is_refused_with_a_problem_and_written_into_no_link() throws IOException {
        var id = VIEWS.createBashirliStory().get("id").asText();
        int port = TestServer.server().port();
        for (var path : linkingPaths(id, "http://" + FORGED)) {
            var answer = Raw.get(port, path, FORGED);
            assertEquals(400, answer.status(), path + ": " + answer);
            assertTrue(answer.head().contains("application/problem+json"), path + ": " + answer);
            var problem = new ObjectMapper().readTree(answer.body());
            assertEquals("Host", problem.path("parameter").asText(), answer.body());
            assertTrue(problem.path("detail").asText().contains("PUBLIC_URL"), answer.body());
            assertFalse(answer.body().contains("//" + FORGED), path + ": " + answer);
        }
        var list = Raw.get(port, "/api/views", FORGED, "Authorization: Bearer " + TestServer.EDITOR_TOKEN);
        assertEquals(400, list.status(), list.toString());
        for (var path : linkingPaths(id, "http://localhost:" + port)) {
            var answer = Raw.get(port, path, "localhost:" + port);
            assertEquals(200, answer.status(), path + ": " + answer);
            assertTrue(answer.body().contains("http://localhost:" + port + "/"), path + ": " + answer);
        }
    }

    @Test
    void with_public_url_a_forged_host_changes_nothing_every_link_names_public_url() throws IOException {
        var id = VIEWS.createBashirliStory().get("id").asText();
        withApp(Map.of("PUBLIC_URL", "https://graph.news.example"), port -> {
            for (var path : linkingPaths(id, "https://graph.news.example")) {
                var answer = Raw.get(port, path, FORGED);
                assertEquals(200, answer.status(), path + ": " + answer);
                assertTrue(answer.body().contains("https://graph.news.example/"), path + ": " + answer);
                assertFalse(answer.body().contains(FORGED), path + ": " + answer);
            }
        });
    }

    @Test
    void public_hosts_lets_the_named_hosts_through_and_still_refuses_others() throws IOException {
        var id = VIEWS.createBashirliStory().get("id").asText();
        withApp(Map.of("PUBLIC_HOSTS", "graph.news.example, graph2.news.example:8443"), port -> {
            for (var host : List.of("graph.news.example", "GRAPH.news.example:8080", "graph2.news.example:8443")) {
                for (var path : linkingPaths(id, "http://" + host.toLowerCase(java.util.Locale.ROOT))) {
                    var answer = Raw.get(port, path, host);
                    assertEquals(200, answer.status(), host + path + ": " + answer);
                    assertTrue(answer.body().toLowerCase(java.util.Locale.ROOT).contains("http://"
                            + host.toLowerCase(java.util.Locale.ROOT) + "/"), host + path + ": " + answer);
                }
            }
            for (var host : List.of(FORGED, "graph2.news.example:9999", "localhost", "graph.news.example.evil.example")) {
                var answer = Raw.get(port, "/api/views/" + id, host);
                assertEquals(400, answer.status(), host + ": " + answer);
            }
        });
        assertThrows(SettingsException.class, () -> Settings.fromEnvironment(Map.of("PUBLIC_HOSTS", "https://x.example")));
        assertThrows(SettingsException.class, () -> Settings.fromEnvironment(Map.of("PUBLIC_HOSTS", "x.example/path")));
        assertEquals(EmbedSettings.LOOPBACK, Settings.fromEnvironment(Map.of()).publicHosts());
    }

    private interface PortUse {
        void accept(int port) throws IOException;
    }

    private static void withApp(Map<String, String> env, PortUse use) throws IOException {
        var settings = Settings.fromEnvironment(env);
        var context = new AppContext(TestServer.server().database(), "embedded", "unused", Duration.ofSeconds(10), 5000,
                new EmbedSettings(settings.embedAllowedOrigins(), settings.publicUrl(), settings.publicHosts()));
        var app = App.create(context).start(0);
        try {
            use.accept(app.port());
        } finally {
            app.stop();
        }
    }

    /** HTTP/1.1 by hand: Java's client will not send a Host header other than the address it connects to. */
    record Raw(int status, String head, String body) {
        static Raw get(int port, String path, String host, String... headers) throws IOException {
            try (var socket = new Socket("localhost", port)) {
                socket.setSoTimeout(30_000);
                var request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
                for (var header : headers) request.append(header).append("\r\n");
                request.append("Connection: close\r\n\r\n");
                socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
                var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int split = answer.indexOf("\r\n\r\n");
                return new Raw(Integer.parseInt(answer.substring(9, 12)), answer.substring(0, split),
                        answer.substring(split + 4));
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
        }
    }
}
