package org.tracegraph.bench;

import org.tracegraph.system.FileTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.json.Json;

/**
 * The {@code load} command's work: starts a Tracegraph with the article's graph in a fresh embedded database,
 * warms it up, then runs {@link LoadGenerator} against it on loopback and prints requests per second, p50/p99
 * per kind of request, errors, lost writes and the heap before and after, and writes the same as JSON. The rate limits are raised for the
 * run (to their maximum, not switched off: the limiter stays in every request's path); the clients share the
 * server's process and cores.
 */
public final class LoadRun {
    private LoadRun() {
    }

    /**
     * Returns the exit code: 0 when there was no error and no lost write, 1 otherwise. {@code rate}: requests a
     * second for the open model, 0 for the closed one; {@code out}: where to write the report as JSON.
     */
    public static int run(int connections, double seconds, long requests, double rate, Path out)
            throws IOException, InterruptedException {
        var work = Files.createTempDirectory("tracegraph-load-");
        try {
            var token = java.util.UUID.randomUUID().toString();
            var settings = Settings.fromEnvironment(Map.of("DATA_DIR", work.toString(), "PORT", "0", "BOLT_PORT", "0",
                    "EDITOR_TOKEN", token, "RATE_LIMIT_PER_MINUTE", "1000000", "WRITE_RATE_LIMIT_PER_MINUTE", "1000000",
                    "RATE_LIMIT_CORES", "1024"));
            try (var server = Server.start(settings)) {
                var generator = new LoadGenerator("http://127.0.0.1:" + server.port(), token, server.database());
                double warmUp = Math.min(15, Math.max(1, seconds / 6));
                System.err.printf(Locale.ROOT, "warming up for %.0f s at %d connections...%n", warmUp, connections);
                var warm = generator.run(new LoadGenerator.Options(connections, warmUp, requests, rate));
                System.err.printf(Locale.ROOT, "running for at most %.0f s or %,d requests at %d connections%s...%n",
                        seconds, requests, connections, rate > 0 ? String.format(Locale.ROOT, ", %.0f requests/s due", rate) : "");
                double loadBefore = loadAverage();
                var report = generator.run(new LoadGenerator.Options(connections, seconds, requests, rate));
                print(report);
                // the figures mean little without what else the machine was doing
                double loadAfter = loadAverage();
                System.out.printf(Locale.ROOT, "machine: %d cores; load average (1 min) %.1f at the start, %.1f at the end%n",
                        Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
                Json.objectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(),
                        json(report, warm, loadBefore, loadAfter));
                long errors = warm.errors() + report.errors();
                long lost = warm.lostWrites() + report.lostWrites();
                if (warm.errors() + warm.lostWrites() > 0) {
                    System.out.printf("warm-up: %d errors, %d lost writes%n", warm.errors(), warm.lostWrites());
                    warm.firstErrors().forEach(e -> System.out.println("warm-up error: " + e));
                }
                return errors == 0 && lost == 0 ? 0 : 1;
            }
        } finally {
            FileTrees.deleteTree(work);
        }
    }

    private static void row(String name, LoadGenerator.KindFigures f) {
        System.out.printf(Locale.ROOT, "%-20s %,10d %8d %10.1f %10.1f%n", name, f.requests(), f.errors(), f.p50Ms(), f.p99Ms());
    }

    /**
     * The run as JSON: requests per second in all, errors and lost writes (the warm-up's apart), p50/p99 per kind,
     * and the writes' own: {@code writes.{create_entity,create_relationship}.{p50_ms,p99_ms}}.
     */
    static Map<String, Object> json(LoadGenerator.Report report, LoadGenerator.Report warm, double loadBefore,
                                    double loadAfter) {
        var json = new LinkedHashMap<String, Object>();
        json.put("date", java.time.Instant.now().toString());
        json.put("model", report.model());
        json.put("rate", report.rate());
        json.put("connections", report.connections());
        json.put("seconds", round(report.seconds()));
        json.put("requests", report.requests());
        json.put("requests_per_s", round(report.requestsPerSecond()));
        json.put("errors", report.errors());
        json.put("unsent", report.unsent());
        json.put("writes_acknowledged", report.writesAcknowledged());
        json.put("writes_found", report.writesFound());
        json.put("lost_writes", report.lostWrites());
        json.put("warm_up_errors", warm.errors());
        json.put("warm_up_lost_writes", warm.lostWrites());
        var kinds = new LinkedHashMap<String, Object>();
        var writes = new LinkedHashMap<String, Object>();
        report.kinds().forEach((kind, f) -> {
            var figures = new LinkedHashMap<String, Object>();
            figures.put("requests", f.requests());
            figures.put("errors", f.errors());
            figures.put("p50_ms", round(f.p50Ms()));
            figures.put("p99_ms", round(f.p99Ms()));
            var name = kind.name().toLowerCase(Locale.ROOT);
            kinds.put(name, figures);
            if (name.startsWith("create_")) writes.put(name, figures);
        });
        json.put("kinds", kinds);
        json.put("writes", writes);
        json.put("heap_before_mb", report.heapBeforeMb());
        json.put("heap_after_mb", report.heapAfterMb());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("load_average_start", round(loadBefore));
        json.put("load_average_end", round(loadAfter));
        json.put("first_errors", report.firstErrors());
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static void print(LoadGenerator.Report report) {
        System.out.printf(Locale.ROOT, "%n%s model%s, %d connections, %.1f s: %,d requests, %,.0f requests/s, %d errors%s%n",
                report.model(), report.rate() > 0 ? String.format(Locale.ROOT, " (%.0f requests/s due; latency from when each was due)",
                        report.rate()) : "", report.connections(), report.seconds(), report.requests(),
                report.requestsPerSecond(), report.errors(),
                report.unsent() > 0 ? String.format(Locale.ROOT, ", %,d due but never sent", report.unsent()) : "");
        System.out.printf(Locale.ROOT, "%-20s %10s %8s %10s %10s%n", "kind", "requests", "failed", "p50 ms", "p99 ms");
        report.kinds().forEach((kind, f) -> row(kind.name().toLowerCase(Locale.ROOT), f));
        row("writes (both kinds)", report.writes());
        System.out.printf(Locale.ROOT, "writes acknowledged %,d, found in the graph afterwards %,d, lost %d%n",
                report.writesAcknowledged(), report.writesFound(), report.lostWrites());
        System.out.printf(Locale.ROOT, "heap after a full GC: %d MB before, %d MB after (API and embedded Neo4j)%n",
                report.heapBeforeMb(), report.heapAfterMb());
        report.firstErrors().forEach(e -> System.out.println("error: " + e));
    }
}
