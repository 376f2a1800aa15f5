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
}
