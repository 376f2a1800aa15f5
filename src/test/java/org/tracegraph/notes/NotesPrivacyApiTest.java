package org.tracegraph.notes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.notes.NoteFixtures.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * Notes' privacy through every door: notes holding a unique marker are written on an entity, a relationship and
 * a saved view, then every public and reader route that could carry them is read, without a token and with the
 * editor's (only /api/notes may show a note), and none may hold the marker.
 */
@ExtendWith(TestServer.class)
class NotesPrivacyApiTest {
    private static final NoteFixtures NOTES = new NoteFixtures();
    private static final String MARKER = "zqnotemarker" + Long.toString(System.nanoTime(), 36);
    private static final List<String> STORY = List.of("ruslan-bashirli", "ndi", "bashirli-tbilisi-footage",
            "yeni-fekir");
    private static final String EDGE = "ruslan-bashirli-affiliated-with-ndi";
    private static String viewBefore;
    private static String viewAfter;
    private static byte[] pngBefore;
    private static byte[] svgBefore;

    @BeforeAll
    static void writeNotes() {
        var http = TestServer.http();
        viewBefore = NOTES.view(Map.of("title", "Privacy test: before the notes", "nodeIds", STORY,
                "highlight", List.of(EDGE))).get("id").asText();
        pngBefore = http.bytes("/api/views/" + viewBefore + ".png");
        svgBefore = http.bytes("/api/views/" + viewBefore + ".svg");
        NOTES.create("entity", "ruslan-bashirli", "Entity note " + MARKER);
        NOTES.create("relationship", EDGE, "Relationship note " + MARKER);
        NOTES.create("view", viewBefore, "View note " + MARKER);
        NOTES.create("entity", "ndi", MARKER);
        // a view saved while the notes exist: its snapshot is read after them
        viewAfter = NOTES.view(Map.of("title", "Privacy test: after the notes", "nodeIds", STORY))
                .get("id").asText();
    }

    @AfterAll
    static void removeNotes() {
        NOTES.deleteAll();
    }

    private static List<Http> clients() {
        return List.of(TestServer.http(), TestServer.editor());
    }

    private static void assertNoMarker(String door, String body) {
        assertFalse(body.toLowerCase(Locale.ROOT).contains(MARKER), door + " holds a note: " + body);
    }

    private static void assertNoMarker(String door, Http.Response response) {
        assertTrue(response.status() < 500, door + " → " + response);
        assertNoMarker(door + " (" + response.status() + ")", response.body());
    }

    @Test
    void the_marker_is_there_for_the_editor_so_the_checks_below_could_fail() {
        var notes = TestServer.editor().get("/api/notes?entity=ruslan-bashirli").body();
        assertTrue(notes.contains(MARKER), notes);
        assertTrue(TestServer.editor().get("/api/notes?view=" + viewBefore).body().contains(MARKER));
        assertTrue(TestServer.editor().get("/api/notes?relationship=" + EDGE).body().contains(MARKER));
    }

    @Test
    void embeds_views_their_pictures_and_oembed_never_hold_a_note() {
        for (var http : clients()) {
            for (var view : List.of(viewBefore, viewAfter)) {
                assertNoMarker("/embed/" + view, http.get("/embed/" + view));
                var json = http.get("/api/views/" + view);
                assertEquals(200, json.status());
                // what the pictures are drawn from: the saved snapshot (ViewPicture.of(view))
                assertNoMarker("/api/views/" + view, json);
                assertNoMarker(view + ".svg", http.get("/api/views/" + view + ".svg"));
                assertNoMarker("/api/views/" + view + "/corrections", http.get("/api/views/" + view + "/corrections"));
                var url = Http.encode(http.base() + "/embed/" + view);
                assertNoMarker("oEmbed", http.get("/api/oembed?url=" + url + "&format=json"));
                var png = http.get("/api/views/" + view + ".png");
                assertEquals(200, png.status());
                assertTrue(png.contentType().startsWith("image/png"));
            }
            assertNoMarker("/api/views", http.get("/api/views"));
            // the same picture, byte for byte, as before any note was written
            assertArrayEquals(pngBefore, http.bytes("/api/views/" + viewBefore + ".png"), "the PNG changed");
            assertArrayEquals(svgBefore, http.bytes("/api/views/" + viewBefore + ".svg"), "the SVG changed");
        }
    }

    @Test
    void no_export_format_holds_a_note_whole_graph_or_part() {
        var formats = List.of("json", "graphml", "gexf", "cytoscape", "csv", "ftm", "cypher");
        for (var http : clients()) {
            // every scope without a token; with the editor's, the whole graph
            var scopes = http.headers().isEmpty()
                    ? List.of("", "&ids=" + String.join(",", STORY), "&entity=ruslan-bashirli&depth=2") : List.of("");
            for (var format : formats) {
                for (var scope : scopes) {
                    var path = "/api/export?format=" + format + scope;
                    var bytes = http.bytes(path);
                    assertTrue(bytes.length > 100, path + " exported something");
                    assertNoMarker(path, format.equals("csv") ? unzipped(bytes) : new String(bytes, StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void analysts_cypher_and_saved_queries_cannot_reach_a_note() {
        var queries = new LinkedHashMap<String, Boolean>(); // query → may it run?
        queries.put("MATCH (n:Entity) RETURN n", true);
        queries.put("MATCH (n:Entity) RETURN n.id, [k IN keys(n) | n[k]] AS values", true);
        queries.put("MATCH (a:Entity)-[r]-(b) RETURN a, r, b", true);
        queries.put("MATCH (a:Entity {id: 'ruslan-bashirli'})-[*1..2]-(b) RETURN DISTINCT b", true);
        queries.put("CALL db.index.fulltext.queryNodes('entity_text', $marker) YIELD node RETURN node", true);
        queries.put("MATCH (n) WHERE any(k IN keys(n) WHERE toString(n[k]) CONTAINS $marker) RETURN n", false);
        queries.put("MATCH (n:Note) RETURN n", false);
        queries.put("MATCH (n:Entity) MATCH (m:Note {targetId: n.id}) RETURN m.text", false);
        queries.put("MATCH (c:Change) RETURN c.after", false);
        int ran = 0;
        for (var http : clients()) {
            for (var query : queries.entrySet()) {
                var response = cypher(http, query.getKey());
                if (query.getValue()) {
                    // a machine too busy to run it in the suite's 3 s (CYPHER_TIMEOUT_SECONDS) answers 504, no rows
                    assertTrue(response.status() == 200 || response.status() == 504, query.getKey() + " → " + response);
                    if (response.status() == 200) ran++;
                } else {
                    assertTrue(response.status() == 400 || response.status() == 403, query.getKey() + " → " + response);
                }
                assertNoMarker(query.getKey(), response);
            }
            var saved = http.get("/api/queries").json().get("queries");
            assertTrue(saved.size() >= 5, saved::toString);
            for (var q : saved) {
                var path = "/api/queries/" + q.get("name").asText();
                var response = http.post(path, "{}");
                for (int retry = 0; retry < 5 && response.status() == 504; retry++) response = http.post(path, "{}");
                assertEquals(200, response.status(), response::toString);
                assertNoMarker("saved query " + q.get("name"), response);
            }
        }
        assertTrue(ran >= 5, "most of the queries that may run ran: " + ran + " of 10");
    }

    @Test
    void search_mentions_timeline_and_every_reader_answer_about_the_noted_things_hold_no_note() {
        var id = "ruslan-bashirli";
        var doors = new ArrayList<>(List.of("/api/search?q=Bashirli", "/api/search?q=NDI",
                "/api/entities/" + id, "/api/entities/ndi", "/api/entities/" + id + "/neighbourhood?depth=2",
                "/api/graph?ids=" + String.join(",", STORY), "/api/paths?from=" + id + "&to=ndi&maxHops=2",
                "/api/relationships/" + EDGE, "/api/timeline", "/api/timeline?entity=" + id, "/api/sources",
                "/api/vocabulary", "/api/health"));
        for (var http : clients()) {
            // the answer names the query it answers: its results must be none
            assertEquals(0, http.get("/api/search?q=" + MARKER).json().get("results").size());
            for (var door : doors) {
                var response = read(http, door);
                assertEquals(200, response.status(), door + " → " + response);
                assertNoMarker(door, response);
            }
            var mentions = http.post("/api/mentions", json(Map.of("text",
                    "Ruslan Bashirli boasted of NDI; Yeni Fekir and Khadija Ismayilova were named.")));
            assertEquals(200, mentions.status(), mentions::toString);
            assertNoMarker("/api/mentions", mentions);
        }
    }

    @Test
    void no_mcp_tool_gives_an_assistant_a_note() throws Exception {
        var sourceId = "rahder-2012-azerbaijan-blackmail-video";
        var calls = new LinkedHashMap<String, Map<String, Object>>();
        calls.put("search", Map.of("q", "Bashirli"));
        calls.put("search ", Map.of("q", MARKER));
        calls.put("entity", Map.of("id", "ruslan-bashirli"));
        calls.put("entity ", Map.of("id", "ndi"));
        calls.put("neighbourhood", Map.of("id", "ruslan-bashirli", "depth", 2));
        calls.put("paths", Map.of("from", "ruslan-bashirli", "to", "ndi", "maxHops", 2));
        calls.put("timeline", Map.of("entity", "ruslan-bashirli"));
        calls.put("sources", Map.of());
        calls.put("sources ", Map.of("id", sourceId));
        calls.put("source_text", Map.of("id", sourceId));
        calls.put("cypher", Map.of("query", "MATCH (a:Entity {id: 'ruslan-bashirli'})-[r]-(b) RETURN a, r, b"));
        calls.put("cypher ", Map.of("query", "MATCH (n:Note) RETURN n"));
        calls.put("cypher  ", Map.of("query", "MATCH (c:Change) RETURN c.after"));
        var mapper = org.tracegraph.json.Json.objectMapper();
        for (var token : java.util.Arrays.asList(null, TestServer.EDITOR_TOKEN)) {
            var transport = io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport
                    .builder(TestServer.http().base()).endpoint("/mcp");
            if (token != null) {
                transport.httpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + token));
            }
            var client = io.modelcontextprotocol.client.McpClient.sync(transport.build())
                    .requestTimeout(java.time.Duration.ofSeconds(60)).build();
            try {
                client.initialize();
                int answered = 0;
                for (var call : calls.entrySet()) {
                    var result = client.callTool(new io.modelcontextprotocol.spec.McpSchema.CallToolRequest(
                            call.getKey().trim(), call.getValue()));
                    var who = (token == null ? "anyone" : "the editor") + ": " + call.getKey().trim() + " " + call.getValue();
                    if (call.getValue().containsValue(MARKER)) {
                        // the answer names the query it answers: its results must be none
                        assertEquals(0, mapper.valueToTree(result.structuredContent()).get("results").size(), who);
                    } else {
                        assertNoMarker(who, mapper.writeValueAsString(result));
                    }
                    if (!Boolean.TRUE.equals(result.isError())) answered++;
                    if (call.getValue().getOrDefault("query", "").toString().contains("(n:Note)")) {
                        assertEquals(Boolean.TRUE, result.isError(), who + " is refused");
                    }
                }
                assertTrue(answered >= 9, "most tools answered, so the checks read something: " + answered);
            } finally {
                client.closeGracefully();
            }
        }
    }

    /** Runs {@code query}, again after a timeout: the suite's 3 s limit is for the query, not a busy machine. */
    private static Http.Response cypher(Http http, String query) {
        var body = json(Map.of("query", query, "params", Map.of("marker", MARKER)));
        var response = http.post("/api/cypher", body);
        for (int retry = 0; retry < 5 && response.status() == 504; retry++) response = http.post("/api/cypher", body);
        return response;
    }

    /** GET {@code path}, again after a timeout (path searches have the same 3 s limit). */
    private static Http.Response read(Http http, String path) {
        var response = http.get(path);
        for (int retry = 0; retry < 3 && response.status() == 504; retry++) response = http.get(path);
        return response;
    }

    private static String unzipped(byte[] zip) {
        var text = new StringBuilder();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var out = new ByteArrayOutputStream();
                in.transferTo(out);
                text.append(entry.getName()).append('\n').append(out.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(text.length() > 100, "the zip holds files");
        return text.toString();
    }
}
