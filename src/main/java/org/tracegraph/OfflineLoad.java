package org.tracegraph;

import org.tracegraph.core.Editor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tracegraph.system.FileTrees;
import org.tracegraph.system.Cpu;
import org.tracegraph.config.Settings;
import org.tracegraph.core.SettingsException;
import org.tracegraph.curation.ChangeLog;
import org.tracegraph.exchange.OfflineImport;
import org.tracegraph.neo4j.GraphSetup;

/**
 * {@code import --offline FILE}: the first load of a large graph JSON file into a new, empty data directory.
 * Neo4j's offline importer builds the store beside {@code DATA_DIR} ({@link OfflineImport}), checking every row
 * as it goes; only when all passed is the store moved into {@code DATA_DIR}, so a bad file leaves it as it was.
 * Then Neo4j starts on it, the schema is created, its indexes are populated and waited for, and one
 * {@code :Change} records the whole load.
 */
public final class OfflineLoad {
    private OfflineLoad() {
    }

    /**
     * What the load did and how long each phase took: {@code loadSeconds} the offline importer (reading and
     * checking the file and writing the store) and {@code loadCpuSeconds} the CPU the process used in it (on a
     * shared machine, what the load costs whatever other processes take), {@code startSeconds} Neo4j's first
     * start on it, {@code indexSeconds} the schema's creation and the population of its indexes, waited for.
     */
    public record Report(String file, long entities, long relationships, double loadSeconds, double loadCpuSeconds,
                         long relationshipsPerSecond, double startSeconds, double indexSeconds, String change) {
    }

    /** What the history records of the load, in its one change. */
    record Loaded(String file, long entities, long relationships, String how) {
    }

    /** Loads {@code file} into the empty embedded store {@code settings} name; the importer's progress to {@code progress}. */
    public static Report run(Path file, Settings settings, PrintStream progress) throws IOException {
        if (!settings.embedded()) {
            throw new SettingsException("--offline builds the embedded store in DATA_DIR, and NEO4J_URI is set: load"
                    + " your server with neo4j-admin database import, or import the file without --offline");
        }
        var dataDir = settings.dataDir().toAbsolutePath();
        if (Files.exists(dataDir) && (!Files.isDirectory(dataDir) || !isEmpty(dataDir))) {
            throw new SettingsException("DATA_DIR " + dataDir + " is not empty: an offline load makes a new graph, in"
                    + " an empty or new data directory (set DATA_DIR to one), or import the file without --offline");
        }
        var staging = Files.createTempDirectory(dataDir.getParent(), "." + dataDir.getFileName() + ".offline-import-");
        OfflineImport.Loaded loaded;
        long started = System.nanoTime();
        long cpuStarted = Cpu.processNanos();
        try {
            loaded = OfflineImport.load(file, staging.resolve("neo4j"), settings.neo4jDatabase(), progress);
            Files.createDirectories(dataDir);
            Files.move(staging.resolve("neo4j"), dataDir.resolve("neo4j"));
        } finally {
            FileTrees.deleteTree(staging);
        }
        double loadSeconds = seconds(started);
        double loadCpuSeconds = Math.round((Cpu.processNanos() - cpuStarted) / 1e7) / 100.0;

        long starting = System.nanoTime();
        try (var graph = Server.connect(settings, false, false)) {
            double startSeconds = seconds(starting);
            long indexing = System.nanoTime();
            GraphSetup.createSchema(graph.database());
            graph.database().run("CALL db.awaitIndexes(86400)");
            double indexSeconds = seconds(indexing);
            var name = file.getFileName().toString();
            var change = graph.database().writeTransaction(tx -> ChangeLog.record(tx, new Editor("import: " + name),
                    "import", "graph", name, List.of(), null,
                    new Loaded(name, loaded.entities(), loaded.relationships(), "offline")));
            return new Report(name, loaded.entities(), loaded.relationships(), loadSeconds, loadCpuSeconds,
                    Math.round(loaded.relationships() / Math.max(0.001, loadSeconds)), startSeconds, indexSeconds, change);
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }
}
