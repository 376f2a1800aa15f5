package org.tracegraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.App;
import org.tracegraph.AppContext;
import org.tracegraph.http.Access;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * Hostile input against every route the app has (listed from the app itself, so a new endpoint is fuzzed
 * without a change here): malformed and oversized JSON, wrong types, odd and huge Unicode, injection attempts
 * in every path, query and body parameter. Never a 5xx, never an internal detail in an answer, never a change
 * to the graph from a read, and never a write without a token. Seeded: a failure names its seed.
 */
@ExtendWith(TestServer.class)
class HostileInputApiTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20120526L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEGABYTE = "\u0430".repeat(500_000); // 1 MB of UTF-8, Cyrillic 'a'
    private static final List<String> HOSTILE = List.of(
            "'}) MATCH (n) DETACH DELETE n //",
            "\" OR 1=1 --",
            "x` DETACH DELETE n //",
            "$id",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "\uD800",
            "\uDC00x\uD83D",
            "\u202Eevil\u202C",
            "a\u0000b",
            "\u0000",
            "e\u0301\u0301\u0301\u0301\u0301",
            "\uFEFF\u200B\u2028\u2029",
            "𝕿𝖗𝖆𝖈𝖊🕵️‍♀️",
            "İsmayılova",
            "",
            " ",
            "-1",
            "0",
            "99999999999999999999999",
            "1e309",
            "NaN",
            "0x10",
            "true",
            "null",
            "[]",
            "{}",
            "a".repeat(5_000));
    private static final List<String> BODY_FIELDS = List.of("id", "name", "type", "aliases", "description", "query",
            "params", "text", "into", "from", "to", "sourceIds", "quote", "status", "claimedBy", "title", "caption",
            "credits", "ids", "entities", "baseVersion", "kind", "date", "startDate", "role", "layout", "url");
    private static final List<String> MALFORMED = List.of("{", "[]", "\"text\"", "null", "42", "{\"a\":}",
            "{\"a\": 1,}", "{'a': 1}", "\u0000", "{\"a\": \"\\uD800\"}", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000), "{\"query\": \"" + MEGABYTE + "\"}",
            "{\"id\": 1, \"id\": 2}");
    private static final Pattern LEAKS = Pattern.compile("Exception|\\tat |org\\.neo4j|org\\.tracegraph|org\\.eclipse|"
            + "java\\.[a-z]+\\.|Neo\\.ClientError|Neo\\.DatabaseError");

    private final Http anonymous = TestServer.http();
    private final Http editor = TestServer.editor();
    private final Random random = new Random(SEED);
    private int sent;

    /** {@code needsToken}: its role is editor or admin (App), so without a token it changes nothing. */
    private record Route(HandlerType method, String path, boolean needsToken) {
    }

    @Test
    void no_hostile_input_anywhere_gives_a_5xx_an_internal_detail_a_change_from_a_read_or_a_write_without_a_token()
            throws Exception {
        var routes = routes();
        var parameters = queryParameters();
        assertTrue(routes.size() >= 30, routes.toString());
        var nodesBefore = nodeIds();
        try {
            for (var route : routes) {
                var names = new LinkedHashSet<>(parameters.getOrDefault(route.method().name().toLowerCase(Locale.ROOT)
                        + " " + route.path(), List.of()));
                names.addAll(List.of("limit", "depth", "q", "id"));
                var requests = new ArrayList<Request>();
                for (var value : HOSTILE) {
                    var path = fill(route.path(), value);
                    // every parameter hostile at once (and the body), then one of them alone
                    var all = new StringBuilder();
                    for (var name : names) all.append(all.isEmpty() ? "?" : "&").append(name).append('=').append(Http.encode(value));
                    requests.add(new Request(path + all, jsonBody(value)));
                    var name = List.copyOf(names).get(random.nextInt(names.size()));
                    requests.add(new Request(path + "?" + name + "=" + Http.encode(value), null));
                }
                requests.add(new Request(fill(route.path(), "x").replace("/x", "/../../etc/passwd"), null));
                requests.add(new Request(fill(route.path(), "x") + "?q=" + Http.encode(MEGABYTE.substring(0, 20_000)), null));
                if (route.method() != HandlerType.GET) {
                    for (var body : MALFORMED) requests.add(new Request(fill(route.path(), "zz-fuzz-missing"), body));
                    for (int i = 0; i < 8; i++) requests.add(new Request(fill(route.path(), "zz-fuzz-missing"), randomBody()));
                }
                var before = fingerprint();
                for (var request : requests) {
                    var response = send(anonymous, route, request);
                    inspect(route, request.pathAndQuery(), response);
                    if (route.needsToken()) {
                        assertTrue(response.status() >= 400, () -> route + " without a token: " + response);
                    }
                }
                assertEquals(before, fingerprint(), () -> route + " changed the graph without a token (seed " + SEED + ")");
                if (route.needsToken()) {
                    for (var request : requests) inspect(route, request.pathAndQuery(), send(editor, route, request));
                }
            }
        } finally {
            removeNodesMadeSince(nodesBefore);
        }
        assertTrue(sent > 2_000, "sent " + sent);
    }

    private record Request(String pathAndQuery, String body) {
    }

    /** The answer; a connection the server drops mid-answer fails the test naming the request. */
    private static Http.Response send(Http client, Route route, Request request) {
        var body = request.body();
        var type = body == null ? null : "application/json";
        try {
            try {
                return client.send(route.method().name(), request.pathAndQuery(), type, body);
            } catch (java.io.UncheckedIOException closed) {
                // the server closed a kept-alive connection after refusing an earlier body: once more, on a new one
                return client.send(route.method().name(), request.pathAndQuery(), type, body);
            }
        } catch (java.io.UncheckedIOException e) {
            // Refused before its body was read (401, 412, 413...), a body may find the connection closed under it:
            // the server need not read what it will not use (Jetty closes rather than drain a body it did not
            // read). It must still answer the next request.
            if (body != null && !body.isEmpty()) {
                assertEquals(200, client.get("/api/health").status());
                return new Http.Response(400, "application/problem+json", null, null,
                        "{\"status\": 400, \"detail\": \"(connection closed before the body was read)\"}",
                        java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true));
            }
            throw new AssertionError(route + " " + abbreviate(request.pathAndQuery()) + " with body "
                    + (body == null ? "none" : abbreviate(body)) + " (seed " + SEED + "): " + e.getMessage(), e);
        }
    }

    private void inspect(Route route, String pathAndQuery, Http.Response response) {
        sent++;
        var what = route + " " + abbreviate(pathAndQuery) + " (seed " + SEED + "): " + response;
        assertTrue(response.status() < 500, what);
        var type = response.contentType();
        if (type.startsWith("image/png") || type.startsWith("application/zip")) return;
        var leak = LEAKS.matcher(response.body());
        assertTrue(!leak.find(), () -> "internal detail '" + leak.group() + "' in " + what);
        if (response.status() >= 400 && response.status() != 404 || type.startsWith("application/problem+json")) {
            assertTrue(type.startsWith("application/problem+json") || type.startsWith("text/html")
                    && route.path().startsWith("/embed/"), () -> "not a problem: " + what);
        }
    }

    private String jsonBody(String value) {
        var body = JsonNodeFactory.instance.objectNode();
        for (var field : BODY_FIELDS) body.put(field, value);
        body.putArray("sourceIds").add(value);
        body.putObject("params").put("id", value);
        return body.toString();
    }

    /** A body of known field names with values of random, often wrong, types. */
    private String randomBody() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        int fields = 1 + random.nextInt(6);
        for (int i = 0; i < fields; i++) {
            var field = BODY_FIELDS.get(random.nextInt(BODY_FIELDS.size()));
            body.set(field, randomValue(2));
        }
        return body.toString();
    }

    private JsonNode randomValue(int depth) {
        var f = JsonNodeFactory.instance;
        return switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(random.nextBoolean());
            case 2 -> f.numberNode(random.nextLong());
            case 3 -> f.numberNode(random.nextDouble() * 1e300);
            case 4, 5 -> f.textNode(HOSTILE.get(random.nextInt(HOSTILE.size())));
            case 6 -> {
                var array = f.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) array.add(randomValue(depth - 1));
                yield array;
            }
            default -> {
                var object = f.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    object.set(BODY_FIELDS.get(random.nextInt(BODY_FIELDS.size())), randomValue(depth - 1));
                }
                yield object;
            }
        };
    }

    private static String fill(String template, String value) {
        var encoded = Http.encode(value.isEmpty() ? "x" : value).replace("+", "%20");
        return template.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(encoded));
    }

    /** Every route the app registers, as OpenApiTest lists them, plus the embed page. */
    private static List<Route> routes() {
        var routes = new ArrayList<Route>();
        var context = new AppContext(TestServer.server().database(), "embedded", "unused", Duration.ofSeconds(10), 5000);
        var app = App.create(context, config -> config.events.handlerAdded(meta -> {
            if (meta.getPath().startsWith("/api/") || meta.getPath().startsWith("/embed/")) {
                routes.add(new Route(meta.getHttpMethod(), meta.getPath(),
                        Access.of(meta.getRoles()).map(Access::writes).orElse(true)));
            }
        }));
        app.start(0);
        app.stop();
        return routes;
    }

    /** The query parameters the OpenAPI document names for each operation ("get /api/search" → q, type, limit). */
    private Map<String, List<String>> queryParameters() {
        var doc = anonymous.get("/api/openapi.json").json();
        var result = new TreeMap<String, List<String>>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getKey().equals("parameters")) return;
            var names = new ArrayList<String>();
            for (var parameter : op.getValue().path("parameters")) {
                var resolved = parameter.has("$ref") ? doc.at(parameter.get("$ref").asText().substring(1)) : parameter;
                if (resolved.path("in").asText().equals("query")) names.add(resolved.get("name").asText());
            }
            result.put(op.getKey() + " " + path.getKey(), names);
        }));
        return result;
    }

    /** Counts and a digest of every node's and relationship's labels or type and properties. */
    private static String fingerprint() {
        var db = TestServer.server().database();
        var digest = sha256();
        for (var row : db.read("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p ORDER BY id",
                Map.of())) {
            digest.update((row.get("id").asString() + row.get("labels").asList() + new TreeMap<>(row.get("p").asMap()))
                    .getBytes(StandardCharsets.UTF_8));
        }
        var relationships = db.read("MATCH ()-[r]->() RETURN elementId(r) AS id, type(r) AS type, properties(r) AS p"
                + " ORDER BY id", Map.of());
        for (var row : relationships) {
            digest.update((row.get("id").asString() + row.get("type").asString() + new TreeMap<>(row.get("p").asMap()))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return relationships.size() + " relationships, " + HexFormat.of().formatHex(digest.digest());
    }

    private static List<String> nodeIds() {
        return TestServer.server().database().read("MATCH (n) RETURN elementId(n) AS id", Map.of()).stream()
                .map(row -> row.get("id").asString()).toList();
    }

    /** What the editor's hostile writes made (entities, views, history): gone, so other tests see the seed graph. */
    private static void removeNodesMadeSince(List<String> before) {
        TestServer.server().database().writeTransaction(tx -> tx.run(
                "MATCH (n) WHERE NOT elementId(n) IN $before DETACH DELETE n", Map.of("before", before)).consume());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
