package org.tracegraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tracegraph.support.AppProcess;
import org.tracegraph.support.Http;

/**
 * Tracegraph behind Debian's nginx, configured by exactly the site file that docs/deploy.md gives operators
 * (docs/deploy/nginx.conf; only its two addresses and its cache directory are this test's), with the app
 * trusting that proxy alone (TRUSTED_PROXIES=127.0.0.1). What a newsroom's operator relies on: the request id
 * goes from nginx to the app and back in every answer and problem, a client cannot pick its own address to
 * escape its rate budget, published embeds are kept by nginx and never when a token is sent, and a body over
 * the import limit stops at nginx.
 * Every request of this test comes from 127.0.0.1, one client: the test that spends its budget runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReverseProxyTest {
    private static final String EDITOR_TOKEN = "reverse-proxy-test-editor-token-0123456789";
    private static final int RATE_LIMIT = 40;
    private static Path dir;
    private static AppProcess app;
    private static Process nginx;
    private static Http direct;
    private static Http proxied;
    private static int proxyPort;

    @BeforeAll
    static void start() throws Exception {
        var nginxBinary = Path.of("/usr/sbin/nginx");
        assertTrue(Files.isExecutable(nginxBinary), "Debian's nginx is needed (apt-get install nginx-light: .ci/run does)");
        dir = Files.createTempDirectory("tracegraph-proxy-test");
        int appPort = AppProcess.freePort();
        proxyPort = AppProcess.freePort();
        app = AppProcess.start(Map.of("PORT", String.valueOf(appPort), "DATA_DIR", dir.resolve("data").toString(),
                "BOLT_PORT", "0", "EDITOR_TOKEN", EDITOR_TOKEN, "TRUSTED_PROXIES", "127.0.0.1",
                "RATE_LIMIT_PER_MINUTE", String.valueOf(RATE_LIMIT)), dir.resolve("app.log"));
        direct = new Http("http://127.0.0.1:" + appPort);

        // nginx's workers run as nobody when the tests run as root: its temporary and cache folders must be theirs too
        var nginxDir = Files.createDirectories(dir.resolve("nginx"));
        for (var sub : List.of("cache", "tmp")) Files.createDirectories(nginxDir.resolve(sub));
        for (var path : List.of(dir, nginxDir, nginxDir.resolve("cache"), nginxDir.resolve("tmp"))) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        var site = Files.readString(Path.of("docs/deploy/nginx.conf"))
                .replace("server 127.0.0.1:7070;", "server 127.0.0.1:" + appPort + ";")
                .replace("listen 80;", "listen 127.0.0.1:" + proxyPort + ";")
                .replace("/var/cache/nginx/tracegraph", nginxDir.resolve("cache").toString());
        assertTrue(site.contains(":" + appPort + ";") && site.contains(":" + proxyPort + ";"), "the site file's addresses moved");
        Files.writeString(nginxDir.resolve("site.conf"), site);
        var tmp = nginxDir.resolve("tmp");
        Files.writeString(nginxDir.resolve("nginx.conf"), """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    include %1$s/site.conf;
                }
                """.formatted(nginxDir, tmp));
        nginx = new ProcessBuilder(nginxBinary.toString(), "-p", nginxDir.toString(), "-c", nginxDir.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(nginxDir.resolve("stdout.log").toFile()).start();
        proxied = new Http("http://127.0.0.1:" + proxyPort);
        app.awaitHealthy(direct);
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try {
                if (proxied.get("/livez").status() == 200) break;
            } catch (RuntimeException notYet) {
                if (Instant.now().isAfter(deadline) || !nginx.isAlive()) {
                    throw new AssertionError("nginx did not answer: " + Files.readString(nginxDir.resolve("error.log")), notYet);
                }
            }
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        if (app != null) app.close();
    }

    @Test
    @Order(1)
    void the_request_id_nginx_makes_reaches_the_app_and_comes_back_in_the_problem() {
        var missing = proxied.get("/api/entities/no-such-entity-anywhere");
        assertEquals(404, missing.status(), missing::toString);
        var id = missing.header("X-Request-Id");
        assertTrue(id != null && id.matches("[0-9a-f]{32}"), "nginx's $request_id: " + id);
        assertEquals(id, missing.json().path("requestId").asText(), missing::toString);
        var again = proxied.get("/api/entities/no-such-entity-anywhere");
        assertNotEquals(id, again.header("X-Request-Id"), "one id a request");
    }

    @Test
    @Order(2)
    void a_client_cannot_pick_its_address_through_the_proxy_but_the_proxy_s_word_is_taken() {
        // Through nginx, every request is the same client, whatever X-Forwarded-For it sends: one budget
        int refused = 0;
        for (int i = 0; i < RATE_LIMIT + 10; i++) {
            var r = proxied.withHeader("X-Forwarded-For", "198.51.100." + (i % 250)).get("/api/search?q=bashirli");
            if (r.status() == 429) refused++;
            else assertEquals(200, r.status(), r::toString);
        }
        assertTrue(refused >= 10, "the spoofed addresses shared one budget: " + refused + " refused");
        // Straight from the trusted proxy's address, the forwarded address is the client's: each has its own budget
        for (int i = 0; i < RATE_LIMIT + 10; i++) {
            var r = direct.withHeader("X-Forwarded-For", "203.0.113." + (i + 1)).get("/api/search?q=bashirli");
            assertEquals(200, r.status(), "client 203.0.113." + (i + 1) + ": " + r);
        }
    }

    @Test
    @Order(1)
    void published_embeds_are_kept_by_nginx_but_never_for_a_request_with_a_token() throws Exception {
        var created = direct.withHeader("Authorization", "Bearer " + EDITOR_TOKEN).post("/api/views",
                "{\"title\": \"Proxy test\", \"nodeIds\": [\"ruslan-bashirli\", \"ndi\"]}");
        assertEquals(201, created.status(), created::toString);
        var id = created.json().get("id").asText();
        var path = "/api/views/" + id + ".svg?v=1";
        var first = proxied.get(path);
        assertEquals(200, first.status(), first::toString);
        assertTrue(first.header("Cache-Control").contains("immutable"), first.header("Cache-Control"));
        var second = proxied.get(path);
        assertEquals("HIT", second.header("X-Cache-Status"), "the second reader is served by nginx");
        assertEquals(first.body(), second.body());
        var withToken = proxied.withHeader("Authorization", "Bearer " + EDITOR_TOKEN).get(path);
        assertEquals("BYPASS", withToken.header("X-Cache-Status"));
    }

    @Test
    @Order(1)
    void a_body_over_the_import_limit_stops_at_nginx() throws IOException {
        try (var socket = new Socket("127.0.0.1", proxyPort)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/import?format=json HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 300000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            var status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", status);
        }
    }
}
