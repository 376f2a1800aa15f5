package org.tracegraph.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.App;
import org.tracegraph.AppContext;
import org.tracegraph.config.Settings;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * A published version is made once and served as a file is: a strong ETag that every request and every API
 * instance agrees on, 304 for a client that holds it, and {@code immutable} where no later publication can
 * change the bytes at that address; what follows the latest version is cached for a minute only.
 */
@ExtendWith(TestServer.class)
class PublishedCachingApiTest {
    private static final String FINAL = "public, max-age=31536000, immutable";
    private static final String SHORT = "public, max-age=60";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Views VIEWS = new Views();

    @AfterAll
    static void removeViews() {
        VIEWS.deleteAll();
    }

    private record Got(int status, byte[] body, HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_versioned_picture_has_one_strong_etag_on_every_request_and_is_cached_for_good() {
        var id = VIEWS.createBashirliStory().get("id").asText();
        for (var path : List.of("/api/views/" + id + ".png?v=1", "/api/views/" + id + ".svg?v=1",
                "/api/views/" + id + ".png?v=1&width=600")) {
            var first = get(path);
            var second = get(path);
            assertEquals(200, first.status(), path);
            var etag = first.header("ETag");
            assertNotNull(etag, path);
            assertTrue(etag.startsWith("\"1."), "strong, and names version 1: " + etag);
            assertEquals(etag, second.header("ETag"), path);
            assertArrayEquals(first.body(), second.body(), path);
            assertEquals(FINAL, first.header("Cache-Control"), path);
        }
        assertNotEquals(get("/api/views/" + id + ".png?v=1").header("ETag"),
                get("/api/views/" + id + ".png?v=1&width=600").header("ETag"), "each size is its own file");
        assertTrue(get("/api/views/" + id + ".png?v=1").header("Content-Type").startsWith("image/png"));
    }

    @Test
    void a_client_that_holds_the_etag_gets_304_without_a_body() {
        var id = VIEWS.createBashirliStory().get("id").asText();
        var oembed = "/api/oembed?url=" + Http.encode(TestServer.http().base() + "/embed/" + id + "?v=1");
        for (var path : List.of("/api/views/" + id + ".png?v=1", "/api/views/" + id + ".svg?v=1",
                "/embed/" + id + "?v=1", "/embed/" + id, "/api/views/" + id + "?v=1", "/api/views/" + id,
                "/api/views/" + id + ".png", oembed)) {
            var full = get(path);
            assertEquals(200, full.status(), path);
            var etag = full.header("ETag");
            for (var held : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
                var again = get(path, "If-None-Match", held);
                assertEquals(304, again.status(), path + " with " + held);
                assertEquals(0, again.body().length, path);
                assertEquals(etag, again.header("ETag"), path);
            }
            assertEquals(200, get(path, "If-None-Match", "\"1.0000000000000000\"").status(), "another tag: " + path);
        }
    }

    @Test
    void only_addresses_that_name_their_version_are_immutable() {
        var id = VIEWS.createBashirliStory().get("id").asText();
        var base = TestServer.http().base();
        assertEquals(FINAL, get("/api/views/" + id + ".png?v=1").header("Cache-Control"));
        assertEquals(FINAL, get("/api/views/" + id + ".svg?v=1").header("Cache-Control"));
        assertEquals(FINAL, get("/api/oembed?url=" + Http.encode(base + "/embed/" + id + "?v=1")).header("Cache-Control"));
        // follows the latest version
        assertEquals(SHORT, get("/api/views/" + id + ".png").header("Cache-Control"));
        assertEquals(SHORT, get("/api/views/" + id + ".svg").header("Cache-Control"));
        assertEquals(SHORT, get("/embed/" + id).header("Cache-Control"));
        assertEquals(SHORT, get("/api/oembed?url=" + Http.encode(base + "/embed/" + id)).header("Cache-Control"));
        // the JSON names the latest version; the latest's ETag is what an editor publishes from
        assertEquals(SHORT, get("/api/views/" + id + "?v=1").header("Cache-Control"));
        assertEquals("no-cache", get("/api/views/" + id).header("Cache-Control"));
        // the latest version's page will say "a newer version exists" once one does
        assertEquals(SHORT, get("/embed/" + id + "?v=1").header("Cache-Control"));
        // a refusal is never kept
        var missing = get("/api/views/" + id + ".png?v=9");
        assertEquals(404, missing.status());
        assertFalse(String.valueOf(missing.header("Cache-Control")).contains("immutable"));
        assertEquals(404, get("/api/views/" + id + ".png?v=2").status());
    }

    @Test
    void publishing_version_2_changes_no_byte_of_version_1() {
        var id = VIEWS.createBashirliStory().get("id").asText();
        var base = TestServer.http().base();
        var finalPaths = List.of("/api/views/" + id + ".png?v=1", "/api/views/" + id + ".svg?v=1",
                "/api/views/" + id + ".png?v=1&width=480", "/api/oembed?url=" + Http.encode(base + "/embed/" + id + "?v=1"));
        var before = finalPaths.stream().map(PublishedCachingApiTest::get).toList();
        var unversioned = get("/api/views/" + id + ".png");
        assertArrayEquals(before.get(0).body(), unversioned.body(), "the latest version's picture");

        var published = Views.editor().withHeader("If-Match", "\"1\"").post("/api/views/" + id + "/versions",
                Views.json(Map.of("caption", "A corrected caption.", "note", "Caption corrected")));
        assertEquals(201, published.status(), published::toString);

        for (int i = 0; i < finalPaths.size(); i++) {
            var after = get(finalPaths.get(i));
            assertEquals(200, after.status(), finalPaths.get(i));
            assertArrayEquals(before.get(i).body(), after.body(), finalPaths.get(i));
            assertEquals(before.get(i).header("ETag"), after.header("ETag"), finalPaths.get(i));
        }
        var v2 = get("/api/views/" + id + ".png?v=2");
        assertTrue(v2.header("ETag").startsWith("\"2."), v2.header("ETag"));
        assertFalse(java.util.Arrays.equals(before.get(0).body(), v2.body()), "the caption is in the picture");
        // the unversioned picture and page follow at once on this instance: they read the latest version each time
        var latest = get("/api/views/" + id + ".png");
        assertArrayEquals(v2.body(), latest.body());
        assertEquals(v2.header("ETag"), latest.header("ETag"));
        assertEquals(200, get("/api/views/" + id + ".png", "If-None-Match", unversioned.header("ETag")).status(),
                "the old tag no longer matches the unversioned picture");
        var page = get("/embed/" + id);
        assertTrue(page.text().contains("A corrected caption."), "the embed follows version 2");
        assertTrue(page.header("ETag").startsWith("\"2."), page.header("ETag"));
    }

    @Test
    void a_pinned_page_says_when_a_newer_version_exists_and_is_final_from_then_on() {
        var id = VIEWS.createBashirliStory().get("id").asText();
        var current = get("/embed/" + id + "?v=1");
        assertFalse(current.text().contains("a newer version exists"));
        assertEquals(SHORT, current.header("Cache-Control"), "while it is the latest, a correction may come");

        var published = Views.editor().withHeader("If-Match", "\"1\"").post("/api/views/" + id + "/versions",
                Views.json(Map.of("caption", "Corrected.", "note", "Caption corrected")));
        assertEquals(201, published.status(), published::toString);

        // a reader who revalidates the copy they hold gets the page with the notice, not a 304
        var revalidated = get("/embed/" + id + "?v=1", "If-None-Match", current.header("ETag"));
        assertEquals(200, revalidated.status());
        assertTrue(revalidated.text().contains("a newer version exists"), "trust beats speed");
        assertNotEquals(current.header("ETag"), revalidated.header("ETag"));
        assertEquals(FINAL, revalidated.header("Cache-Control"), "superseded: nothing can change it any more");
        var again = get("/embed/" + id + "?v=1");
        assertEquals(revalidated.header("ETag"), again.header("ETag"));
        assertArrayEquals(revalidated.body(), again.body());
        var json = TestServer.http().get("/api/views/" + id + "?v=1");
        assertEquals(2, json.json().get("latestVersion").asInt(), "the JSON names the latest version");
    }

    @Test
    void a_second_api_instance_serves_the_same_bytes_under_the_same_etags() throws Exception {
        var id = VIEWS.createBashirliStory().get("id").asText();
        var paths = List.of("/api/views/" + id + ".png?v=1", "/api/views/" + id + ".svg?v=1",
                "/api/views/" + id + ".png?v=1&width=700", "/embed/" + id + "?v=1", "/api/views/" + id + "?v=1");
        var here = paths.stream().map(PublishedCachingApiTest::get).toList();
        // another instance on the same graph, with nothing in its memory, behind the same public address (as
        // behind a load balancer, PUBLIC_URL): what it makes must be what this one made, byte for byte
        var env = TestServer.environment(Files.createTempDirectory("tracegraph-second-"));
        env.put("PUBLIC_URL", TestServer.http().base());
        var second = App.create(AppContext.from(Settings.fromEnvironment(env), TestServer.server().database(),
                TestServer.EDITOR_TOKEN, TestServer.ADMIN_TOKEN)).start(0);
        try {
            var there = "http://localhost:" + second.port();
            for (int i = 0; i < paths.size(); i++) {
                var other = getFrom(there, paths.get(i));
                assertEquals(200, other.status(), paths.get(i));
                assertEquals(here.get(i).header("ETag"), other.header("ETag"), paths.get(i));
                assertArrayEquals(here.get(i).body(), other.body(), paths.get(i));
                assertEquals(304, getFrom(there, paths.get(i), "If-None-Match", other.header("ETag")).status());
            }
        } finally {
            second.stop();
        }
    }

    private static Got get(String path, String... headers) {
        return getFrom(TestServer.http().base(), path, headers);
    }

    private static Got getFrom(String base, String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        try {
            var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Got(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
