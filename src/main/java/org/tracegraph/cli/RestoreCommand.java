package org.tracegraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tracegraph.exchange.ImportFormat;
import org.tracegraph.exchange.ImportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restore FILE}: a backup imported into a graph that must be empty and is not seeded first, so that what
 * was deleted from the seed stays deleted. Batches are checked as they are written (no check pass holding the
 * whole file in one transaction), so a backup of any size restores.
 */
@Command(name = "restore",
        description = {"Restores a backup into an empty graph.",
                "Restores FILE, a backup made with GET /api/export?format=json, into an empty graph (a new DATA_DIR, or"
                + " an empty database at NEO4J_URI), without loading the seed first. A progress line on stderr, the"
                + " import's report as JSON on stdout."},
        footer = "Exit codes: 0 every row restored, 1 rows it could not restore (in the report) or a graph that"
                + " already holds entities, 2 bad usage.")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the backup: the json export")
    Path file;

    private final Console console;

    RestoreCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        ImportCommand.readable(spec, file);
        var options = new ImportOptions(ImportFormat.JSON, false, true, null, null, file.getFileName().toString());
        return ImportCommand.importFile(console, file, options, true);
    }
}
