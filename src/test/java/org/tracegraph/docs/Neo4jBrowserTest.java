package org.tracegraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** The official Neo4j Browser, served by Tracegraph and pointed at the server the app itself uses. */
@ExtendWith(TestServer.class)
class Neo4jBrowserTest {
    private final Http http = TestServer.http();

    @Test
    void browser_opens_pointed_at_the_embedded_bolt_port_with_the_user_filled_in() {
        var redirect = http.get("/browser");
        assertEquals(302, redirect.status());
        var target = URLDecoder.decode(redirect.location(), StandardCharsets.UTF_8);
        int bolt = TestServer.server().embedded().orElseThrow().boltPort();
        assertTrue(target.startsWith("/browser/index.html?dbms=bolt://neo4j@127.0.0.1:" + bolt), target);
        assertTrue(target.endsWith("&db=neo4j"), target);
        assertEquals(302, http.get("/browser/").status(), "with or without the slash");
        var page = http.get("/browser/index.html");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<title>Neo4j Browser</title>"));
    }

    /** Neo4j Browser speaks Bolt over a WebSocket: the embedded server must answer its handshake there. */
    @Test
    void the_embedded_bolt_port_answers_the_bolt_handshake_over_a_websocket() throws Exception {
        int bolt = TestServer.server().embedded().orElseThrow().boltPort();
        var answer = new java.util.concurrent.CompletableFuture<java.nio.ByteBuffer>();
        var socket = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(java.net.URI.create("ws://127.0.0.1:" + bolt), new java.net.http.WebSocket.Listener() {
                    @Override
                    public java.util.concurrent.CompletionStage<?> onBinary(java.net.http.WebSocket ws,
                                                                           java.nio.ByteBuffer data, boolean last) {
                        var copy = java.nio.ByteBuffer.allocate(data.remaining()).put(data).flip();
                        answer.complete(copy);
                        return null;
                    }
                }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        // the Bolt preamble, then four proposed versions: 5.x (any minor down to 5.0), then nothing
        var handshake = java.nio.ByteBuffer.allocate(20).putInt(0x6060B017).putInt(0x00080805).putInt(0).putInt(0)
                .putInt(0).flip();
        socket.sendBinary(handshake, true).get(10, java.util.concurrent.TimeUnit.SECONDS);
        var version = answer.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(4, version.remaining());
        assertEquals(5, version.get(3), "the server agreed on Bolt 5");
        socket.abort();
    }
}
