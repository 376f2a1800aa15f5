package org.tracegraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.App;
import org.tracegraph.AppContext;
import org.tracegraph.http.Access;
import org.tracegraph.http.Routes;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class OpenApiTest {
    private final Http http = TestServer.http();

    /** Security as the document says it, for each role: public needs nothing; reads a reader token when one is set. */
    private static final Map<Access, String> SECURITY = Map.of(
            Access.PUBLIC, "[]",
            Access.READER, "[{},{\"readerToken\":[]}]",
            Access.EDITOR, "[{\"editorToken\":[]}]",
            Access.ADMIN, "[{\"adminToken\":[]}]");
    /** The operators' routes, outside /api/ and documented with it. */
    private static final java.util.Set<String> OPERATIONS = java.util.Set.of("/livez", "/readyz", "/metrics");
    private Map<String, Access> roles;

    /** "get /api/search" → the role App declares on that route. */
    private Map<String, Access> roles() {
        if (roles != null) return roles;
        var context = new AppContext(TestServer.server().database(), "embedded", "unused",
                java.time.Duration.ofSeconds(10), 5000);
        roles = new TreeMap<>();
        for (var route : Routes.of(App.create(context))) {
            if (!route.path().startsWith("/api/") && !OPERATIONS.contains(route.path())) continue;
            roles.put(route.method().name().toLowerCase(Locale.ROOT) + " " + route.path(),
                    route.access().orElseThrow(() -> new AssertionError(route + " declares no Access role")));
        }
        return roles;
    }

    @Test
    void every_api_route_is_documented_and_every_documented_route_exists() {
        var routes = new TreeSet<>(roles().keySet());
        assertTrue(routes.size() >= 10, routes.toString());

        var documented = new TreeSet<String>();
        var paths = http.get("/api/openapi.json").json().get("paths");
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames().forEachRemaining(method -> {
            if (!method.equals("parameters")) documented.add(method + " " + path);
        }));
        assertEquals(routes, documented);
    }

    @Test
    void every_operation_declares_the_tokens_its_route_needs() {
        var paths = http.get("/api/openapi.json").json().get("paths");
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fields().forEachRemaining(op -> {
            if (op.getKey().equals("parameters")) return;
            var name = op.getKey() + " " + path;
            var role = roles().get(name);
            if (role == null) return; // every_api_route_is_documented_and_every_documented_route_exists says so
            assertEquals(SECURITY.get(role), String.valueOf(op.getValue().get("security")), name + " is " + role.label());
        }));
    }

    @Test
    void the_document_is_openapi_3_1_and_describes_its_errors_as_problems() {
        var response = http.get("/api/openapi.json");
        assertEquals(200, response.status());
        assertTrue(response.contentType().startsWith("application/json"));
        var doc = response.json();
        assertEquals("3.1.0", doc.get("openapi").asText());
        assertTrue(doc.at("/components/schemas/Problem/properties").has("detail"));
        var operations = new ArrayList<String>();
        doc.get("paths").forEach(path -> path.fields().forEachRemaining(op -> {
            if (!op.getKey().equals("parameters")) operations.add(op.getValue().path("operationId").asText());
        }));
        assertFalse(operations.contains(""), "every operation has an operationId");
    }

    @Test
    void every_write_documents_the_bookmark_it_answers_with_and_every_graph_route_the_bookmark_it_takes() {
        var paths = http.get("/api/openapi.json").json().get("paths");
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fields().forEachRemaining(op -> {
            var method = op.getKey();
            if (method.equals("parameters") || path.matches("/api/(openapi\\.json|docs|vocabulary)")
                    || OPERATIONS.contains(path)) return;
            var name = method + " " + path;
            assertTrue(op.getValue().path("parameters").toString().contains("#/components/parameters/Bookmark"), name);
            boolean write = !method.equals("get") && roles().get(name).writes();
            if (!write) return;
            var success = new ArrayList<String>();
            op.getValue().get("responses").fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("2") && r.getValue().path("headers").has("Tracegraph-Bookmark")) {
                    success.add(r.getKey());
                }
            });
            assertFalse(success.isEmpty(), name + " documents Tracegraph-Bookmark on its success");
        }));
    }

    @Test
    void the_docs_page_loads_its_assets_from_the_webjar() {
        var redirect = http.get("/api/docs");
        assertEquals(302, redirect.status());
        assertEquals("/docs/", redirect.location());
        var page = http.get("/docs/");
        assertEquals(200, page.status());
        var assets = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.body());
        int count = 0;
        while (assets.find()) {
            var asset = http.get(assets.group(1));
            assertEquals(200, asset.status(), assets.group(1));
            count++;
        }
        assertTrue(count >= 3, "the stylesheet, Swagger UI and the page's script");
    }
}
