package org.tracegraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracegraph.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench --entities N --out FILE}: the read endpoints measured against the raw driver ({@link Benchmark}). */
@Command(name = "bench",
        description = {"Measures the read endpoints against the raw driver, on a synthetic graph.",
                "Builds a synthetic graph of N entities in a fresh embedded database, restarts on it, then"
                + " measures every read endpoint over HTTP side by side with the same Cypher sent through the raw"
                + " driver: p50/p95/p99 at one client, requests per second at 1, 8 and 32 clients. Prints a table and"
                + " writes JSON. Give the JVM room with -Xmx."},
        footer = "Exit codes: 0 measured, 1 a failure on the way (said in one line), 2 bad usage.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--entities", paramLabel = "N", defaultValue = "10000", converter = Count.class,
            description = "how many entities, at least 100 (default: ${DEFAULT-VALUE})")
    long entities;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20120315", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--seconds", paramLabel = "T", defaultValue = "5",
            description = "how long each measurement runs (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench.json",
            description = "where to write the JSON report (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--load", paramLabel = "offline|transactional", defaultValue = "offline",
            description = "build the graph with the offline load (import --offline) or through the importer, as"
                    + " POST /api/import does (default: ${DEFAULT-VALUE})")
    String load;

    @Option(names = "--skip", paramLabel = "ENDPOINT", split = ",",
            description = "endpoints to leave out: search, entity, neighbourhood_1, neighbourhood_hub,"
                    + " neighbourhood_2, paths, timeline, cypher, and published (wrk on a published PNG and a static file)")
    List<String> skip = List.of();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (entities < 100 || entities > Integer.MAX_VALUE) {
            throw new ParameterException(spec.commandLine(), "--entities must be from 100 to " + Integer.MAX_VALUE);
        }
        if (!List.of("offline", "transactional").contains(load)) {
            throw new ParameterException(spec.commandLine(), "--load is offline or transactional");
        }
        Benchmark.run(new Benchmark.Options((int) entities, seed, seconds, out, load, skip));
        return 0;
    }
}
