package org.tracegraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        var page = http.get(redirect.location().replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<title>Neo4j Browser</title>"));
    }

    @Test
    void a_browser_address_naming_another_server_is_sent_to_the_apps_own_bolt_address() {
        var canonical = http.get("/browser").location().replaceFirst("^https?://[^/]+", "");
        var evil = Http.encode("bolt://neo4j@attacker.example:7687");
        for (var page : new String[] {"/browser", "/browser/", "/browser/index.html"}) {
            for (var query : new String[] {"?dbms=" + evil, "?connectURL=" + evil, "?dbms=" + evil + "&db=neo4j",
                    "?discoveryURL=" + Http.encode("https://attacker.example/discovery.json"),
                    "?" + canonical.substring(canonical.indexOf('?') + 1) + "&connectURL=" + evil, ""}) {
                var answer = http.get(page + query);
                assertEquals(302, answer.status(), page + query);
                assertEquals(canonical, answer.location().replaceFirst("^https?://[^/]+", ""), page + query);
            }
        }
        var served = http.get(canonical);
        assertEquals(200, served.status());
        assertTrue(served.body().contains("<title>Neo4j Browser</title>"));
    }

    @Test
    void every_page_in_the_browsers_jar_is_served_only_pointed_at_the_apps_bolt_address() throws Exception {
        var jar = Neo4jBrowserTest.class.getResource("/browser/index.html").toURI();
        List<String> pages;
        try (var files = FileSystems.newFileSystem(jar, Map.of()); var walk = Files.walk(files.getPath("/browser"))) {
            pages = walk.map(Path::toString).filter(p -> p.endsWith(".html")).sorted().toList();
        }
        assertEquals(List.of("/browser/index.html", "/browser/preview/index.html"), pages,
                "a new page in the Browser's jar: give it a route in Neo4jBrowserController");
        var dbms = "dbms=" + Http.encode("bolt://neo4j@127.0.0.1:" + TestServer.server().embedded().orElseThrow().boltPort())
                + "&db=neo4j";
        for (var page : pages) {
            var foreign = http.get(page + "?dbms=" + Http.encode("ws://attacker.example:80"));
            assertEquals(302, foreign.status(), page);
            assertEquals(page + "?" + dbms, foreign.location().replaceFirst("^https?://[^/]+", ""), page);
            assertEquals(200, http.get(page + "?" + dbms).status(), page);
            var directory = page.substring(0, page.length() - "index.html".length());
            assertEquals(page + "?" + dbms, http.get(directory).location().replaceFirst("^https?://[^/]+", ""));
        }
    }

    @Test
    void the_browsers_policy_lets_its_websockets_reach_the_apps_bolt_address_alone() {
        int bolt = TestServer.server().embedded().orElseThrow().boltPort();
        var policy = http.get(http.get("/browser").location().replaceFirst("^https?://[^/]+", ""))
                .header("Content-Security-Policy");
        var connect = Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith("connect-src "))
                .findFirst().orElseThrow(() -> new AssertionError(policy));
        var address = "127.0.0.1:" + bolt;
        assertEquals(Set.of("'self'", "ws://" + address, "wss://" + address, "http://" + address,
                "https://" + address), Set.of(connect.substring("connect-src ".length()).split(" +")), connect);
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
