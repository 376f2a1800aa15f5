package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.config.Settings;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class ImportApiTest {
    private final Http editor = TestServer.editor();
    private final Http http = TestServer.http();

    @AfterAll
    static void removeImported() {
        ImportFiles.removeAll();
    }

    private Http.Response importJson(String query, String file) {
        return editor.postAs("/api/import?format=json" + query, "application/json", file);
    }

    @Test
    void importing_graph_json_creates_the_entities_and_relationships_with_their_evidence() {
        var p = ImportFiles.prefix();
        var response = importJson("&name=club.json", ImportFiles.graph(p));
        assertEquals(200, response.status(), response::toString);
        var report = response.json();
        assertEquals(6, report.get("created").asLong(), report::toString);
        assertEquals(0, report.get("updated").asLong());
        assertEquals(0, report.get("invalidCount").asLong());
        assertEquals(2, report.get("batches").asInt(), "one batch of entities, one of relationships");
        assertEquals(2, report.get("committedBatches").asInt());
        assertFalse(report.get("dryRun").asBoolean());

        var alice = http.get("/api/entities/" + p + "alice").json();
        assertEquals("Alice Aliyeva", alice.get("name").asText());
        assertEquals(List.of("Alisa", "A. Aliyeva"), texts(alice.get("aliases")), alice::toString);
        var membership = http.get("/api/relationships/" + p + "alice-member-of-club").json();
        assertEquals("Alice is a member of the club.", membership.get("quote").asText(), membership::toString);
        assertEquals("treasurer", membership.get("role").asText());
        assertEquals(p + "report", membership.get("sources").get(0).get("id").asText(), membership::toString);
        var friends = http.get("/api/relationships/" + p + "bob-friend-of-alice").json();
        assertEquals(p + "club", friends.get("claimedBy").asText(), friends::toString);
        var history = editor.get("/api/changes?entity=" + p + "alice").json().toString();
        assertTrue(history.contains("import: club.json"), "the history names the import: " + history);
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_the_second_time() {
        var file = ImportFiles.graph(ImportFiles.prefix());
        assertEquals(200, importJson("", file).status());
        var second = importJson("", file).json();
        assertEquals(0, second.get("created").asLong(), second::toString);
        assertEquals(0, second.get("updated").asLong(), second::toString);
        assertEquals(6, second.get("unchanged").asLong(), second::toString);
    }

    @Test
    void a_changed_file_updates_what_changed_and_leaves_the_rest() {
        var p = ImportFiles.prefix();
        assertEquals(200, importJson("", ImportFiles.graph(p)).status());
        var changed = ImportFiles.graph(p).replace("The Club", "The Great Club");
        var report = importJson("", changed).json();
        assertEquals(1, report.get("updated").asLong(), report::toString);
        assertEquals(5, report.get("unchanged").asLong(), report::toString);
        assertEquals("The Great Club", http.get("/api/entities/" + p + "club").json().get("name").asText());
    }

    @Test
    void a_dry_run_reports_what_would_change_and_changes_nothing() {
        var p = ImportFiles.prefix();
        var response = importJson("&dryRun=true", ImportFiles.graph(p));
        assertEquals(200, response.status(), response::toString);
        var report = response.json();
        assertTrue(report.get("dryRun").asBoolean());
        assertEquals(6, report.get("created").asLong(), report::toString);
        assertEquals(0, report.get("committedBatches").asInt());
        assertEquals(404, http.get("/api/entities/" + p + "alice").status());
        assertEquals(404, http.get("/api/relationships/" + p + "alice-member-of-club").status());
        var history = editor.get("/api/changes?entity=" + p + "alice");
        assertEquals(200, history.status(), history::toString);
        assertFalse(history.body().contains(p), history::toString);
    }

    @Test
    void invalid_rows_are_reported_with_their_place_and_field_and_nothing_is_imported() {
        var p = ImportFiles.prefix();
        var file = ImportFiles.json(Map.of(
                "nodes", List.of(
                        Map.of("id", p + "fine", "type", "Person", "name", "Fine"),
                        Map.of("id", p + "nameless", "type", "Person"),
                        Map.of("id", p + "odd", "type", "Person", "name", "Odd", "shoeSize", 44),
                        Map.of("id", p + "report", "type", "Source", "name", "R", "title", "R")),
                "edges", List.of(
                        Map.of("id", p + "e1", "source", p + "fine", "target", p + "report", "type", "WROTE",
                                "sourceIds", List.of(p + "report"), "quote", "q", "status", "certain"),
                        Map.of("id", p + "e2", "source", p + "fine", "target", p + "ghost", "type", "WROTE",
                                "sourceIds", List.of(p + "report"), "quote", "q", "status", "reported"))));
        var response = importJson("", file);
        var problem = assertProblem(response, 422);
        assertTrue(problem.get("type").asText().endsWith("#invalid-rows"));
        var report = problem.get("report");
        assertEquals(4, report.get("invalidCount").asLong(), report::toString);
        assertEquals(0, report.get("committedBatches").asInt());
        var invalid = report.get("invalid");
        assertInvalid(invalid.get(0), "nodes", 1, p + "nameless", "name");
        assertInvalid(invalid.get(1), "nodes", 2, p + "odd", "shoeSize");
        assertInvalid(invalid.get(2), "edges", 0, p + "e1", "status");
        assertInvalid(invalid.get(3), "edges", 1, p + "e2", "to");
        assertEquals(404, http.get("/api/entities/" + p + "fine").status(), "nothing was imported");

        var skipping = importJson("&skipInvalid=true", file);
        assertEquals(200, skipping.status(), skipping::toString);
        assertEquals(2, skipping.json().get("created").asLong(), skipping::toString);
        assertEquals(4, skipping.json().get("invalidCount").asLong());
        assertEquals(200, http.get("/api/entities/" + p + "fine").status(), "the valid rows were imported");
    }

    private static void assertInvalid(JsonNode row, String part, int index, String id, String field) {
        assertEquals(part, row.get("part").asText(), row::toString);
        assertEquals(index, row.get("index").asInt(), row::toString);
        assertTrue(row.get("line").asLong() >= 1, row::toString);
        assertEquals(id, row.get("id").asText(), row::toString);
        assertEquals(field, row.get("field").asText(), row::toString);
        assertTrue(row.get("detail").asText().contains(field.equals("to") ? "names no entity" : field), row::toString);
    }

    @Test
    void a_line_of_a_pretty_printed_file_is_the_line_its_row_starts_on() throws IOException {
        var p = ImportFiles.prefix();
        var file = ImportFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("nodes", List.of(
                Map.of("id", p + "fine", "type", "Person", "name", "Fine"),
                Map.of("id", p + "nameless", "type", "Person"))));
        var report = importJson("&dryRun=true", file).json();
        var row = report.get("invalid").get(0);
        var lines = file.split("\n");
        assertTrue(lines[(int) row.get("line").asLong() - 1].contains("{"), row + " in\n" + file);
        assertTrue(lines[(int) row.get("line").asLong()].contains("nameless")
                || lines[(int) row.get("line").asLong() + 1].contains("nameless"), row + " in\n" + file);
    }

    @Test
    void an_import_needs_the_editor_token() {
        assertProblem(http.postAs("/api/import?format=json", "application/json", ImportFiles.graph(ImportFiles.prefix())), 401);
    }

    @Test
    void a_malformed_or_empty_file_gets_a_problem_and_changes_nothing() {
        var p = ImportFiles.prefix();
        var broken = "{\"nodes\": [\n{\"id\": \"" + p + "a\", \"type\": \"Person\", \"name\": \"A\"},\n{\"id\": ";
        var problem = assertProblem(importJson("", broken), 400);
        assertTrue(problem.get("detail").asText().contains("line 3"), problem::toString);
        assertEquals(404, http.get("/api/entities/" + p + "a").status());
        assertProblem(importJson("", "[1, 2]"), 400);
        assertProblem(importJson("", ""), 400);
    }

    @Test
    void bad_import_parameters_get_a_problem_naming_them() {
        var file = ImportFiles.graph(ImportFiles.prefix());
        assertBadParameter(editor.postAs("/api/import?format=xml", "application/json", file), "format");
        assertBadParameter(importJson("&dryRun=maybe", file), "dryRun");
        assertBadParameter(importJson("&part=nodes", file), "part");
        assertBadParameter(importJson("&source=x", file), "source");
        assertProblem(editor.get("/api/import/no-such-job"), 404);
    }

    @Test
    void a_body_larger_than_the_limit_is_refused_before_it_is_read() throws IOException {
        long limit = Settings.fromEnvironment(TestServer.environment(TestServer.dataDir())).maxImportBytes();
        try (var socket = new Socket("localhost", TestServer.server().port())) {
            var request = "POST /api/import?format=json HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestServer.EDITOR_TOKEN + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (limit + 1) + "\r\nConnection: close\r\n\r\n{\"nodes\": [";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var answer = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
        }
    }

    @Test
    void an_import_in_the_background_reports_its_progress_at_its_job_address() throws InterruptedException {
        var p = ImportFiles.prefix();
        var started = importJson("&async=true", ImportFiles.graph(p));
        assertEquals(202, started.status(), started::toString);
        var location = started.location();
        assertTrue(location.startsWith("/api/import/"), location);
        JsonNode job = started.json();
        for (int i = 0; i < 100 && job.get("state").asText().equals("running"); i++) {
            Thread.sleep(100);
            job = editor.get(location).json();
        }
        assertEquals("done", job.get("state").asText(), job::toString);
        assertEquals(6, job.get("report").get("created").asLong(), job::toString);
        assertEquals(100, job.get("percent").asLong(), job::toString);
        assertProblem(http.get(location), 401);
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
