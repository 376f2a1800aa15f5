package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class ImportFtmApiTest {
    private final Http editor = TestServer.editor();
    private final Http http = TestServer.http();

    @AfterAll
    static void removeImported() {
        ImportFiles.removeAll();
    }

    private static String entity(String id, String schema, Map<String, List<String>> properties) {
        return ImportFiles.json(Map.of("id", id, "schema", schema, "properties", properties));
    }

    /** People, a company, four links (one naming no source), a vessel and a broken line (lines 8 and 9). */
    static String file(String p) {
        return String.join("\n",
                entity(p + "alice", "Person", Map.of("name", List.of("Alice Aliyeva", "Alisa Aliyeva"), "alias", List.of("A. A."))),
                entity(p.toUpperCase() + "BOB", "Person", Map.of("name", List.of("Bob"), "description", List.of("A friend."))),
                entity(p + "acme", "Company", Map.of("name", List.of("Acme Ltd"))),
                entity(p + "m1", "Membership", Map.of("member", List.of(p + "alice"), "organization", List.of(p + "acme"),
                        "summary", List.of("Alice joined Acme."), "status", List.of("confirmed"), "startDate", List.of("2012-03-07T10:00:00"))),
                entity(p + "f1", "Family", Map.of("person", List.of(p + "alice"), "relative", List.of(p.toUpperCase() + "BOB"),
                        "relationship", List.of("brother"))),
                "",
                entity(p + "u1", "UnknownLink", Map.of("subject", List.of(p.toUpperCase() + "BOB"), "object", List.of(p + "acme"))),
                entity(p + "v1", "Vessel", Map.of("name", List.of("The Ship"))),
                "{\"id\": \"broken") + "\n";
    }

    private Http.Response importFtm(String query, String file) {
        return editor.postAs("/api/import?format=ftm" + query, "application/x-ndjson", file);
    }

    @Test
    void importing_followthemoney_maps_schemata_to_types_and_gives_every_link_its_evidence() {
        var p = ImportFiles.prefix();
        var name = p + "people.ftm.json";
        var refused = assertProblem(importFtm("&name=" + name, file(p)), 422).get("report");
        assertEquals(2, refused.get("invalidCount").asLong(), refused::toString);
        assertEquals(8, refused.get("invalid").get(0).get("line").asLong(), refused::toString);
        assertEquals("schema", refused.get("invalid").get(0).get("field").asText(), refused::toString);
        assertEquals(9, refused.get("invalid").get(1).get("line").asLong(), refused::toString);
        assertEquals(name, refused.get("invalid").get(1).get("part").asText(), refused::toString);

        var response = importFtm("&skipInvalid=true&name=" + name, file(p));
        assertEquals(200, response.status(), response::toString);
        assertEquals(7, response.json().get("created").asLong(), "3 entities, the file's source, 3 links: " + response.body());

        var alice = http.get("/api/entities/" + p + "alice").json();
        assertEquals("Person", alice.get("type").asText());
        assertEquals("[\"A. A.\",\"Alisa Aliyeva\"]", alice.get("aliases").toString(), alice::toString);
        var acme = http.get("/api/entities/" + p + "acme").json();
        assertEquals("Organisation", acme.get("type").asText());
        assertEquals("company", acme.get("kind").asText());
        assertEquals("Bob", http.get("/api/entities/" + p + "bob").json().get("name").asText(), "FtM ids become slugs");

        var membership = http.get("/api/relationships/" + p + "m1").json();
        assertEquals("MEMBER_OF", membership.get("type").asText(), membership::toString);
        assertEquals("Alice joined Acme.", membership.get("quote").asText());
        assertEquals("confirmed", membership.get("status").asText());
        assertEquals("2012-03-07", membership.get("startDate").asText());
        var family = http.get("/api/relationships/" + p + "f1").json();
        assertEquals("RELATIVE_OF", family.get("type").asText(), family::toString);
        assertEquals("brother", family.get("role").asText());
        var unknown = http.get("/api/relationships/" + p + "u1").json();
        assertEquals("AFFILIATED_WITH", unknown.get("type").asText(), unknown::toString);
        assertEquals("reported", unknown.get("status").asText());
        assertEquals("(imported from FtM file " + name + ")", unknown.get("quote").asText());
        var fileSource = unknown.get("sources").get(0).get("id").asText();
        assertEquals("ftm-" + p + "people", fileSource);
        assertEquals("Source", http.get("/api/entities/" + fileSource).json().get("type").asText());

        var again = importFtm("&skipInvalid=true&name=" + name, file(p)).json();
        assertEquals(0, again.get("created").asLong() + again.get("updated").asLong(), again::toString);
    }

    @Test
    void links_without_sources_cite_the_source_the_import_names() {
        var p = ImportFiles.prefix();
        var source = editor.post("/api/entities", ImportFiles.json(Map.of("id", p + "dataset", "type", "Source",
                "name", "A dataset", "title", "A dataset"))).json().get("id").asText();
        var response = importFtm("&skipInvalid=true&source=" + source, file(p));
        assertEquals(6, response.json().get("created").asLong(), response::toString);
        var unknown = http.get("/api/relationships/" + p + "u1").json();
        assertEquals(source, unknown.get("sources").get(0).get("id").asText(), unknown::toString);
    }

    @Test
    void a_links_proof_names_its_sources_and_its_description_the_status_and_claimant() {
        var p = ImportFiles.prefix();
        var file = String.join("\n",
                entity(p + "letter", "Document", Map.of("title", List.of("A letter"), "fileName", List.of("letter.pdf"))),
                entity(p + "carol", "Person", Map.of("name", List.of("Carol"))),
                entity(p + "dave", "Person", Map.of("name", List.of("Dave"))),
                entity(p + "a1", "Associate", Map.of("person", List.of(p + "carol"), "associate", List.of(p + "dave"),
                        "relationship", List.of("friend (neighbour)"), "proof", List.of(p + "letter"),
                        "summary", List.of("Carol and Dave are friends."),
                        "description", List.of("status: alleged; claimed by: " + p + "dave"))),
                entity(p + "a2", "Associate", Map.of("person", List.of(p + "dave"), "associate", List.of(p + "carol"),
                        "proof", List.of(p + "letter"), "description", List.of("status: active duty"))));
        var response = importFtm("&name=" + p + "letters.ftm.json", file);
        assertEquals(200, response.status(), response::toString);
        assertEquals(5, response.json().get("created").asLong(), "no source made for the file: " + response.body());

        var friends = http.get("/api/relationships/" + p + "a1").json();
        assertEquals("FRIEND_OF", friends.get("type").asText(), friends::toString);
        assertEquals("neighbour", friends.get("role").asText(), friends::toString);
        assertEquals(p + "letter", friends.get("sources").get(0).get("id").asText(), friends::toString);
        assertEquals(1, friends.get("sources").size(), friends::toString);
        assertEquals("alleged", friends.get("status").asText());
        assertEquals(p + "dave", friends.get("claimedBy").asText());
        assertEquals("Carol and Dave are friends.", friends.get("quote").asText());
        var other = http.get("/api/relationships/" + p + "a2").json();
        assertEquals("AFFILIATED_WITH", other.get("type").asText(), other::toString);
        assertEquals("status: active duty", other.get("quote").asText(), "another tool's description is its text");
        assertEquals("reported", other.get("status").asText());
    }

    @Test
    void the_ftm_export_imported_back_into_the_same_graph_changes_nothing() {
        var file = new String(http.bytes("/api/export?format=ftm"), java.nio.charset.StandardCharsets.UTF_8);
        var report = importFtm("&dryRun=true&name=graph.ftm.json", file).json();
        assertEquals(0, report.get("invalidCount").asLong(), report::toString);
        assertEquals(0, report.get("created").asLong(), report::toString);
        assertEquals(0, report.get("updated").asLong(), report::toString);
        assertTrue(report.get("unchanged").asLong() > 200, report::toString);
    }
}
