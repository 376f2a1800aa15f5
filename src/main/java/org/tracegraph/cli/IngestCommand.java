package org.tracegraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.core.Editor;
import org.tracegraph.core.SettingsException;
import org.tracegraph.curation.CurationService;
import org.tracegraph.ingest.DocumentService;
import org.tracegraph.ingest.Extractor;
import org.tracegraph.ingest.FolderIngest;
import org.tracegraph.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ingest DIR}: every document under a folder ingested as {@code POST /api/documents} ingests one
 * ({@link FolderIngest}), against the graph the server's settings name; a progress bar on a terminal, a line a
 * file otherwise, the report as JSON on stdout.
 */
@Command(name = "ingest",
        description = {"Ingests a folder of documents (PDF, HTML, DOCX, ODT, EML, plain text...), as POST /api/documents does.",
                "Reads every regular file under DIR, sub-folders included, in the order of their paths (symbolic"
                + " links are not followed), into the graph the server's settings name (DATA_DIR, or NEO4J_URI...):"
                + " each becomes a Source holding its text. A file ingested before (the same bytes) is skipped, naming"
                + " its source; a file that cannot be read is reported with the API's problem, and the rest are read."
                + " A progress bar on a terminal (a line a file otherwise) and a summary on stderr, the report as JSON"
                + " on stdout. The embedded store has one user: stop the server first. Like the server, it loads the"
                + " seed into an empty graph first."},
        footer = "Exit codes: 0 every file read (ingested or skipped), 1 some files could not be read (in the report),"
                + " 2 bad usage, 3 a graph it could not use (DATA_DIR held by a running server, say).")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the folder of documents")
    Path folder;

    @Option(names = "--editor", paramLabel = "NAME",
            description = "who is ingesting, for the history (recorded as given, beside 'ingest: DIR')")
    String editor;

    private final Console console;

    IngestCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !Files.isReadable(folder)) {
            throw new ParameterException(spec.commandLine(), "cannot read the folder " + folder
                    + (Files.isSymbolicLink(folder) ? " (a symbolic link: name the folder itself)" : ""));
        }
        if (editor != null && (editor.isBlank() || editor.length() > 200)) {
            throw new ParameterException(spec.commandLine(), "--editor names who is ingesting, in 1 to 200 characters");
        }
        var err = console.err();
        Settings settings;
        try {
            var env = new HashMap<>(console.env());
            env.put("BOLT_PORT", "0"); // it serves no one
            settings = Settings.fromEnvironment(env);
        } catch (SettingsException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        var who = new Editor("ingest: " + folder.getFileName(), editor == null ? null : editor.strip());
        FolderIngest.Report report;
        try (var graph = Server.connect(settings, true);
             var extractor = new Extractor((int) Math.min(Integer.MAX_VALUE, settings.maxSourceTextBytes()), 1)) {
            var db = graph.database();
            var documents = DocumentService.standalone(db, new CurationService(db, settings.maxSourceTextBytes()),
                    extractor, settings.maxDocumentBytes());
            var progress = terminal() ? new Bar(err) : new Lines(err);
            try {
                report = new FolderIngest(documents).ingest(folder, who, progress);
            } finally {
                progress.close();
            }
        } catch (RuntimeException e) {
            err.println("tracegraph ingest: " + Main.rootMessage(e));
            return 3;
        }
        console.out().println(Json.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        if (terminal()) {
            report.failed().forEach(f -> err.println("tracegraph ingest: failed: " + f.detail()));
        }
        report.ignored().forEach(i -> err.println("tracegraph ingest: passed over " + i.file() + ": " + i.why()));
        err.printf("tracegraph ingest: %,d files: %,d ingested, %,d skipped (ingested before), %,d could not be read%s%n",
                report.files(), report.ingestedCount(), report.skippedCount(), report.failedCount(),
                report.ignored().isEmpty() ? "" : "; " + report.ignored().size() + " passed over");
        return report.allRead() ? 0 : 1;
    }

    /** A terminal is watching: the process's own stderr, and a console. */
    private boolean terminal() {
        return System.console() != null && console.err() == System.err;
    }

    private interface Progress extends FolderIngest.Listener, AutoCloseable {
        @Override
        void close();
    }

    /** On a terminal: a bar, the file being read beside it. */
    private static final class Bar implements Progress {
        private final PrintStream err;
        private ProgressBar bar;

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void started(int total) {
            bar = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(total).setUnit(" files", 1)
                    .setUpdateIntervalMillis(200).setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }

        @Override
        public void done(int done, int total, FolderIngest.Outcome outcome) {
            bar.stepTo(done);
            bar.setExtraMessage(outcome.file());
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }

    /** Not on a terminal (a pipe, a log): one line a file. */
    private static final class Lines implements Progress {
        private final PrintStream err;

        Lines(PrintStream err) {
            this.err = err;
        }

        @Override
        public void started(int total) {
            err.printf("tracegraph ingest: %,d files%n", total);
        }

        @Override
        public void done(int done, int total, FolderIngest.Outcome outcome) {
            var width = String.valueOf(total).length();
            var at = String.format("[%" + width + "d/%d] ", done, total);
            if (outcome instanceof FolderIngest.Ingested in) {
                err.printf("%singested %s as the source %s (%,d characters, %,d mentions, %,d candidates)%n", at,
                        in.file(), in.source(), in.textLength(), in.mentions(), in.candidates());
            } else if (outcome instanceof FolderIngest.Skipped s) {
                err.printf("%sskipped %s: ingested before, as the source %s%n", at, s.file(), s.source());
            } else if (outcome instanceof FolderIngest.Failed f) {
                err.printf("%sfailed %s (%d %s)%n", at, f.detail(), f.status(), f.title());
            }
        }

        @Override
        public void close() {
        }
    }
}
