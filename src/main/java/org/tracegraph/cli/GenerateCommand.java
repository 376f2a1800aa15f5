package org.tracegraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tracegraph.bench.SyntheticGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate --entities N --out FILE}: a {@link SyntheticGraph} written as graph JSON, ready for {@code import}. */
@Command(name = "generate",
        description = {"Writes a synthetic graph of N entities as graph JSON.",
                "A graph shaped like a newsroom's, in the export's format, ready for import: people, organisations,"
                + " events, places and sources, about R relationships per entity with a heavy-tailed degree"
                + " distribution. The same seed always gives the same file."},
        footer = "Exit codes: 0 written, 1 the file could not be written, 2 bad usage.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--entities", paramLabel = "N", required = true, converter = Count.class,
            description = "how many entities, at least 10 (1_000_000 and 1,000,000 read as 1000000)")
    long entities;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20120315", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--per-entity", paramLabel = "R", defaultValue = "5",
            description = "relationships per entity, on average (default: ${DEFAULT-VALUE})")
    double perEntity;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "where to write the graph JSON")
    Path out;

    private final Console console;

    GenerateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (entities < 10 || entities > Integer.MAX_VALUE) {
            throw new ParameterException(spec.commandLine(), "--entities must be from 10 to " + Integer.MAX_VALUE);
        }
        if (perEntity <= 0) throw new ParameterException(spec.commandLine(), "--per-entity must be more than 0");
        var graph = new SyntheticGraph((int) entities, perEntity, seed);
        long start = System.nanoTime();
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            graph.write(stream);
        } catch (IOException e) {
            console.err().println("tracegraph generate: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
        console.err().printf("tracegraph generate: %,d entities and %,d relationships (seed %d) in %s, %.1f s%n",
                graph.entities(), graph.relationships(), seed, out, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
