package org.tracegraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracegraph.json.Json;
import org.tracegraph.system.FileTrees;

/** What bench-ingest measures on: the generated folder and the hand-labelled duplicates. */
class IngestBenchmarkInputsTest {
    @Test
    void the_generated_folder_has_every_format_about_the_text_asked_for_and_the_same_seed_makes_the_same_files()
            throws IOException {
        var work = Files.createTempDirectory("tracegraph-document-folder-");
        try {
            var made = DocumentFolder.write(work.resolve("a"), 12, 60_000, 7);
            var again = DocumentFolder.write(work.resolve("b"), 12, 60_000, 7);
            assertEquals(Map.of("txt", 2, "html", 2, "eml", 2, "docx", 2, "odt", 2, "pdf", 2), made.filesByFormat());
            assertTrue(made.textBytes() >= 60_000 && made.textBytes() < 66_000, "text bytes: " + made.textBytes());
            assertEquals(made.textBytes(), again.textBytes());
            var text = Files.readString(work.resolve("a/batch-1/doc-001.txt"));
            assertEquals(text, Files.readString(work.resolve("b/batch-1/doc-001.txt")));
            assertEquals(DocumentFolder.texts(12, 60_000, 7).get(0), text);
            assertArrayEquals(Files.readAllBytes(work.resolve("a/batch-1/doc-003.eml")),
                    Files.readAllBytes(work.resolve("b/batch-1/doc-003.eml")));
            assertTrue(Files.readAllBytes(work.resolve("a/batch-1/doc-006.pdf")).length > 1000);
            // names in three scripts, so that the finder's folding is part of what is measured
            var all = String.join("\n", DocumentFolder.texts(12, 60_000, 7));
            assertTrue(all.contains("Xədicə İsmayılova") && all.contains("Хадиджа Исмаилова") && all.contains("Khadija Ismayilova"));
        } finally {
            FileTrees.deleteTree(work);
        }
    }

    @Test
    void the_labelled_duplicates_name_only_their_entities_and_no_pair_is_both_same_and_different() throws IOException {
        JsonNode labelled;
        try (var in = getClass().getResourceAsStream("/bench/duplicates-labelled.json")) {
            labelled = Json.objectMapper().readTree(in);
        }
        var ids = new HashSet<String>();
        labelled.get("entities").forEach(e -> assertTrue(ids.add(e.get("id").asText()), "one entry per id: " + e));
        var same = new HashSet<String>();
        labelled.get("same").forEach(p -> {
            assertTrue(ids.contains(p.get(0).asText()) && ids.contains(p.get(1).asText()), p.toString());
            same.add(p.get(0).asText() + " " + p.get(1).asText());
            same.add(p.get(1).asText() + " " + p.get(0).asText());
        });
        labelled.get("different").forEach(p -> {
            assertTrue(ids.contains(p.get(0).asText()) && ids.contains(p.get(1).asText()), p.toString());
            assertFalse(same.contains(p.get(0).asText() + " " + p.get(1).asText()), p.toString());
        });
        assertTrue(labelled.get("same").size() >= 10, "enough true pairs to fill a top 10");
    }
}
