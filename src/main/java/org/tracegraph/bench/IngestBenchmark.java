package org.tracegraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.core.Editor;
import org.tracegraph.curation.CurationService;
import org.tracegraph.duplicates.DuplicateService;
import org.tracegraph.ingest.DocumentService;
import org.tracegraph.ingest.Extractor;
import org.tracegraph.ingest.FolderIngest;
import org.tracegraph.json.Json;
import org.tracegraph.mentions.MentionIndex;
import org.tracegraph.mentions.MentionService;
import org.tracegraph.system.FileTrees;

/**
 * The {@code bench-ingest} command's work, the figures of documents in: the mention finder's throughput and heap
 * against a synthetic graph of N entities' names; then, in a fresh embedded database holding the hand-labelled
 * entities of {@code bench/duplicates-labelled.json}, the duplicates' precision at 10 on them, and a generated
 * folder of mixed formats ingested as the {@code ingest} command ingests it ({@link FolderIngest}). Prints the
 * figures and writes them as JSON.
 */
public final class IngestBenchmark {
    private static final String LABELLED = "/bench/duplicates-labelled.json";
    private static final String PASSWORD = "tracegraph-bench";

    private IngestBenchmark() {
    }

    /** {@code entities}: the mention finder's graph; {@code documents} of {@code textBytes} of text in all. */
    public record Options(int entities, int documents, long textBytes, double seconds, long seed, Path out) {
    }

    public static Map<String, Object> run(Options what) throws IOException {
        var report = new LinkedHashMap<String, Object>();
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, load average "
                + round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + " at the start");
        report.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        var texts = DocumentFolder.texts(what.documents(), what.textBytes(), what.seed());
        report.put("mentions", mentions(what, texts));
        var work = Files.createTempDirectory("tracegraph-bench-ingest-");
        try {
            var env = Map.of("DATA_DIR", work.resolve("data").toString(), "BOLT_PORT", "0", "NEO4J_PASSWORD", PASSWORD);
            var settings = Settings.fromEnvironment(env);
            System.err.println("starting an embedded Neo4j in " + work + "...");
            try (var graph = Server.connect(settings, false);
                 var extractor = new Extractor((int) Math.min(Integer.MAX_VALUE, settings.maxSourceTextBytes()), 1)) {
                var db = graph.database();
                var curation = new CurationService(db, settings.maxSourceTextBytes());
                var labelled = labelled();
                var bench = new Editor("bench: ingest");
                for (var entity : labelled.get("entities")) curation.createEntity(bench, entity);
                report.put("duplicates", duplicates(new DuplicateService(db), labelled));
                var documents = DocumentService.standalone(db, curation, extractor, settings.maxDocumentBytes());
                report.put("ingest", ingest(documents, work.resolve("documents"), what));
            }
        } finally {
            FileTrees.deleteTree(work);
        }
        Json.objectMapper().writerWithDefaultPrettyPrinter().writeValue(what.out().toFile(), report);
        print(report);
        return report;
    }

    /**
     * The finder itself ({@link MentionIndex}, what {@code MentionService} keeps in memory) holding N synthetic
     * entities' names and aliases and the documents' own names: the heap it takes after a GC, and the MB of text
     * it reads a second, the texts read in turn for {@code seconds} at least.
     */
    private static Map<String, Object> mentions(Options what, List<String> texts) {
        System.err.printf("building the mention finder on %,d entities...%n", what.entities());
        long before = usedAfterGc();
        var index = new MentionIndex();
        var synthetic = new SyntheticGraph(what.entities(), 5, what.seed());
        long buildStart = System.nanoTime();
        long buildCpu = threadCpu();
        for (int i = 0; i < what.entities(); i++) {
            var named = synthetic.named(i);
            index.add(named.id(), named.name(), named.type(), named.aliases());
        }
        var names = DocumentFolder.names();
        for (int i = 0; i < names.size(); i++) index.add("named-" + i, names.get(i), "Person", List.of());
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        double buildCpuSeconds = (threadCpu() - buildCpu) / 1e9;
        long indexBytes = usedAfterGc() - before;
        long textBytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        System.err.printf("finding mentions in %,d texts (%,.1f MB) for %.0f s...%n", texts.size(), textBytes / 1e6, what.seconds());
        long read = 0;
        long found = 0;
        int passes = 0;
        long start = System.nanoTime();
        long cpu = threadCpu();
        do {
            for (var text : texts) {
                found += index.find(text).size();
                read += text.getBytes(StandardCharsets.UTF_8).length;
            }
            passes++;
        } while (System.nanoTime() - start < what.seconds() * 1e9);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threadCpu() - cpu) / 1e9;
        var figures = new LinkedHashMap<String, Object>();
        figures.put("entities", index.entities());
        figures.put("index_build_seconds", round(buildSeconds));
        figures.put("index_build_cpu_seconds", round(buildCpuSeconds));
        figures.put("index_heap_mb", indexBytes >> 20);
        figures.put("text_mb", round(textBytes / 1e6));
        figures.put("passes", passes);
        figures.put("mentions_per_pass", found / passes);
        figures.put("mb_per_s", round(read / 1e6 / seconds));
        figures.put("mb_per_cpu_s", round(read / 1e6 / cpuSeconds));
        figures.put("note", "the finder in memory (mentions/MentionIndex), its names added directly, not read from"
                + " Neo4j, on one thread; mb_per_cpu_s is per second of that thread's CPU, what a core of its own would"
                + " read; index_heap_mb is the heap it holds after a GC, max_heap_mb the JVM's -Xmx");
        return figures;
    }

    /**
     * The duplicates list's first 10 pairs on the labelled entities: how many are labelled the same (a pair in
     * neither list counts as not the same), and how many of the labelled same pairs it found in them.
     */
    private static Map<String, Object> duplicates(DuplicateService duplicates, JsonNode labelled) {
        var same = pairs(labelled.get("same"));
        var different = pairs(labelled.get("different"));
        var top = duplicates.pairs(Optional.empty(), 10).pairs();
        int right = 0;
        int wrongLabelled = 0;
        var listed = new java.util.ArrayList<String>();
        for (var pair : top) {
            var key = key(pair.a().id(), pair.b().id());
            boolean isSame = same.contains(key);
            if (isSame) right++;
            if (different.contains(key)) wrongLabelled++;
            listed.add(pair.a().name() + " ~ " + pair.b().name() + " " + round(pair.score()) + (isSame ? " same" : " NOT the same"));
        }
        var figures = new LinkedHashMap<String, Object>();
        figures.put("labelled_same", same.size());
        figures.put("labelled_different", different.size());
        figures.put("listed", top.size());
        figures.put("precision_at_10", top.isEmpty() ? 0 : round((double) right / top.size()));
        figures.put("same_found_in_10", right);
        figures.put("labelled_different_in_10", wrongLabelled);
        figures.put("pairs", listed);
        return figures;
    }

    /** The generated folder ingested as the ingest command does: documents and MB of text a second. */
    private static Map<String, Object> ingest(DocumentService documents, Path folder, Options what) throws IOException {
        var made = DocumentFolder.write(folder, what.documents(), what.textBytes(), what.seed());
        System.err.printf("ingesting %,d documents (%,.1f MB of text; %s)...%n", made.files(), made.textBytes() / 1e6,
                made.filesByFormat());
        long start = System.nanoTime();
        long cpuStart = Measure.cpuNanos();
        var report = new FolderIngest(documents).ingest(folder, new Editor("bench: ingest"), new FolderIngest.Listener() {
            @Override
            public void started(int total) {
            }

            @Override
            public void done(int done, int total, FolderIngest.Outcome outcome) {
                if (outcome instanceof FolderIngest.Failed f) System.err.println("  failed: " + f.detail());
                if (done % 20 == 0) System.err.printf("  %d of %d%n", done, total);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        var figures = new LinkedHashMap<String, Object>();
        figures.put("documents", made.files());
        figures.put("formats", made.filesByFormat());
        figures.put("text_mb", round(made.textBytes() / 1e6));
        figures.put("ingested", report.ingestedCount());
        figures.put("failed", report.failedCount());
        figures.put("mentions", report.ingested().stream().mapToInt(FolderIngest.Ingested::mentions).sum());
        figures.put("candidates", report.ingested().stream().mapToInt(FolderIngest.Ingested::candidates).sum());
        figures.put("seconds", round(seconds));
        figures.put("cpu_seconds", round((Measure.cpuNanos() - cpuStart) / 1e9));
        figures.put("docs_per_s", round(made.files() / seconds));
        figures.put("text_mb_per_s", round(made.textBytes() / 1e6 / seconds));
        figures.put("target_seconds", 60);
        figures.put("note", "FolderIngest (the ingest command's path): Tika in one child JVM (its start-up included),"
                + " a Source with its held text written a document, the mentions found; candidates are the sentences"
                + " naming two or more known entities (DocumentService today). cpu_seconds is this process's; the"
                + " child's parsing is not in it");
        return figures;
    }

    private static JsonNode labelled() {
        try (InputStream in = IngestBenchmark.class.getResourceAsStream(LABELLED)) {
            if (in == null) throw new IllegalStateException(LABELLED + " is missing from the class path");
            return Json.objectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> pairs(JsonNode list) {
        var keys = new HashSet<String>();
        list.forEach(pair -> keys.add(key(pair.get(0).asText(), pair.get(1).asText())));
        return keys;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long usedAfterGc() {
        var runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> report) {
        var m = (Map<String, Object>) report.get("mentions");
        var d = (Map<String, Object>) report.get("duplicates");
        var i = (Map<String, Object>) report.get("ingest");
        System.out.printf(Locale.ROOT, "%n%s; heap at most %s MB%n", report.get("machine"), report.get("max_heap_mb"));
        System.out.printf(Locale.ROOT, "mentions:   %,d entities, finder %s MB of heap (built in %s s, %s s of CPU), %s MB"
                + " of text/s, %s MB a second of CPU (%s mentions a pass of %s MB)%n", m.get("entities"),
                m.get("index_heap_mb"), m.get("index_build_seconds"), m.get("index_build_cpu_seconds"), m.get("mb_per_s"),
                m.get("mb_per_cpu_s"), m.get("mentions_per_pass"), m.get("text_mb"));
        System.out.printf(Locale.ROOT, "duplicates: precision at 10 %s (%s of %s listed are the same; %s labelled"
                + " look-alikes among them; %s same pairs labelled)%n", d.get("precision_at_10"), d.get("same_found_in_10"),
                d.get("listed"), d.get("labelled_different_in_10"), d.get("labelled_same"));
        ((List<String>) d.get("pairs")).forEach(p -> System.out.println("            " + p));
        System.out.printf(Locale.ROOT, "ingest:     %s documents %s, %s MB of text in %s s (target < %s s; %s s of this"
                + " process's CPU): %s documents/s, %s MB of text/s; %s ingested, %s failed; %s mentions, %s candidate"
                + " sentences%n", i.get("documents"), i.get("formats"), i.get("text_mb"), i.get("seconds"),
                i.get("target_seconds"), i.get("cpu_seconds"), i.get("docs_per_s"),
                i.get("text_mb_per_s"), i.get("ingested"), i.get("failed"), i.get("mentions"), i.get("candidates"));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
