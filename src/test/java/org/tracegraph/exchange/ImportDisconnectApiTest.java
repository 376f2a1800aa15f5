package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.tracegraph.support.GraphCounts;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * A synchronous import stops when its client goes away: the transaction it was in rolls back, and a client
 * that leaves while the import checks the file (the longest step before anything is written) leaves the graph
 * as it was. Judged from outside: the same file's dry run measures how long the check takes on this machine
 * now; the import whose client left is given three times that (time enough to check and write it all), or
 * until it logs that it stopped, and has written nothing; the same file imported by a client that waits then
 * creates every row.
 */
@ExtendWith(TestServer.class)
class ImportDisconnectApiTest {
    private static final int ROWS = 20_000;
    private final Http editor = TestServer.editor();

    @AfterAll
    static void removeImported() {
        ImportFiles.removeAll();
    }

    @Test
    void a_synchronous_import_whose_client_goes_away_stops_and_writes_nothing() throws Exception {
        var p = ImportFiles.prefix();
        var nodes = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < ROWS; i++) {
            nodes.add(Map.of("id", p + "gone-" + i, "type", "Person", "name", "Gone " + i, "description", "x".repeat(50)));
        }
        var file = ImportFiles.json(Map.of("nodes", nodes, "edges", List.of()));

        long started = System.nanoTime();
        var dryRun = editor.postAs("/api/import?format=json&dryRun=true", "application/json", file);
        assertEquals(200, dryRun.status(), dryRun::toString);
        var check = Duration.ofNanos(System.nanoTime() - started);

        var before = GraphCounts.now();
        var logged = new ListAppender<ILoggingEvent>();
        var importLog = (Logger) LoggerFactory.getLogger(ImportController.class);
        logged.start();
        importLog.addAppender(logged);
        try (var socket = new Socket("localhost", TestServer.server().port())) {
            var body = file.getBytes(StandardCharsets.UTF_8);
            var head = "POST /api/import?format=json HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestServer.EDITOR_TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
        } // the client goes away without reading an answer
        // the import is given three times the check's time (at least 10 s) to write anything; once it has logged
        // that it stopped, its transaction is rolled back and nothing more can come, so the wait ends there
        long deadline = System.nanoTime() + Math.max(10_000, 3 * check.toMillis()) * 1_000_000L;
        try {
            while (System.nanoTime() < deadline && !stopped(logged)) Thread.sleep(50);
        } finally {
            importLog.detachAppender(logged);
        }
        assertEquals(before, GraphCounts.now(), "nothing written by the import whose client went away");
        assertEquals(404, editor.get("/api/entities/" + p + "gone-0").status());

        var imported = editor.postAs("/api/import?format=json", "application/json", file);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(ROWS, imported.json().get("created").asLong(), "every row new: the first import wrote none");
    }

    private static boolean stopped(ListAppender<ILoggingEvent> logged) {
        synchronized (logged) { // AppenderBase appends holding the appender's lock
            return logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains("stopped: its client went away"));
        }
    }
}
