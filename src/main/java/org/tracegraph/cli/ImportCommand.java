package org.tracegraph.cli;

import org.tracegraph.core.Ids;

import org.tracegraph.core.Editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.tracegraph.OfflineLoad;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.core.SettingsException;
import org.tracegraph.exchange.ImportFileException;
import org.tracegraph.exchange.ImportFormat;
import org.tracegraph.exchange.ImportOptions;
import org.tracegraph.exchange.ImportProgress;
import org.tracegraph.exchange.ImportService;
import org.tracegraph.exchange.OfflineImport;
import org.tracegraph.core.ProblemException;
import org.tracegraph.json.Json;
import org.tracegraph.neo4j.CypherFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code import FILE}: the import of {@code POST /api/import}, with no size limit, against the graph the server's
 * settings name; or {@code import --offline FILE} ({@link OfflineLoad}). The import itself is shared with
 * {@link RestoreCommand} ({@link #importFile}).
 */
@Command(name = "import",
        description = {"Imports a file (graph JSON, CSV, FtM), or loads a first graph offline.",
                "Imports FILE into the graph the server's settings name (DATA_DIR, or NEO4J_URI...), as POST"
                + " /api/import does, with no size limit: a progress line on stderr, the report as JSON on stdout. The"
                + " embedded store has one user: stop the server first. Like the server, it loads the seed into an"
                + " empty graph first; to restore a backup, use restore.",
                "With --offline, loads a graph JSON file into a new, empty DATA_DIR with Neo4j's offline importer,"
                + " the server stopped."},
        footer = "Exit codes: 0 imported (or a dry run found nothing invalid), 1 invalid rows or a file or graph it"
                + " could not use (DATA_DIR held by a running server, say), 2 bad usage.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "graph JSON (.json), CSV (nodes.csv, edges.csv, or a ZIP of both)"
            + " or FollowTheMoney (.ftm.json, .jsonl, .ndjson)")
    Path file;

    @Option(names = "--format", paramLabel = "json|csv|ftm", converter = FormatName.class,
            description = "the file's format, when its name does not say")
    ImportFormat format;

    @Option(names = "--part", paramLabel = "nodes|edges",
            description = "what a CSV file holds, when its name does not start with nodes or edges")
    String part;

    @Option(names = "--source", paramLabel = "SOURCE_ID", description = "the Source an FtM file's rows cite")
    String source;

    @Option(names = "--dry-run", description = "check every row and report, and import nothing")
    boolean dryRun;

    @Option(names = "--skip-invalid", description = "import the valid rows and report the others")
    boolean skipInvalid;

    @Option(names = "--offline", description = "load graph JSON into a new, empty DATA_DIR with Neo4j's offline"
            + " importer; no other option")
    boolean offline;

    private final Console console;

    ImportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        readable(spec, file);
        return offline ? offline() : importFile(console, file, options(), false);
    }

    /** The options, the format and part guessed from the file's name when not given. */
    private ImportOptions options() {
        var name = file.getFileName().toString();
        var lower = name.toLowerCase(Locale.ROOT);
        var format = this.format != null ? this.format : ImportFormat.guess(name).orElseThrow(() ->
                bad("say which format " + name + " is in with --format"));
        var part = this.part;
        if (format == ImportFormat.CSV && part == null && lower.endsWith(".csv")) {
            part = lower.startsWith("edges") ? "edges" : lower.startsWith("nodes") ? "nodes" : null;
            if (part == null) throw bad("say whether " + name + " holds nodes or edges with --part");
        }
        if (part != null && (format != ImportFormat.CSV || !List.of("nodes", "edges").contains(part))) {
            throw bad("--part is nodes or edges, for one CSV file");
        }
        if (source != null && (format != ImportFormat.FTM || !Ids.isId(source))) {
            throw bad("--source names the id of a Source, for an FtM file");
        }
        return new ImportOptions(format, dryRun, skipInvalid, part, source, name);
    }

    /**
     * {@code import --offline FILE}: a graph JSON file loaded into a new, empty DATA_DIR with Neo4j's offline
     * importer ({@link OfflineLoad}); the importer's progress on stderr, the report as JSON on stdout. Exit codes
     * as for an import: 1 for an invalid row (nothing loaded), a data directory that is not empty or a file it
     * cannot use.
     */
    private int offline() {
        var command = "tracegraph import --offline: ";
        if (format != null || part != null || source != null || dryRun || skipInvalid) {
            throw bad("--offline takes one graph JSON file, and no other option");
        }
        if (ImportFormat.guess(file.getFileName().toString()).orElse(null) != ImportFormat.JSON) {
            throw bad("an offline load takes graph JSON (.json), the json export's format");
        }
        Settings settings;
        try {
            settings = commandSettings(console.env());
        } catch (SettingsException e) {
            throw bad(e.getMessage());
        }
        try {
            var report = OfflineLoad.run(file, settings, console.err());
            console.out().println(Json.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return 0;
        } catch (OfflineImport.InvalidRow e) {
            console.err().println(command + "nothing was loaded: " + e.where());
            return 1;
        } catch (Exception e) {
            return failed(command, e, console);
        }
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Bad usage (exit code 2) unless {@code file} is a file this process can read. */
    static void readable(CommandSpec spec, Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), "cannot read " + file);
        }
    }

    /** The server's settings, but the command serves no one: its embedded Neo4j listens on any free port. */
    private static Settings commandSettings(Map<String, String> env) {
        var environment = new HashMap<>(env);
        environment.put("BOLT_PORT", "0");
        return Settings.fromEnvironment(environment);
    }

    /**
     * Imports {@code file} (or, for {@code restore}, a backup into a graph that must be empty and is not seeded
     * first) with a progress line on stderr and the report on stdout; returns the exit code.
     */
    static int importFile(Console console, Path file, ImportOptions options, boolean restore) {
        var command = restore ? "tracegraph restore: " : "tracegraph import: ";
        var err = console.err();
        Settings settings;
        try {
            settings = commandSettings(console.env());
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
                        new Editor((restore ? "restore: " : "import: ") + options.fileName()), progress, null);
                bar.shutdownNow();
                bar.awaitTermination(1, TimeUnit.SECONDS);
                err.println("\r" + line(progress, started));
                console.out().println(Json.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
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
            return failed(command, e, console);
        }
    }

    /** Says why an import could not be made (a file or graph it cannot use...): exit code 1. */
    private static int failed(String command, Exception e, Console console) {
        var err = console.err();
        if (e instanceof ImportFileException f) {
            err.println(command + f.getMessage() + (f.line() > 0 ? " (line " + f.line() + ")" : ""));
        } else if (e instanceof SettingsException || e instanceof ProblemException) {
            err.println(command + e.getMessage());
        } else if (e instanceof RuntimeException) {
            err.println(command + Main.rootMessage(e));
        } else {
            err.println(command + e);
        }
        return 1;
    }

    /** "importing  12,345 rows  2,100 rows/s  45% of the file" */
    static String line(ImportProgress progress, long startedNanos) {
        double seconds = Math.max(0.001, (System.nanoTime() - startedNanos) / 1e9);
        long total = progress.bytesTotal();
        long percent = total == 0 ? 0 : Math.min(100, 100 * progress.bytesRead() / total);
        return String.format("%-10s %,10d rows %,8.0f rows/s %3d%% of the file", progress.phase(), progress.rows(),
                progress.rows() / seconds, percent);
    }

    /** {@code --format}: a format by the name the API's {@code ?format=} takes. */
    static final class FormatName implements ITypeConverter<ImportFormat> {
        @Override
        public ImportFormat convert(String name) {
            return ImportFormat.named(name).orElseThrow(() ->
                    new TypeConversionException("'" + name + "' is not one of " + ImportFormat.names()));
        }
    }
}
