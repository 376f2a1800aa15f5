package org.tracegraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * The OpenAPI document holds: the reference parser (swagger-parser) reads it without a message, every {@code $ref}
 * leads somewhere, and what the API really answers, over HTTP, is what the document says it answers: each GET
 * route called with a good request, a few writes and reads by POST, and problems for bad requests, every answer
 * held against the schema the document gives for its route, status and content type (JSON Schema 2020-12, the
 * OpenAPI 3.1 dialect, by networknt's validator).
 */
@ExtendWith(TestServer.class)
class OpenApiValidationTest {
    private static final Pattern PARAMETER = Pattern.compile("\\{[^/}]+}");
    /** The document as the build ships it; the served one is the same text ({@code DocsController}). */
    private static final String DOCUMENT = "classpath:openapi.json";
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDialect(Dialects.getOpenApi31());
    private static final List<String> VIEWS = new ArrayList<>();

    private final Http http = TestServer.http();
    private final JsonNode doc = http.get("/api/openapi.json").json();

    @AfterAll
    static void deleteViews() {
        TestServer.server().database().writeTransaction(tx -> tx.run("""
                MATCH (v:View) WHERE v.id IN $ids
                OPTIONAL MATCH (v)-[:HAS_VERSION]->(s:ViewVersion)
                DETACH DELETE v, s""", Map.of("ids", VIEWS)).consume());
    }

    @Test
    void swagger_parser_reads_the_document_as_openapi_3_1_without_a_message() {
        var options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        var result = new OpenAPIV3Parser().readContents(http.get("/api/openapi.json").body(), null, options);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), String.valueOf(result.getMessages()));
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
        assertEquals(doc.get("paths").size(), result.getOpenAPI().getPaths().size());
        assertTrue(result.getOpenAPI().getComponents().getSchemas().containsKey("Entity"));
    }

    @Test
    void every_ref_in_the_document_points_at_something_in_it() {
        var refs = new TreeSet<String>();
        collectRefs(doc, refs);
        assertTrue(refs.size() > 50, refs.toString());
        var dangling = refs.stream().filter(ref -> !ref.startsWith("#/") || doc.at(ref.substring(1)).isMissingNode()).toList();
        assertEquals(List.of(), dangling);
    }

    @Test
    void every_get_route_answers_a_good_request_with_what_its_schema_describes() {
        var editor = TestServer.editor();
        var view = editor.post("/api/views", "{\"title\": \"OpenAPI check\", \"nodeIds\": [\"ruslan-bashirli\", \"ndi\"],"
                + " \"caption\": \"Bashirli and NDI\"}");
        assertValid("post", "/api/views", view, 201);
        var viewId = view.json().get("id").asText();
        VIEWS.add(viewId);
        var relationship = http.get("/api/entities/ruslan-bashirli").json().at("/relationships/0/id").asText();
        assertFalse(relationship.isEmpty());

        var checked = new TreeSet<String>();
        for (var call : List.of(
                "/api/health", "/api/vocabulary", "/api/openapi.json",
                "/api/search?q=Bashirli", "/api/search?q=Musavat&type=organisation&limit=3",
                "/api/entities/ruslan-bashirli", "/api/entities/elnur-israfilov?limit=3",
                "/api/entities/elnur-israfilov/neighbourhood?depth=2",
                "/api/paths?from=elnur-israfilov&to=eynullah-fatullayev",
                "/api/paths?from=ruslan-bashirli&to=ilham-aliyev&maxHops=4&limit=5",
                "/api/timeline", "/api/timeline?entity=ruslan-bashirli&from=2005&to=2012-06",
                "/api/sources", "/api/sources/rahder-2012-azerbaijan-blackmail-video",
                "/api/graph?ids=ruslan-bashirli,ndi,yeni-fekir",
                "/api/export?format=json&ids=ruslan-bashirli,ndi", "/api/export?format=cytoscape&entity=ndi",
                "/api/queries", "/api/relationships/" + relationship,
                "/api/views", "/api/views/" + viewId, "/api/views/" + viewId + "/corrections",
                "/api/oembed?url=" + Http.encode(http.base() + "/embed/" + viewId),
                "/api/analysis?ids=ruslan-bashirli&depth=1", "/livez", "/readyz")) {
            checked.add(assertValid("get", call, answer("get", call, () -> http.get(call)), 200));
        }
        checked.add(assertValid("get", "/api/changes", editor.get("/api/changes?limit=5"), 200));
        checked.add(assertValid("get", "/api/integrity", editor.get("/api/integrity?limit=5"), 200));
        checked.add(assertValid("get", "/api/duplicates", editor.get("/api/duplicates?limit=5"), 200));
        checked.add(assertValid("get", "/api/notes", editor.get("/api/notes?entity=ruslan-bashirli"), 200));
        checked.add(assertValid("get", "/api/review", editor.get("/api/review?limit=5"), 200));

        // every GET route that answers JSON was called, but the import job's, a change's, a note's and a review
        // item's, which need a write (ReviewApiTest reads review items)
        var getRoutes = new TreeSet<String>();
        doc.get("paths").fields().forEachRemaining(path -> {
            var get = path.getValue().path("get");
            if (get.isMissingNode() || !get.path("responses").path("200").path("content").has("application/json")) return;
            getRoutes.add(path.getKey());
        });
        getRoutes.removeAll(List.of("/api/import/{job}", "/api/changes/{id}", "/api/notes/{id}", "/api/review/{id}"));
        assertEquals(getRoutes, checked);
    }

    @Test
    void reads_by_post_answer_what_their_schemas_describe() {
        assertValid("post", "/api/cypher", answer("post", "/api/cypher", () -> http.post("/api/cypher", "{\"query\": \"MATCH (n:Entity {id: $id})-[r]-(other)"
                + " RETURN n, r, other.name AS name LIMIT 3\", \"params\": {\"id\": \"ruslan-bashirli\"}}")), 200);
        var query = http.get("/api/queries").json().at("/queries/0/name").asText();
        assertFalse(query.isEmpty());
        assertValid("post", "/api/queries/{name}", answer("post", "/api/queries/{name}", () -> http.post("/api/queries/" + query, "{}")), 200);
        assertValid("post", "/api/mentions", http.post("/api/mentions",
                "{\"text\": \"Ruslan Bashirly, a founder of Yeni Fekir, met people from NDI.\"}"), 200);
    }

    @Test
    void problems_for_bad_requests_are_the_documented_problems() {
        assertValid("get", "/api/entities/{id}", http.get("/api/entities/no-such-person"), 404);
        assertValid("get", "/api/search", http.get("/api/search?q=x&limit=0"), 400);
        assertValid("get", "/api/paths", http.get("/api/paths?from=ndi"), 400);
        assertValid("get", "/api/paths", http.get("/api/paths?from=ndi&to=nobody-at-all"), 404);
        assertValid("get", "/api/timeline", http.get("/api/timeline?from=2012-13"), 400);
        assertValid("get", "/api/sources/{id}", http.get("/api/sources/no-such-document"), 404);
        assertValid("get", "/api/views/{id}", http.get("/api/views/no-such-view-abcdef"), 404);
        assertValid("get", "/api/changes", http.get("/api/changes"), 401);
        assertValid("get", "/api/changes/{id}", TestServer.editor().get("/api/changes/no-such-change"), 404);
        assertValid("get", "/api/import/{job}", TestServer.editor().get("/api/import/no-such-job"), 404);
        assertValid("post", "/api/cypher", http.post("/api/cypher", "{\"query\": \"MATCH (n) DETACH DELETE n\"}"), 403);
        assertValid("post", "/api/entities", TestServer.editor().post("/api/entities", "{\"type\": \"Spaceship\"}"), 400);
    }

    @Test
    void a_response_that_breaks_its_schema_is_caught() {
        var entity = (ObjectNode) http.get("/api/entities/ruslan-bashirli").json();
        var pointer = responseSchema("get", "/api/entities/{id}", 200, "application/json");
        assertEquals(List.of(), errors(pointer, entity));
        entity.remove("name");
        ((ObjectNode) entity.withArray("relationships").get(0)).put("status", "certain");
        var errors = errors(pointer, entity);
        assertTrue(errors.stream().anyMatch(e -> e.contains("name")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("status")), errors.toString());
    }

    /**
     * The answer to {@code request}, sent again (up to five times in all) while it is a timeout: the suite's
     * server stops queries after 3 s, which a loaded test machine can reach on a first, cold query. A timeout is
     * itself a documented answer, and is held against its schema too; five in a row skip the test rather than fail it.
     */
    private Http.Response answer(String method, String call, Supplier<Http.Response> request) {
        var response = request.get();
        for (int tries = 1; tries < 5 && response.status() == 504; tries++) {
            assertValid(method, call, response, 504);
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            response = request.get();
        }
        // five timeouts in a row: a machine too loaded to tell (CI runs the suite alone), not a wrong document
        var last = response;
        assumeTrue(last.status() != 504, () -> method + " " + call + " timed out five times: " + last);
        return last;
    }

    /**
     * Holds {@code response} against the schema the document gives for {@code method} on the route of
     * {@code call} (a path, or a template), its status and content type; returns the route's template.
     */
    private String assertValid(String method, String call, Http.Response response, int status) {
        assertEquals(status, response.status(), () -> method + " " + call + ": " + response);
        var template = template(call);
        var media = response.contentType().split(";")[0].trim();
        var errors = errors(responseSchema(method, template, status, media), response.json());
        assertEquals(List.of(), errors, () -> method + " " + call + " answered " + response);
        return template;
    }

    private List<String> errors(String pointer, JsonNode instance) {
        var schema = SCHEMAS.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer.replace("{", "%7B").replace("}", "%7D")));
        return schema.validate(instance).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** The JSON pointer of the schema the document gives, following a response's {@code $ref}. */
    private String responseSchema(String method, String template, int status, String media) {
        var pointer = "/paths/" + escape(template) + "/" + method + "/responses/" + status;
        var response = doc.at(pointer);
        assertFalse(response.isMissingNode(), method + " " + template + " does not document " + status);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = doc.at(pointer);
        }
        assertTrue(response.path("content").path(media).has("schema"),
                method + " " + template + " " + status + " documents no " + media + " schema: " + response.path("content"));
        return pointer + "/content/" + escape(media) + "/schema";
    }

    /** The documented path whose template matches {@code call}'s path ({@code /api/entities/x} → {@code /api/entities/{id}}). */
    private String template(String call) {
        var path = call.split("\\?")[0];
        if (doc.get("paths").has(path)) return path;
        var matches = new ArrayList<String>();
        doc.get("paths").fieldNames().forEachRemaining(t -> {
            if (Pattern.matches(PARAMETER.matcher(Pattern.quote(t)).replaceAll("\\\\E[^/]+\\\\Q"), path)) matches.add(t);
        });
        assertEquals(1, matches.size(), path + " matches " + matches);
        return matches.get(0);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static void collectRefs(JsonNode node, TreeSet<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref") && f.getValue().isTextual()) refs.add(f.getValue().asText());
                else collectRefs(f.getValue(), refs);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
