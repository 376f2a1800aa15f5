package org.tracegraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.LargeGraph;

/**
 * Heavy reads (whole-graph exports, path searches, the timeline, mentions, deep neighbourhoods) run a few at a
 * time: another waits briefly for a turn, then gets 503 with Retry-After, and the ones running finish.
 */
@ExtendWith(LargeGraph.class)
class HeavyReadsApiTest {
    private static final String EXPORT = "/api/export?format=graphml";

    /**
     * An export to a client that reads its answer slowly (as a hostile one would, or one on a poor line): the
     * server writes until the connection's buffers are full, then waits for the reader, holding its turn.
     */
    private static final class SlowReader implements AutoCloseable {
        private final Socket socket = new Socket();
        private final InputStream in;

        SlowReader(int port, String path) throws IOException {
            socket.setReceiveBufferSize(2048);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            in = socket.getInputStream();
        }

        /** The status line, which the server sends once it has begun writing the answer. */
        String statusLine() throws IOException {
            var line = new StringBuilder();
            for (int c; (c = in.read()) != -1 && c != '\n'; ) line.append((char) c);
            return line.toString().strip();
        }

        /** The rest of the answer, read to its end now. */
        String rest() throws IOException {
            var out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void a_third_concurrent_export_waits_briefly_then_gets_503_with_retry_after_and_the_first_two_complete()
            throws Exception {
        // a graph of 3,000 entities: its export is larger than a connection's buffers hold
        try (var app = LargeGraph.app(Map.of())) {
            var full = app.http().bytes(EXPORT);
            var running = new ArrayList<SlowReader>();
            try {
                for (int i = 0; i < 2; i++) {
                    var reader = new SlowReader(app.port(), EXPORT);
                    running.add(reader);
                    assertEquals("HTTP/1.1 200 OK", reader.statusLine(), "export " + (i + 1) + " has begun");
                }
                // both are running, stalled on their readers: the third waits for a turn, then is refused
                long start = System.nanoTime();
                var third = app.http().get(EXPORT);
                long waitedMs = (System.nanoTime() - start) / 1_000_000;
                var problem = assertProblem(third, 503);
                assertEquals("/problems/#reads-busy", problem.get("type").asText());
                assertEquals("5", third.retryAfter());
                assertTrue(waitedMs >= 2_500, "refused after " + waitedMs + " ms, before its wait (3 s) was over");
                // the two running exports finish, whole, once their readers read
                for (var reader : running) {
                    var rest = reader.rest();
                    assertTrue(rest.strip().endsWith("</graphml>"), "an export cut short: " + rest.length() + " characters"
                            + " after the status line, of " + full.length + " bytes");
                }
            } finally {
                for (var reader : running) reader.close();
            }
            // and their turns are free again
            assertEquals(200, app.http().get(EXPORT).status());
        }
    }
}
