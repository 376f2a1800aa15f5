package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.support.Browser;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * Export → import into an empty database → the same graph, evidence included: every entity with its labels
 * and properties, every relationship with its ends, type and properties. The only difference allowed is
 * {@code rev}, the version the write API keeps on what it writes.
 */
@ExtendWith(TestServer.class)
class ImportRoundTripTest {
    private static java.nio.file.Path dataDir;
    private static Server empty;
    private static Http emptyEditor;

    @BeforeAll
    static void startAnEmptyTracegraph() throws Exception {
        dataDir = Files.createTempDirectory("tracegraph-import-roundtrip-");
        empty = Server.start(Settings.fromEnvironment(TestServer.environment(dataDir)));
        emptyEditor = new Http("http://localhost:" + empty.port())
                .withHeader("Authorization", "Bearer " + TestServer.EDITOR_TOKEN);
    }

    @AfterAll
    static void stop() throws Exception {
        if (empty != null) empty.close();
        Browser.deleteTree(dataDir);
    }

    /** A fresh Tracegraph loads the seed: empty its graph (and history) before each import. */
    private static void clear() {
        empty.database().writeTransaction(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    }

    /** The elements of a snapshot without {@code rev}, which an import does not carry over. */
    static Map<String, Object> withoutRev(Map<String, Object> elements) {
        var copy = new TreeMap<String, Object>();
        elements.forEach((id, element) -> {
            var parts = new java.util.ArrayList<Object>((List<?>) element);
            var properties = new HashMap<String, Object>((Map<String, Object>) parts.get(parts.size() - 1));
            properties.remove("rev");
            parts.set(parts.size() - 1, properties);
            copy.put(id, parts);
        });
        return copy;
    }

    private static void assertSameGraph(ExportApiTest.Snapshot expected) {
        var actual = empty.database().readTransaction(ExportApiTest.Snapshot::of);
        assertEquals(withoutRev(expected.nodes()), withoutRev(actual.nodes()));
        assertEquals(withoutRev(expected.relationships()), withoutRev(actual.relationships()));
    }

    private static ExportApiTest.Snapshot original() {
        return TestServer.server().database().readTransaction(ExportApiTest.Snapshot::of);
    }

    @Test
    void the_json_export_imported_into_an_empty_database_is_the_same_graph() {
        var expected = original();
        var file = TestServer.http().bytes("/api/export?format=json");
        clear();
        var response = emptyEditor.postBytes("/api/import?format=json&name=graph.json", "application/json", file);
        assertEquals(200, response.status(), response::toString);
        assertEquals(expected.nodes().size() + expected.relationships().size(), response.json().get("created").asLong(),
                response::toString);
        assertSameGraph(expected);
    }

    @Test
    void the_csv_export_imported_into_an_empty_database_is_the_same_graph() {
        var expected = original();
        var file = TestServer.http().bytes("/api/export?format=csv");
        clear();
        var response = emptyEditor.postBytes("/api/import?format=csv&name=graph.csv.zip", "application/zip", file);
        assertEquals(200, response.status(), response::toString);
        assertSameGraph(expected);
        var again = emptyEditor.postBytes("/api/import?format=csv", "application/zip", file).json();
        assertEquals(0, again.get("created").asLong() + again.get("updated").asLong(), again::toString);
    }
}
