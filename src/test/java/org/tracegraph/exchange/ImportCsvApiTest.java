package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class ImportCsvApiTest {
    private final Http editor = TestServer.editor();
    private final Http http = TestServer.http();

    @AfterAll
    static void removeImported() {
        ImportFiles.removeAll();
    }

    static String nodes(String p) {
        return "id,type,name,aliases,description,kind,title,published,dateApprox,rev\n"
                + p + "report,Source,A report,,,report,A report,2024-05,true,3\n"
                + p + "alice,Person,Alice Aliyeva,Alisa|A. Aliyeva,\"A member,\nover two lines.\",,,,,\n"
                + p + "club,Organisation,The Club,,,NGO,,,,\n";
    }

    static String edges(String p) {
        return "id,source,type,target,status,sourceIds,quote,claimedBy,role\n"
                + p + "alice-member-of-club," + p + "alice,MEMBER_OF," + p + "club,reported," + p + "report,"
                + "\"She said: \"\"I am a member.\"\"\",,treasurer\n";
    }

    static byte[] zip(String nodes, String edges) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("nodes.csv"));
            zip.write(nodes.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("edges.csv"));
            zip.write(edges.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private Http.Response importZip(String query, byte[] zip) {
        return editor.postBytes("/api/import?format=csv" + query, "application/zip", zip);
    }

    @Test
    void importing_the_csv_zip_creates_the_entities_and_relationships_and_twice_changes_nothing() throws IOException {
        var p = ImportFiles.prefix();
        var file = zip(nodes(p), edges(p));
        var response = importZip("", file);
        assertEquals(200, response.status(), response::toString);
        assertEquals(4, response.json().get("created").asLong(), response::toString);
        var alice = http.get("/api/entities/" + p + "alice").json();
        assertEquals("[\"Alisa\",\"A. Aliyeva\"]", alice.get("aliases").toString(), alice::toString);
        assertEquals("A member,\nover two lines.", alice.get("description").asText());
        var report = http.get("/api/entities/" + p + "report").json();
        assertEquals("2024-05", report.get("published").asText(), report::toString);
        var membership = http.get("/api/relationships/" + p + "alice-member-of-club").json();
        assertEquals("She said: \"I am a member.\"", membership.get("quote").asText(), membership::toString);
        assertEquals("treasurer", membership.get("role").asText());

        var again = importZip("", file).json();
        assertEquals(0, again.get("created").asLong() + again.get("updated").asLong(), again::toString);
        assertEquals(4, again.get("unchanged").asLong(), again::toString);
    }

    @Test
    void a_single_nodes_or_edges_csv_is_imported_with_part() {
        var p = ImportFiles.prefix();
        var nodes = editor.postAs("/api/import?format=csv&part=nodes", "text/csv", nodes(p));
        assertEquals(200, nodes.status(), nodes::toString);
        assertEquals(3, nodes.json().get("created").asLong(), nodes::toString);
        var edges = editor.postAs("/api/import?format=csv&part=edges", "text/csv", edges(p));
        assertEquals(1, edges.json().get("created").asLong(), edges::toString);
    }

    @Test
    void invalid_csv_rows_are_reported_with_their_line_in_their_file() throws IOException {
        var p = ImportFiles.prefix();
        var nodes = nodes(p) + p + "nameless,Person,,,,,,,,\n" + p + "when,Event,A day,,,,,,,\n";
        var edges = edges(p) + p + "bad,," + "MEMBER_OF," + p + "club,reported," + p + "report,q,,\n";
        var refused = assertProblem(importZip("&dryRun=false", zip(nodes, edges)), 422).get("report");
        var invalid = refused.get("invalid");
        assertEquals(3, invalid.size(), refused::toString);
        assertEquals("nodes/6/name", where(invalid.get(0)), invalid::toString);
        assertEquals("nodes/7/date", where(invalid.get(1)), invalid::toString);
        assertEquals("edges/3/from", where(invalid.get(2)), invalid::toString);
        assertEquals(404, http.get("/api/entities/" + p + "alice").status(), "nothing was imported");
    }

    private static String where(com.fasterxml.jackson.databind.JsonNode row) {
        return row.get("part").asText() + "/" + row.get("line").asLong() + "/" + row.get("field").asText();
    }

    @Test
    void a_csv_that_is_not_the_exports_zip_gets_a_problem_saying_what_to_send() {
        var p = ImportFiles.prefix();
        var problem = assertProblem(editor.postAs("/api/import?format=csv", "text/csv", nodes(p)), 400);
        assertTrue(problem.get("detail").asText().contains("part=nodes"), problem::toString);
        var noId = assertProblem(editor.postAs("/api/import?format=csv&part=nodes", "text/csv", "name,type\nA,Person\n"), 400);
        assertTrue(noId.get("detail").asText().contains("no id column"), noId::toString);
    }
}
