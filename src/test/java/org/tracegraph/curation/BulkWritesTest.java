package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.curation.EntityWrites.Outcome;
import org.tracegraph.core.Editor;
import org.tracegraph.neo4j.Database;
import org.tracegraph.support.TestServer;

/** The importer's batches: the same outcomes, checks and history as the one-by-one upserts (UpsertTest). */
@ExtendWith(TestServer.class)
class BulkWritesTest {
    private static final Editor IMPORT = new Editor("import: bulk.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db = TestServer.server().database();

    @AfterAll
    static void cleanUp() {
        Fixtures.removeAll();
    }

    private static JsonNode json(Map<String, Object> fields) {
        return JSON.valueToTree(fields);
    }

    private List<Object> entities(List<JsonNode> rows) {
        return db.writeTransaction(tx -> BulkWrites.entities(tx, IMPORT, rows)).stream()
                .map(r -> r.outcome() != null ? (Object) r.outcome() : r.refused().problem().parameter()).toList();
    }

    private List<Object> relationships(List<JsonNode> rows) {
        return db.writeTransaction(tx -> BulkWrites.relationships(tx, IMPORT, rows)).stream()
                .map(r -> r.outcome() != null ? (Object) r.outcome() : r.refused().problem().parameter()).toList();
    }

    private JsonNode history(String id) {
        return TestServer.editor().get("/api/changes?entity=" + id).json().get("changes");
    }

    @Test
    void a_batch_sees_its_own_rows_refuses_bad_ones_alone_and_records_one_change_per_row_written() {
        var person = Fixtures.uniqueId("bulk-person");
        var source = Fixtures.uniqueId("bulk-source");
        var org = Fixtures.uniqueId("bulk-org");
        var rows = List.of(
                json(Map.of("id", person, "type", "Person", "name", "Bulk Person")),
                json(Map.of("id", source, "type", "Source", "name", "Register", "title", "Company register")),
                json(Map.of("id", Fixtures.uniqueId("bulk-bad"), "type", "Event", "name", "No date")),
                json(Map.of("id", org, "type", "Organisation", "name", "Bulk Ltd")),
                json(Map.of("id", person, "description", "Patched two rows later.")));
        assertEquals(List.of(Outcome.CREATED, Outcome.CREATED, "date", Outcome.CREATED, Outcome.UPDATED), entities(rows));
        var stored = TestServer.http().get("/api/entities/" + person).json();
        assertEquals("Patched two rows later.", stored.get("description").asText());
        var changes = history(person);
        assertEquals(2, changes.size(), "a create, then an update: " + changes);
        assertEquals("update", changes.get(0).get("action").asText());
        assertEquals("import: bulk.json", changes.get(0).get("editor").asText());

        var link = json(Map.of("id", person + "-runs-" + org, "from", person, "type", "RUNS", "to", org,
                "sourceIds", List.of(source), "quote", "director: Bulk Person", "status", "confirmed"));
        var sameIdOtherEnd = json(Map.of("id", person + "-runs-" + org, "from", person, "type", "RUNS", "to", source,
                "sourceIds", List.of(source), "quote", "reversed", "status", "confirmed"));
        var noSource = json(Map.of("id", Fixtures.uniqueId("bulk-link"), "from", person, "type", "RUNS", "to", org,
                "sourceIds", List.of(person), "quote", "q", "status", "confirmed"));
        assertEquals(List.of(Outcome.CREATED, "to", "sourceIds"), relationships(List.of(link, sameIdOtherEnd, noSource)));

        assertEquals(List.of(Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED),
                entities(List.of(rows.get(0), rows.get(1), rows.get(3), rows.get(4))), "the same rows again");
        assertEquals(List.of(Outcome.UNCHANGED), relationships(List.of(link)));
        assertEquals(3, history(person).size(), "nothing recorded for rows that changed nothing");

        var edited = json(Map.of("id", person + "-runs-" + org, "status", "reported"));
        assertEquals(List.of(Outcome.UPDATED), relationships(List.of(edited)));
        var relationship = TestServer.http().get("/api/relationships/" + person + "-runs-" + org).json();
        assertEquals("reported", relationship.get("status").asText());
        assertEquals(2, relationship.get("rev").asLong());
        assertNull(relationship.get("claimedBy"));
    }
}
