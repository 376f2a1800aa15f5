package org.tracegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.ingest.Documents;
import org.tracegraph.support.Browser;
import org.tracegraph.support.TestServer;

/**
 * {@code java -jar tracegraph.jar ingest DIR}, run in this process against the suite's Neo4j (as against a remote
 * server: starting a store of its own costs minutes on a loaded machine): a folder of documents made by the test in
 * every format, with bad files and symbolic links among them, ingested three times.
 */
@ExtendWith(TestServer.class)
class IngestCommandTest {
    private record Run(int exit, String out, String err) {
        JsonNode report() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run ingest(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var line = new ArrayList<>(List.of("ingest"));
        line.addAll(List.of(args));
        int exit = Main.commandLine(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(line.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The command's environment: the suite's Neo4j, reached over Bolt as a remote server is (NEO4J_URI). */
    private static Map<String, String> environment(Path dataDir) throws IOException {
        var env = new HashMap<>(TestServer.environment(dataDir));
        env.put("NEO4J_URI", TestServer.server().embedded().orElseThrow().boltUri());
        env.put("NEO4J_PASSWORD", Files.readString(TestServer.dataDir().resolve("neo4j-password")).strip());
        return env;
    }

    private static long documents() {
        return TestServer.server().database().read("MATCH (s:Source) WHERE s.contentHash IS NOT NULL RETURN count(s) AS n",
                Map.of()).get(0).get("n").asLong();
    }

    private static String text(String sourceId) {
        var rows = TestServer.server().database().read("MATCH (s:Source {id: $id}) RETURN s.text AS text", Map.of("id", sourceId));
        return rows.isEmpty() ? null : rows.get(0).get("text").asString(null);
    }

    @Test
    void a_folder_of_every_format_is_ingested_its_bad_files_reported_and_a_second_run_skips_them_all() throws IOException {
        var dataDir = Files.createTempDirectory("tracegraph-ingest-command-");
        try {
            var env = environment(dataDir);
            var run = " (" + UUID.randomUUID() + ")"; // files this run alone has ingested
            var folder = Files.createDirectories(dataDir.resolve("dossier"));
            Files.writeString(folder.resolve("a-note.txt"), "Khadija Ismayilova met Ruslan Bashirli in Baku." + run);
            // two pages titled as the party is named: each its own source, neither the party
            Files.write(folder.resolve("b-page.html"), Documents.html("Musavat", "Musavat held a rally in Baku." + run));
            var letters = Files.createDirectories(folder.resolve("letters"));
            Files.write(letters.resolve("c-letter.docx"), Documents.docx("Elnur Israfilov wrote a letter to Ilham Aliyev." + run));
            Files.write(letters.resolve("d-report.pdf"), Documents.pdf("Mammad Ibrahimli was arrested in 2012." + run, false));
            Files.write(letters.resolve("e-minutes.odt"), Documents.odt("Yeni Fekir met in Baku." + run));
            Files.write(letters.resolve("f-page.html"), Documents.html("Musavat", "Musavat met again." + run));
            Files.write(folder.resolve("f-corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog broken".getBytes(StandardCharsets.US_ASCII));
            Files.write(folder.resolve("g-empty.txt"), new byte[0]);
            Files.write(folder.resolve("h-locked.pdf"), Documents.pdf("A secret." + run, true));
            Files.createSymbolicLink(folder.resolve("i-link.txt"), folder.resolve("a-note.txt"));
            // a link to a folder outside: not followed, so its file is never read
            var outside = Files.createDirectories(dataDir.resolve("outside"));
            Files.writeString(outside.resolve("private.txt"), "Never to be ingested." + run);
            Files.createSymbolicLink(folder.resolve("j-elsewhere"), outside);
            long before = documents();

            var first = ingest(env, folder.toString(), "--editor", "Karl Rahder");
            assertEquals(1, first.exit(), first::toString);
            var report = first.report();
            assertEquals(9, report.get("files").asInt(), first::toString);
            assertEquals(List.of("a-note.txt", "b-page.html", "letters/c-letter.docx", "letters/d-report.pdf",
                    "letters/e-minutes.odt", "letters/f-page.html"), names(report.get("ingested")),
                    "in the order of their paths: " + first);
            assertEquals(List.of("f-corrupt.pdf", "g-empty.txt", "h-locked.pdf"), names(report.get("failed")), first::toString);
            for (var failed : report.get("failed")) {
                assertEquals(422, failed.get("status").asInt(), failed::toString);
                assertEquals("/problems/#document-unreadable", failed.get("type").asText(), failed::toString);
                assertTrue(failed.get("detail").asText().startsWith(failed.get("file").asText() + ": "), failed::toString);
            }
            assertTrue(report.get("failed").get(1).get("detail").asText().contains("empty"), report::toString);
            assertTrue(report.get("failed").get(2).get("detail").asText().contains("encrypted"), report::toString);
            assertEquals(List.of("i-link.txt", "j-elsewhere"), names(report.get("ignored")));
            var ingested = report.get("ingested");
            assertEquals("application/pdf", ingested.get(3).get("mediaType").asText(), report::toString);
            assertTrue(ingested.get(0).get("mentions").asInt() >= 2, "Ismayilova and Bashirli: " + report);
            assertTrue(first.err().contains("[8/9] ingested letters/e-minutes.odt as the source"), first.err());
            assertTrue(first.err().contains("[3/9] failed f-corrupt.pdf: Tracegraph could not read it"), first.err());
            assertTrue(first.err().contains("9 files: 6 ingested, 0 skipped (ingested before), 3 could not be read;"
                    + " 2 passed over"), first.err());

            assertEquals(before + 6, documents(), "one source a document read, none for the bad files");
            var ids = new ArrayList<String>();
            ingested.forEach(i -> ids.add(i.get("source").asText()));
            assertTrue(text(ids.get(3)).contains("Mammad Ibrahimli was arrested in 2012."), ids::toString);
            assertTrue(text(ids.get(2)).contains("Elnur Israfilov wrote a letter"), ids::toString);
            assertTrue(ids.get(1).startsWith("musavat-") && ids.get(5).startsWith("musavat-") && !ids.get(1).equals(ids.get(5)),
                    ids::toString);
            assertEquals("Musavat", TestServer.server().database().read("MATCH (o:Organisation {id: 'musavat'}) RETURN o.name AS n",
                    Map.of()).get(0).get("n").asString(), "the party is untouched");
            var changes = TestServer.server().database().read("MATCH (c:Change) WHERE c.targetId IN $ids"
                    + " RETURN c.editor AS editor, c.editorClaim AS claim", Map.of("ids", ids));
            assertEquals(6, changes.size(), changes::toString);
            for (var change : changes) {
                assertEquals("ingest: dossier", change.get("editor").asString());
                assertEquals("Karl Rahder", change.get("claim").asString());
            }

            var again = ingest(env, folder.toString());
            assertEquals(1, again.exit(), "the same three still cannot be read: " + again);
            var second = again.report();
            assertEquals(0, second.get("ingestedCount").asInt(), again::toString);
            assertEquals(6, second.get("skippedCount").asInt(), again::toString);
            for (int i = 0; i < 6; i++) {
                assertEquals(ids.get(i), second.get("skipped").get(i).get("source").asText(), "skipped with the source it became");
            }
            assertTrue(again.err().contains("skipped a-note.txt: ingested before, as the source " + ids.get(0)), again.err());
            assertEquals(before + 6, documents(), "nothing written twice");

            // the bad files gone: every file read, exit code 0
            for (var bad : List.of("f-corrupt.pdf", "g-empty.txt", "h-locked.pdf")) Files.delete(folder.resolve(bad));
            var clean = ingest(env, folder.toString());
            assertEquals(0, clean.exit(), clean::toString);
            assertTrue(clean.err().contains("6 files: 0 ingested, 6 skipped (ingested before), 0 could not be read"),
                    clean.err());
            assertEquals(before + 6, documents());
        } finally {
            Browser.deleteTree(dataDir);
        }
    }

    private static List<String> names(JsonNode outcomes) {
        var names = new ArrayList<String>();
        outcomes.forEach(o -> names.add(o.get("file").asText()));
        return names;
    }
}
