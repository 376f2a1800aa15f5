package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.curation.EntityWrites.Outcome;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.Editor;
import org.tracegraph.neo4j.Database;
import org.tracegraph.support.TestServer;

/** The services an importer calls in its own transactions: the same rows twice change nothing. */
@ExtendWith(TestServer.class)
class UpsertTest {
    private static final Editor IMPORT = new Editor("import: test.csv");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db = TestServer.server().database();

    @AfterAll
    static void cleanUp() {
        Fixtures.removeAll();
    }

    private static JsonNode json(Map<String, Object> fields) {
        return JSON.valueToTree(fields);
    }

    @Test
    void a_batch_imported_twice_creates_then_changes_nothing_and_a_bad_row_rolls_the_batch_back() {
        var person = Fixtures.uniqueId("imported");
        var source = Fixtures.uniqueId("imported-source");
        var org = Fixtures.uniqueId("imported-org");
        var rows = List.of(
                json(Map.of("id", person, "type", "Person", "name", "Imported Person")),
                json(Map.of("id", source, "type", "Source", "name", "Register", "title", "Company register")),
                json(Map.of("id", org, "type", "Organisation", "name", "Imported Ltd", "kind", "company")));
        var link = json(Map.of("id", person + "-runs-" + org, "from", person, "type", "RUNS", "to", org,
                "sourceIds", List.of(source), "quote", "director: Imported Person", "status", "confirmed"));

        var first = db.writeTransaction(tx -> {
            var outcomes = new java.util.ArrayList<Outcome>();
            rows.forEach(row -> outcomes.add(EntityWrites.upsert(tx, IMPORT, row).outcome()));
            outcomes.add(RelationshipWrites.upsert(tx, IMPORT, link).outcome());
            return outcomes;
        });
        assertEquals(List.of(Outcome.CREATED, Outcome.CREATED, Outcome.CREATED, Outcome.CREATED), first);

        var second = db.writeTransaction(tx -> {
            var outcomes = new java.util.ArrayList<Outcome>();
            rows.forEach(row -> outcomes.add(EntityWrites.upsert(tx, IMPORT, row).outcome()));
            outcomes.add(RelationshipWrites.upsert(tx, IMPORT, link).outcome());
            return outcomes;
        });
        assertEquals(List.of(Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED), second);

        var renamed = json(Map.of("id", person, "type", "Person", "name", "Imported Person Renamed"));
        var bad = json(Map.of("id", Fixtures.uniqueId("bad"), "type", "Event", "name", "No date"));
        var refused = assertThrows(ProblemException.class, () -> db.writeTransaction(tx -> {
            EntityWrites.upsert(tx, IMPORT, renamed);
            return EntityWrites.upsert(tx, IMPORT, bad);
        }));
        assertEquals("date", refused.problem().parameter());
        var name = TestServer.http().get("/api/entities/" + person).json().get("name").asText();
        assertEquals("Imported Person", name, "the batch with a bad row wrote nothing");

        var history = TestServer.editor().get("/api/changes?entity=" + person).json().get("changes");
        assertEquals(2, history.size(), "one change for the person, one for its relationship");
        assertEquals("import: test.csv", history.get(0).get("editor").asText());
    }
}
