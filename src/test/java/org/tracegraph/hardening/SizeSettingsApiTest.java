package org.tracegraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.support.Browser;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * MAX_BODY_SIZE and MAX_IMPORT_SIZE are the limits, and the only ones: a server started with them raised takes
 * bodies past the caps the code once had of its own (256 KiB for a JSON body, 100 MB for an import), and
 * refuses one a byte over the setting with 413, whether it says its length or not.
 */
class SizeSettingsApiTest {
    private static final long OLD_BODY_CAP = 256 * 1024;
    private static final long OLD_IMPORT_CAP = 100L * 1024 * 1024;
    private static final long BODY_SETTING = 2L << 20;
    private static final long IMPORT_SETTING = 101L << 20;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Path dataDir;
    private static Server server;

    @BeforeAll
    static void start() throws IOException {
        dataDir = Files.createTempDirectory("tracegraph-sizes-");
        var env = new HashMap<>(TestServer.environment(dataDir));
        env.put("MAX_BODY_SIZE", "2m");
        env.put("MAX_IMPORT_SIZE", "101m");
        server = Server.start(Settings.fromEnvironment(env));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (dataDir != null) Browser.deleteTree(dataDir);
    }

    @Test
    void a_json_body_past_the_old_cap_and_under_max_body_size_is_read() {
        long size = OLD_BODY_CAP * 6; // 1.5 MiB: past the old cap, and past the 1 MiB default too
        var answer = http().post("/api/mentions", padded("{\"text\": \"Musavat\"", size, "}"));
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.body().contains("musavat"), answer::toString);
    }

    @Test
    void a_json_body_a_byte_over_max_body_size_is_refused_with_413_with_or_without_its_length() throws Exception {
        var body = padded("{\"text\": \"Musavat\"", BODY_SETTING + 1, "}");
        var sized = assertProblem(http().post("/api/mentions", body), 413);
        assertTrue(sized.get("detail").asText().contains("at most " + BODY_SETTING + " bytes"), sized::toString);

        var chunked = send(HttpRequest.newBuilder(uri("/api/mentions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream(body.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(413, chunked.statusCode(), chunked::body);
        assertTrue(chunked.body().contains("MAX_BODY_SIZE"), chunked::body);
    }

    @Test
    void an_import_past_the_old_100_mb_cap_and_under_max_import_size_is_imported() throws Exception {
        long size = OLD_IMPORT_CAP + (512 << 10);
        var answer = send(importRequest(size, true));
        assertEquals(200, answer.statusCode(), answer::body);
        assertTrue(answer.body().contains("\"created\":1"), answer::body);
        assertEquals(200, http().get("/api/entities/zz-sizes-person").status());
    }

    @Test
    void an_import_a_byte_over_max_import_size_is_refused_with_413_with_or_without_its_length() throws Exception {
        // Said by its length, the body is refused before it is read. The request goes over a plain socket and
        // sends no body: a client that wrote 101 MB would race the server's close, and lose its answer to a reset.
        String sized;
        try (var socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(60_000);
            var request = "POST /api/import?format=json&name=sizes.json HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestServer.EDITOR_TOKEN + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (IMPORT_SETTING + 1) + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            sized = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(sized.startsWith("HTTP/1.1 413"), sized);
        assertTrue(sized.contains("application/problem+json"), sized);
        assertTrue(sized.contains("at most " + IMPORT_SETTING + " bytes"), sized);

        var streamed = send(importRequest(IMPORT_SETTING + 1, false));
        assertEquals(413, streamed.statusCode(), streamed::body);
        assertTrue(streamed.body().contains("MAX_IMPORT_SIZE"), streamed::body);
    }

    /** A graph JSON file of {@code size} bytes (one person, then spaces), sent with its length or chunked. */
    private static HttpRequest.Builder importRequest(long size, boolean withLength) {
        var graph = "{\"nodes\": [{\"id\": \"zz-sizes-person\", \"type\": \"Person\", \"name\": \"Size Test\"}],"
                + " \"edges\": []";
        var head = graph.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> stream(head, size));
        if (withLength) body = HttpRequest.BodyPublishers.fromPublisher(body, size);
        return HttpRequest.newBuilder(uri("/api/import?format=json&name=sizes.json"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestServer.EDITOR_TOKEN)
                .POST(body);
    }

    /** {@code head}, spaces, and a closing brace: {@code size} bytes in all, never held in memory. */
    private static InputStream stream(byte[] head, long size) {
        long spaces = size - head.length - 1;
        InputStream padding = new InputStream() {
            private long left = spaces;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) return -1;
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head), padding,
                new ByteArrayInputStream(new byte[] {'}'}))));
    }

    private static InputStream stream(byte[] whole) {
        return new ByteArrayInputStream(whole);
    }

    /** {@code head}, spaces and {@code tail}: {@code size} bytes in all. */
    private static String padded(String head, long size, String tail) {
        return head + " ".repeat((int) (size - head.length() - tail.length())) + tail;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(300)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static Http http() {
        return new Http("http://localhost:" + server.port());
    }
}
