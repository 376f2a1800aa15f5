package org.tracegraph;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.tracegraph.config.Settings;
import org.tracegraph.config.SettingsException;
import org.tracegraph.exchange.ImportFileException;
import org.tracegraph.exchange.ImportFormat;
import org.tracegraph.exchange.ImportOptions;
import org.tracegraph.exchange.ImportProgress;
import org.tracegraph.exchange.ImportService;
import org.tracegraph.http.ApiException;
import org.tracegraph.http.EditorAuth;
import org.tracegraph.http.Params;
import org.tracegraph.json.Json;
import org.tracegraph.neo4j.CypherFile;

/**
 * {@code java -jar tracegraph.jar import FILE [--format json|csv|ftm] [--part nodes|edges] [--source ID]
 * [--dry-run] [--skip-invalid]}, or {@code import --offline FILE} ({@link #offline}): the import of {@code POST /api/import}, with no size limit, against the graph
 * the server's settings name (DATA_DIR, NEO4J_URI...). A progress line on stderr, the report as JSON on stdout.
 * Exit codes: 0 imported (or a dry run found nothing invalid), 1 invalid rows or a file or graph it could not
 * use (DATA_DIR held by a running server, say), 2 bad usage. {@code restore FILE} is the same import of a
 * backup into an empty graph, without the seed ({@link #restore}).
 */
public final class ImportCommand {
    static final String USAGE = "usage: java -jar tracegraph.jar import FILE [--format json|csv|ftm]"
            + " [--part nodes|edges] [--source SOURCE_ID] [--dry-run] [--skip-invalid]\n       java -jar tracegraph.jar"
            + " import --offline FILE   (graph JSON, into a new, empty DATA_DIR)";
    static final String OFFLINE_USAGE = "usage: java -jar tracegraph.jar import --offline FILE   (graph JSON, into"
            + " a new, empty DATA_DIR, with the server stopped)";
    static final String RESTORE_USAGE = "usage: java -jar tracegraph.jar restore FILE   (a backup made with"
            + " GET /api/export?format=json, into an empty DATA_DIR)";

    private ImportCommand() {
    }

    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.contains("--offline")) return offline(args, env, out, err);
        Optional<ImportOptions> parsed;
        Path file;
        try {
            file = file(args);
            parsed = options(args, file);
        } catch (IllegalArgumentException e) {
            err.println("tracegraph import: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (parsed.isEmpty()) {
            out.println(USAGE);
            return 0;
        }
        return execute(file, parsed.get(), env, out, err, false);
    }

    /**
     * {@code java -jar tracegraph.jar restore FILE}: a backup made with {@code GET /api/export?format=json},
     * imported into a graph that must be empty (a new DATA_DIR, say) and is not seeded first, so that what was
     * deleted from the seed stays deleted. Batches are checked as they are written (no check pass holding the
     * whole file in one transaction), so a backup of any size restores. Exit codes as for {@code import}.
     */
    public static int restore(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(RESTORE_USAGE);
            return 0;
        }
        Path file;
        try {
            if (args.size() != 1 || args.get(0).startsWith("-")) throw new IllegalArgumentException("name one file to restore");
            file = file(args);
        } catch (IllegalArgumentException e) {
            err.println("tracegraph restore: " + e.getMessage());
            err.println(RESTORE_USAGE);
            return 2;
        }
        var options = new ImportOptions(ImportFormat.JSON, false, true, null, null, file.getFileName().toString());
        return execute(file, options, env, out, err, true);
    }

    /**
     * {@code import --offline FILE}: a graph JSON file loaded into a new, empty DATA_DIR with Neo4j's offline
     * importer ({@link OfflineLoad}); the importer's progress on stderr, the report as JSON on stdout. Exit codes
     * as for an import: 1 for an invalid row (nothing loaded), a data directory that is not empty or a file it
     * cannot use.
     */
    static int offline(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        var command = "tracegraph import --offline: ";
        Path file;
        Settings settings;
        try {
            var rest = new ArrayList<>(args);
            rest.remove("--offline");
            if (rest.contains("--help") || rest.contains("-h")) {
                out.println(OFFLINE_USAGE);
                return 0;
            }
            if (rest.size() != 1 || rest.get(0).startsWith("-")) {
                throw new IllegalArgumentException("name one graph JSON file, and no other option");
            }
            file = file(rest);
            if (ImportFormat.guess(file.getFileName().toString()).orElse(null) != ImportFormat.JSON) {
                throw new IllegalArgumentException("an offline load takes graph JSON (.json), the json export's format");
            }
            var environment = new HashMap<>(env);
            environment.put("BOLT_PORT", "0");
            settings = Settings.fromEnvironment(environment);
        } catch (IllegalArgumentException | SettingsException e) {
            err.println(command + e.getMessage());
            err.println(OFFLINE_USAGE);
            return 2;
        }
        try {
            var report = OfflineLoad.run(file, settings, err);
            out.println(Json.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return 0;
        } catch (org.tracegraph.exchange.OfflineImport.InvalidRow e) {
            err.println(command + "nothing was loaded: " + e.where());
            return 1;
        } catch (Exception e) {
            return failed(command, e, err);
        }
    }

    /** Says why an import could not be made (a file or graph it cannot use...): exit code 1. */
    private static int failed(String command, Exception e, PrintStream err) {
        if (e instanceof ImportFileException f) {
            err.println(command + f.getMessage() + (f.line() > 0 ? " (line " + f.line() + ")" : ""));
        } else if (e instanceof SettingsException || e instanceof ApiException) {
            err.println(command + e.getMessage());
        } else if (e instanceof RuntimeException) {
            err.println(command + Server.rootMessage(e));
        } else {
            err.println(command + e);
        }
        return 1;
    }

    private static int execute(Path file, ImportOptions options, Map<String, String> env, PrintStream out,
                               PrintStream err, boolean restore) {
        var command = restore ? "tracegraph restore: " : "tracegraph import: ";
        Settings settings;
        try {
            var environment = new HashMap<>(env);
            // the command serves no one: its embedded Neo4j listens on any free port, never the server's
            environment.put("BOLT_PORT", "0");
            settings = Settings.fromEnvironment(environment);
        } catch (SettingsException e) {
            err.println(command + e.getMessage());
            return 2;
        }
        try (var graph = Server.connect(settings, !restore)) {
            if (restore) {
                long entities = graph.database().read(CypherFile.query("app/count-entities.cypher"), Map.of())
                        .get(0).get("entities").asLong();
                if (entities > 0) {
                    err.println(command + "the graph already holds " + entities + " entities; restore into an empty"
                            + " data directory (a new DATA_DIR), or import the file to merge it into this graph");
                    return 1;
                }
            }
            var progress = new ImportProgress();
            var bar = Executors.newSingleThreadScheduledExecutor(r -> {
                var thread = new Thread(r, "tracegraph-import-progress");
                thread.setDaemon(true);
                return thread;
            });
            long started = System.nanoTime();
            bar.scheduleAtFixedRate(() -> err.print("\r" + line(progress, started)), 200, 200, TimeUnit.MILLISECONDS);
            try {
                var report = new ImportService(graph.database()).run(file, options,
                        new EditorAuth.Editor((restore ? "restore: " : "import: ") + options.fileName()), progress, null);
                bar.shutdownNow();
                bar.awaitTermination(1, TimeUnit.SECONDS);
                err.println("\r" + line(progress, started));
                out.println(Json.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
                if (report.invalidCount() > 0) {
                    err.println(command + report.invalidCount() + " invalid rows" + (restore ? ": they were not restored"
                            : options.dryRun() || options.skipInvalid() ? "" : ": nothing was imported"));
                    return 1;
                }
                return 0;
            } finally {
                bar.shutdownNow();
            }
        } catch (Exception e) {
            return failed(command, e, err);
        }
    }

    /** "importing  12,345 rows  2,100 rows/s  45% of the file" */
    static String line(ImportProgress progress, long startedNanos) {
        double seconds = Math.max(0.001, (System.nanoTime() - startedNanos) / 1e9);
        long total = progress.bytesTotal();
        long percent = total == 0 ? 0 : Math.min(100, 100 * progress.bytesRead() / total);
        return String.format("%-10s %,10d rows %,8.0f rows/s %3d%% of the file", progress.phase(), progress.rows(),
                progress.rows() / seconds, percent);
    }

    private static Path file(List<String> args) {
        var positional = new ArrayList<String>();
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            if (List.of("--format", "--part", "--source").contains(arg)) i++;
            else if (!arg.startsWith("--")) positional.add(arg);
        }
        if (args.contains("--help") || args.contains("-h")) return null;
        if (positional.size() != 1) throw new IllegalArgumentException("name one file to import");
        var file = Path.of(positional.get(0));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        return file;
    }

    private static Optional<ImportOptions> options(List<String> args, Path file) {
        if (file == null) return Optional.empty();
        ImportFormat format = null;
        String part = null;
        String source = null;
        boolean dryRun = false;
        boolean skipInvalid = false;
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            switch (arg) {
                case "--format" -> format = ImportFormat.named(value(args, ++i, arg)).orElseThrow(() ->
                        new IllegalArgumentException("--format must be one of " + ImportFormat.names()));
                case "--part" -> part = value(args, ++i, arg);
                case "--source" -> source = value(args, ++i, arg);
                case "--dry-run" -> dryRun = true;
                case "--skip-invalid" -> skipInvalid = true;
                default -> {
                    if (arg.startsWith("-")) throw new IllegalArgumentException("unknown option " + arg);
                }
            }
        }
        var name = file.getFileName().toString();
        if (format == null) {
            format = ImportFormat.guess(name).orElseThrow(() -> new IllegalArgumentException(
                    "say which format " + name + " is in with --format"));
        }
        if (format == ImportFormat.CSV && part == null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            part = name.toLowerCase(java.util.Locale.ROOT).startsWith("edges") ? "edges"
                    : name.toLowerCase(java.util.Locale.ROOT).startsWith("nodes") ? "nodes" : null;
            if (part == null) throw new IllegalArgumentException("say whether " + name + " holds nodes or edges with --part");
        }
        if (part != null && (format != ImportFormat.CSV || !List.of("nodes", "edges").contains(part))) {
            throw new IllegalArgumentException("--part is nodes or edges, for one CSV file");
        }
        if (source != null && (format != ImportFormat.FTM || !Params.isId(source))) {
            throw new IllegalArgumentException("--source names the id of a Source, for an FtM file");
        }
        return Optional.of(new ImportOptions(format, dryRun, skipInvalid, part, source, name));
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) throw new IllegalArgumentException(option + " needs a value");
        return args.get(i);
    }
}
