package org.tracegraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tracegraph.bench.LoadRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code load [--connections N] [--seconds S] [--requests N] [--rate R] [--out FILE]}: reads and writes from many clients ({@link LoadRun}). */
@Command(name = "load",
        description = {"Sends reads and writes from many clients at once, and counts lost writes.",
                "Starts Tracegraph with the article's graph in a fresh embedded database, warms it up, then"
                + " sends a mix of reads and writes from many clients at once, each on its own keep-alive"
                + " connection on loopback, until a time or a request bound. Prints requests per second, p50/p99 per"
                + " kind, errors, lost writes and the heap, and writes them as JSON."},
        footer = "Exit codes: 0 no error and no lost write, 1 otherwise, 2 bad usage.")
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "64",
            description = "clients at once, from 1 to 1024 (default: ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "90",
            description = "at most this long, more than 0 and at most 600 (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "500000", converter = Count.class,
            description = "at most this many requests (default: ${DEFAULT-VALUE})")
    long requests;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "0",
            description = "the open model: requests due at R a second in all, each one's latency measured from when"
                    + " it was due; 0 for the closed model, each client sending when its last answer came"
                    + " (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "load.json",
            description = "where to write the JSON report (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (connections < 1 || connections > 1024) throw bad("--connections must be from 1 to 1024");
        if (seconds <= 0 || seconds > 600) throw bad("--seconds must be more than 0 and at most 600");
        if (requests < 1) throw bad("--requests must be at least 1");
        if (rate < 0 || rate > 100_000) throw bad("--rate must be from 0 to 100000");
        return LoadRun.run(connections, seconds, requests, rate, out);
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
