package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.App;
import org.tracegraph.AppContext;
import org.tracegraph.config.Settings;
import org.tracegraph.support.GraphCounts;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * MAX_IMPORT_INFLATED_SIZE and MAX_IMPORT_ROWS: a CSV ZIP that inflates past the one (a ZIP bomb, in the file
 * the import wants or in one it skips) or a file with more rows than the other is refused with a 413 before
 * anything is written, in the foreground and the background, whatever the import's options.
 */
@ExtendWith(TestServer.class)
class ImportLimitsApiTest {
    private static final long INFLATED = 8L << 20;

    @AfterAll
    static void removeImported() {
        ImportFiles.removeAll();
    }

    @Test
    void a_zip_bomb_is_refused_with_413_once_it_inflates_past_the_limit_and_nothing_is_written() throws IOException {
        var p = ImportFiles.prefix();
        // 64 MiB of one byte: a few kilobytes compressed, eight times the limit inflated
        var padding = new byte[64 << 20];
        java.util.Arrays.fill(padding, (byte) 'a');
        var bombBefore = zip(Map.of("readme.txt", padding), ImportCsvApiTest.nodes(p), ImportCsvApiTest.edges(p));
        var bombInside = zip(Map.of(), ImportCsvApiTest.nodes(p) + p + "big,Person,Big,,\"" + new String(padding,
                StandardCharsets.US_ASCII) + "\",,,,,\n", ImportCsvApiTest.edges(p));
        assertTrue(bombBefore.length < 1 << 20 && bombInside.length < 1 << 20, "small compressed");
        withApp(Map.of("MAX_IMPORT_INFLATED_SIZE", String.valueOf(INFLATED)), editor -> {
            var before = GraphCounts.now();
            for (var bomb : new byte[][] {bombBefore, bombInside}) {
                for (var options : new String[] {"", "&skipInvalid=true", "&dryRun=true", "&async=true"}) {
                    var started = Instant.now();
                    var refused = editor.postBytes("/api/import?format=csv" + options, "application/zip", bomb);
                    var problem = assertProblem(refused, 413);
                    assertTrue(problem.get("detail").asText().contains("MAX_IMPORT_INFLATED_SIZE"), refused::toString);
                    assertTrue(Duration.between(started, Instant.now()).toSeconds() < 20, "stops at the limit");
                }
            }
            assertEquals(before, GraphCounts.now(), "nothing written");
            assertEquals(404, editor.get("/api/entities/" + p + "alice").status());
            // the same files under the limit import
            var fine = editor.postBytes("/api/import?format=csv", "application/zip",
                    ImportCsvApiTest.zip(ImportCsvApiTest.nodes(p), ImportCsvApiTest.edges(p)));
            assertEquals(200, fine.status(), fine::toString);
        });
    }

    @Test
    void a_file_with_more_rows_than_the_limit_is_refused_with_413_in_every_format_and_nothing_is_written()
            throws IOException {
        var p = ImportFiles.prefix();
        // three entities and one relationship: four rows
        var csv = ImportCsvApiTest.zip(ImportCsvApiTest.nodes(p), ImportCsvApiTest.edges(p));
        withApp(Map.of("MAX_IMPORT_ROWS", "3"), editor -> {
            var before = GraphCounts.now();
            for (var options : new String[] {"", "&skipInvalid=true", "&dryRun=true", "&async=true"}) {
                var zip = editor.postBytes("/api/import?format=csv" + options, "application/zip", csv);
                var problem = assertProblem(zip, 413);
                assertTrue(problem.get("detail").asText().contains("MAX_IMPORT_ROWS"), zip::toString);
                assertProblem(editor.postAs("/api/import?format=csv&part=nodes" + options, "text/csv",
                        ImportCsvApiTest.nodes(p) + p + "fourth,Person,Fourth,,,,,,,\n"), 413);
                assertProblem(editor.postAs("/api/import?format=json" + options, "application/json",
                        ImportFiles.graph(p)), 413);
            }
            assertEquals(before, GraphCounts.now(), "nothing written");
        });
        withApp(Map.of("MAX_IMPORT_ROWS", "4"), editor -> {
            var fine = editor.postBytes("/api/import?format=csv", "application/zip", csv);
            assertEquals(200, fine.status(), fine::toString);
            assertEquals(4, fine.json().get("created").asLong(), fine::toString);
        });
    }

    @Test
    void the_limits_have_sensible_defaults_and_a_bad_value_stops_the_start() {
        var defaults = Settings.fromEnvironment(Map.of());
        assertEquals(1L << 30, defaults.maxImportInflatedBytes());
        assertEquals(1_000_000, defaults.maxImportRows());
        assertEquals(512L << 20, Settings.fromEnvironment(Map.of("MAX_IMPORT_INFLATED_SIZE", "512m")).maxImportInflatedBytes());
        org.junit.jupiter.api.Assertions.assertThrows(org.tracegraph.core.SettingsException.class,
                () -> Settings.fromEnvironment(Map.of("MAX_IMPORT_ROWS", "lots")));
        org.junit.jupiter.api.Assertions.assertThrows(org.tracegraph.core.SettingsException.class,
                () -> Settings.fromEnvironment(Map.of("MAX_IMPORT_INFLATED_SIZE", "-1")));
    }

    /** A ZIP of {@code before} (entries ahead of the CSV files), then nodes.csv and edges.csv. */
    private static byte[] zip(Map<String, byte[]> before, String nodes, String edges) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : before.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
            zip.putNextEntry(new ZipEntry("nodes.csv"));
            zip.write(nodes.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("edges.csv"));
            zip.write(edges.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private interface EditorUse {
        void accept(Http editor) throws IOException;
    }

    /** An app on the shared database with the test server's settings and {@code more}. */
    private static void withApp(Map<String, String> more, EditorUse use) throws IOException {
        var env = new HashMap<>(TestServer.environment(TestServer.dataDir()));
        env.putAll(more);
        var settings = Settings.fromEnvironment(env);
        var context = AppContext.from(settings, TestServer.server().database(), TestServer.EDITOR_TOKEN,
                settings.adminToken().orElseThrow());
        var app = App.create(context).start(0);
        try {
            use.accept(new Http("http://localhost:" + app.port()).withHeader("Authorization", "Bearer "
                    + TestServer.EDITOR_TOKEN));
        } finally {
            app.stop();
        }
    }
}
