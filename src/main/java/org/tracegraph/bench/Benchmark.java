package org.tracegraph.bench;

import org.tracegraph.system.FileTrees;

import org.tracegraph.core.Editor;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.tracegraph.OfflineLoad;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.exchange.ImportFormat;
import org.tracegraph.exchange.ImportOptions;
import org.tracegraph.exchange.ImportProgress;
import org.tracegraph.exchange.ImportService;
import org.tracegraph.json.Json;

/**
 * The {@code bench} command's work: builds a {@link SyntheticGraph} of N entities in a fresh embedded database,
 * restarts on it (start-up to first response), then measures every read endpoint over HTTP side by side with
 * the same Cypher sent through the raw driver ({@link DriverWorkloads}): p50/p95/p99 at one client, requests
 * per second at 1, 8 and 32 clients. Prints a table and writes JSON. The clients run in the same process as the
 * server, as a load generator on the same two cores would.
 */
public final class Benchmark {
    private static final String PASSWORD = "tracegraph-bench";
    private static final String EDITOR_TOKEN = "bench-editor";
    private static final int WRK_CONNECTIONS = 32;
    private static final int[] CLIENTS = {1, 8, 32};

    private Benchmark() {
    }

    /**
     * What to measure: {@code load} is how the graph is built, {@code offline} ({@link OfflineLoad}) or
     * {@code transactional} (the importer); the endpoints named in {@code skip} are left out.
     */
    public record Options(int entities, long seed, double seconds, Path out, String load, List<String> skip) {
    }

    private record Endpoint(String name, Consumer<SplittableRandom> api, Consumer<SplittableRandom> driver) {
    }

    public static void run(Options what) throws IOException, InterruptedException {
        int entities = what.entities();
        long seed = what.seed();
        double seconds = what.seconds();
        var skip = what.skip();
        var work = Files.createTempDirectory("tracegraph-bench-");
        var report = new LinkedHashMap<String, Object>();
        try {
            var graph = new SyntheticGraph(entities, 5, seed);
            var file = work.resolve("graph.json");
            try (var stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                graph.write(stream);
            }
            var env = Map.of("DATA_DIR", work.resolve("data").toString(), "PORT", "0", "BOLT_PORT", "0",
                    "NEO4J_PASSWORD", PASSWORD, "EDITOR_TOKEN", EDITOR_TOKEN, "CYPHER_TIMEOUT_SECONDS", "30",
                    // the per-client rate and cost limits would answer most of 32 clients' requests with 429, which are fast
                    "RATE_LIMIT_PER_MINUTE", "0", "RATE_LIMIT_CORES", "0");
            var settings = Settings.fromEnvironment(env);
            report.put("entities", graph.entities());
            report.put("relationships", graph.relationships());
            if (what.load().equals("offline")) loadOffline(file, settings, report);
            else try (var server = Server.start(settings)) {
                System.err.printf("importing %,d entities and %,d relationships...%n", graph.entities(), graph.relationships());
                // skipInvalid: each batch is checked as it is written; the check of a whole file in one
                // transaction, which an import makes first otherwise, cannot hold a large graph
                var options = new ImportOptions(ImportFormat.JSON, false, true, null, null, "synthetic.json");
                var progress = new ImportProgress();
                long importStart = System.nanoTime();
                long importCpuStart = Measure.cpuNanos();
                var imported = new ImportService(server.database()).run(file, options,
                        new Editor("import: bench"), progress, null);
                double importSeconds = (System.nanoTime() - importStart) / 1e9;
                double importCpuSeconds = (Measure.cpuNanos() - importCpuStart) / 1e9;
                if (imported.invalidCount() > 0) {
                    throw new IllegalStateException("the importer refused " + imported.invalidCount()
                            + " rows of the synthetic graph, such as " + imported.invalid().get(0));
                }
                report.put("import_load", "transactional");
                report.put("import_rels_per_s", Math.round(graph.relationships() / progress.relationshipSeconds()));
                report.put("import_rows_per_s", Math.round(imported.rows() / importSeconds));
                report.put("import_seconds", round(importSeconds));
                // the CPU this process (importer and database) used: on a shared machine, what the import costs
                // whatever the other processes took
                report.put("import_cpu_seconds", round(importCpuSeconds));
                report.put("import_path", "the importer (ImportService, bulk writes, skipInvalid), as POST /api/import"
                        + " and the import command run it; import_rels_per_s times its relationship pass");
            }
            long start = System.nanoTime();
            try (var server = Server.start(settings)) {
                var base = "http://localhost:" + server.port();
                var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                get(http, base + "/api/health");
                report.put("startup_ms", Math.round((System.nanoTime() - start) / 1e6));
                try (Driver driver = GraphDatabase.driver(server.database().uri(), AuthTokens.basic("neo4j", PASSWORD))) {
                    // read access mode, as the API's read sessions (neo4j/Database)
                    Supplier<Session> session = () -> driver.session(SessionConfig.builder()
                            .withDatabase(server.database().name()).withDefaultAccessMode(AccessMode.READ).build());
                    var endpoints = endpoints(http, base, session, entities);
                    var results = new LinkedHashMap<String, Object>();
                    for (var endpoint : endpoints) {
                        if (skip.contains(endpoint.name())) {
                            results.put(endpoint.name(), Map.of("skipped", "--skip " + endpoint.name()));
                            continue;
                        }
                        System.err.printf("measuring %s...%n", endpoint.name());
                        results.put(endpoint.name(), measure(endpoint, seconds, seed));
                    }
                    report.put("endpoints", results);
                }
                if (skip.contains("published")) report.put("published_skipped", "--skip published");
                else report.putAll(published(http, base, seconds));
                if (!skip.contains("contention")) {
                    System.err.printf("measuring search against a client looping exports...%n");
                    report.put("contention", Contention.measure(server.database(), seconds, seed));
                }
                System.gc();
                var runtime = Runtime.getRuntime();
                report.put("heap_mb", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
                report.put("heap_note", "the whole process after a GC: API and embedded Neo4j share one heap");
            }
        } finally {
            FileTrees.deleteTree(work);
        }
        Json.objectMapper().writerWithDefaultPrettyPrinter().writeValue(what.out().toFile(), report);
        print(report);
    }

    /**
     * The first load with {@code import --offline} ({@link OfflineLoad}) into the bench's empty data directory:
     * the offline importer's rate, and apart from it the first start and the population of the indexes.
     */
    private static void loadOffline(Path file, Settings settings, Map<String, Object> report) throws IOException {
        System.err.printf("loading %s offline...%n", file);
        long cpuStart = Measure.cpuNanos();
        var loaded = OfflineLoad.run(file, settings, System.err);
        report.put("import_load", "offline");
        report.put("import_rels_per_s", loaded.relationshipsPerSecond());
        report.put("import_rows_per_s", Math.round((loaded.entities() + loaded.relationships()) / loaded.loadSeconds()));
        report.put("import_seconds", loaded.loadSeconds());
        report.put("import_load_cpu_seconds", loaded.loadCpuSeconds());
        report.put("first_start_seconds", loaded.startSeconds());
        report.put("index_seconds", loaded.indexSeconds());
        report.put("import_cpu_seconds", round((Measure.cpuNanos() - cpuStart) / 1e9));
        report.put("import_path", "import --offline: Neo4j's offline importer, every row checked as it reads it;"
                + " import_rels_per_s is relationships / import_seconds, which is reading and checking the file and"
                + " writing the store. Not in it: the first start on the store (first_start_seconds) and the"
                + " population of the indexes after it (index_seconds). import_load_cpu_seconds is the CPU of import_seconds,"
                + " import_cpu_seconds that of all three");
    }

    private static List<Endpoint> endpoints(HttpClient http, String base, Supplier<Session> sessions,
                                            int entities) {
        Consumer<Consumer<Session>> inSession = work -> {
            try (var s = sessions.get()) {
                work.accept(s);
            }
        };
        Function<SplittableRandom, String> any = r -> SyntheticGraph.id(r.nextInt(entities));
        Function<SplittableRandom, String> name = r -> SyntheticGraph.FIRST[r.nextInt(SyntheticGraph.FIRST.length)]
                + " " + SyntheticGraph.LAST[r.nextInt(SyntheticGraph.LAST.length)];
        String cypher = "MATCH (n:Entity {id: $id})-[r]-(m:Entity) RETURN m.id AS id, m.name AS name, type(r) AS type LIMIT 25";
        return List.of(
                new Endpoint("search", r -> get(http, base + "/api/search?limit=10&q=" + enc(name.apply(r))),
                        r -> inSession.accept(s -> DriverWorkloads.search(s, name.apply(r), 10))),
                new Endpoint("entity", r -> get(http, base + "/api/entities/" + any.apply(r) + "?limit=50"),
                        r -> inSession.accept(s -> DriverWorkloads.entity(s, any.apply(r), 50))),
                new Endpoint("neighbourhood_1", r -> get(http, base + "/api/entities/" + any.apply(r) + "/neighbourhood?depth=1&limit=25"),
                        r -> inSession.accept(s -> DriverWorkloads.neighbourhood(s, any.apply(r), 1, 25))),
                new Endpoint("neighbourhood_hub", r -> get(http, base + "/api/entities/" + SyntheticGraph.id(r.nextInt(SyntheticGraph.HUBS))
                        + "/neighbourhood?depth=1&limit=25"),
                        r -> inSession.accept(s -> DriverWorkloads.neighbourhood(s, SyntheticGraph.id(r.nextInt(SyntheticGraph.HUBS)), 1, 25))),
                new Endpoint("neighbourhood_2", r -> get(http, base + "/api/entities/" + any.apply(r) + "/neighbourhood?depth=2&limit=100"),
                        r -> inSession.accept(s -> DriverWorkloads.neighbourhood(s, any.apply(r), 2, 100))),
                new Endpoint("paths", r -> get(http, base + "/api/paths?maxHops=6&limit=3&from=" + any.apply(r) + "&to=" + any.apply(r)),
                        r -> inSession.accept(s -> DriverWorkloads.paths(s, any.apply(r), any.apply(r), 6, 3))),
                new Endpoint("timeline", r -> {
                    int year = 1990 + r.nextInt(34);
                    get(http, base + "/api/timeline?limit=50&from=" + year + "&to=" + year);
                }, r -> {
                    int year = 1990 + r.nextInt(34);
                    inSession.accept(s -> DriverWorkloads.timeline(s, String.valueOf(year), String.valueOf(year), 50));
                }),
                new Endpoint("cypher", r -> post(http, base + "/api/cypher", "{\"query\": \"" + cypher.replace("\"", "\\\"")
                        + "\", \"params\": {\"id\": \"" + any.apply(r) + "\"}}"),
                        r -> inSession.accept(s -> DriverWorkloads.cypher(s, cypher, Map.of("id", any.apply(r))))));
    }

    /**
     * A published view's PNG ({@code .png?v=1} of three entities, served from the memory of embed/Renditions)
     * against a static file of the app ({@code /embed/assets/embed.js}), with {@code wrk} at 32 connections:
     * {@code embed_png_rps}, {@code static_rps} and their ratio; without wrk, a note saying so.
     */
    private static Map<String, Object> published(HttpClient http, String base, double seconds)
            throws IOException, InterruptedException {
        var figures = new LinkedHashMap<String, Object>();
        var missing = Wrk.missing();
        if (missing.isPresent()) {
            System.err.println("embed_png_rps and static_rps not measured: " + missing.get());
            figures.put("published_skipped", missing.get());
            return figures;
        }
        var body = "{\"title\": \"Bench view\", \"nodeIds\": [\"" + SyntheticGraph.id(0) + "\", \""
                + SyntheticGraph.id(1) + "\", \"" + SyntheticGraph.id(2) + "\"]}";
        var created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/views"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + EDITOR_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) throw new IllegalStateException("saving the bench's view: " + created.body());
        var png = base + "/api/views/" + Json.objectMapper().readTree(created.body()).get("id").asText() + ".png?v=1";
        var file = base + "/embed/assets/embed.js";
        get(http, png);
        get(http, file);
        int wrkSeconds = (int) Math.max(5, Math.ceil(seconds));
        System.err.printf("measuring the published PNG and a static file with wrk, %d s each...%n", wrkSeconds);
        // the server's CPU per request (this process: wrk runs in its own), a figure the other processes on a
        // shared machine move less than the rate
        long cpu = Measure.cpuNanos();
        var pictures = Wrk.run(png, WRK_CONNECTIONS, wrkSeconds);
        long pictureCpu = Measure.cpuNanos() - cpu;
        cpu = Measure.cpuNanos();
        var statics = Wrk.run(file, WRK_CONNECTIONS, wrkSeconds);
        long staticCpu = Measure.cpuNanos() - cpu;
        figures.put("embed_png_rps", Math.round(pictures.rps()));
        figures.put("static_rps", Math.round(statics.rps()));
        figures.put("embed_png_over_static", round(pictures.rps() / statics.rps()));
        figures.put("embed_png_cpu_ms", round(pictureCpu / 1e6 / Math.max(1, pictures.requests())));
        figures.put("static_cpu_ms", round(staticCpu / 1e6 / Math.max(1, statics.requests())));
        figures.put("embed_png_failed", pictures.failed());
        figures.put("static_failed", statics.failed());
        figures.put("wrk_connections", WRK_CONNECTIONS);
        figures.put("wrk_seconds", wrkSeconds);
        figures.put("published_note", "wrk -t2 on the same machine as the server: " + png.substring(base.length()) + " against "
                + file.substring(base.length()));
        return figures;
    }

    private static Map<String, Object> measure(Endpoint endpoint, double seconds, long seed) {
        var latencies = Measure.inTurns(endpoint.api(), endpoint.driver(), seconds, seed);
        var api = latency(latencies.get(0));
        long apiFailed = latencies.get(0).failed();
        for (int clients : CLIENTS) {
            var measured = Measure.throughput(endpoint.api(), clients, seconds, seed);
            api.put("rps_" + clients, Math.round(measured.perSecond()));
            api.put("failed_" + clients, measured.failed());
            apiFailed += measured.failed();
        }
        var driver = latency(latencies.get(1));
        var driverMeasured = Measure.throughput(endpoint.driver(), 32, seconds, seed);
        driver.put("rps_32", Math.round(driverMeasured.perSecond()));
        driver.put("failed_32", driverMeasured.failed());
        var result = new LinkedHashMap<String, Object>();
        // calls that got an error status (503 busy, 429, 5xx, 400) or no answer: left out of every figure above
        result.put("failed", apiFailed);
        result.put("driver_failed", latencies.get(1).failed() + driverMeasured.failed());
        result.put("api", api);
        result.put("driver", driver);
        result.put("api_over_driver_p50", round(latencies.get(0).p50() / latencies.get(1).p50()));
        result.put("api_over_driver_cpu", round(latencies.get(0).cpuMs() / latencies.get(1).cpuMs()));
        return result;
    }

    private static Map<String, Object> latency(Measure.Latency latency) {
        var figures = new LinkedHashMap<String, Object>();
        figures.put("p50_ms", round(latency.p50()));
        figures.put("p95_ms", round(latency.p95()));
        figures.put("p99_ms", round(latency.p99()));
        figures.put("cpu_ms", round(latency.cpuMs()));
        figures.put("failed_latency", latency.failed());
        return figures;
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> report) {
        System.out.printf(Locale.ROOT, "%n%,d entities, %,d relationships; import (%s) %,d rels/s%s; start-up %,d ms; heap %,d MB%n%n",
                report.get("entities"), report.get("relationships"), report.get("import_load"), report.get("import_rels_per_s"),
                report.containsKey("index_seconds") ? ", then indexes populated in " + report.get("index_seconds") + " s" : "",
                report.get("startup_ms"), report.get("heap_mb"));
        System.out.printf(Locale.ROOT, "%-18s %9s %9s %9s %8s %8s %8s %8s %7s | %9s %9s %8s %8s | %6s%n", "endpoint", "api p50", "p95", "p99",
                "rps 1", "rps 8", "rps 32", "cpu ms", "failed", "drv p50", "drv p99", "drv rps", "drv cpu", "ratio");
        var endpoints = (Map<String, Map<String, Object>>) report.get("endpoints");
        if (report.containsKey("embed_png_rps")) {
            System.out.printf(Locale.ROOT, "%nwrk, %s connections: published PNG (?v=1) %s requests/s, static file %s requests/s,"
                            + " ratio %s; server CPU per request %s / %s ms; failed %s / %s%n%n", report.get("wrk_connections"),
                    report.get("embed_png_rps"), report.get("static_rps"), report.get("embed_png_over_static"),
                    report.get("embed_png_cpu_ms"), report.get("static_cpu_ms"), report.get("embed_png_failed"),
                    report.get("static_failed"));
        } else {
            System.out.printf(Locale.ROOT, "%nembed_png_rps and static_rps not measured: %s%n%n", report.get("published_skipped"));
        }
        endpoints.forEach((name, e) -> {
            if (e.containsKey("skipped")) {
                System.out.printf(Locale.ROOT, "%-18s skipped%n", name);
                return;
            }
            var api = (Map<String, Object>) e.get("api");
            var driver = (Map<String, Object>) e.get("driver");
            System.out.printf(Locale.ROOT, "%-18s %9s %9s %9s %8s %8s %8s %8s %7s | %9s %9s %8s %8s | %6s%n", name, api.get("p50_ms"),
                    api.get("p95_ms"), api.get("p99_ms"), api.get("rps_1"), api.get("rps_8"), api.get("rps_32"), api.get("cpu_ms"),
                    e.get("failed"),
                    driver.get("p50_ms"), driver.get("p99_ms"), driver.get("rps_32"), driver.get("cpu_ms"), e.get("api_over_driver_p50"));
        });
        if (report.get("contention") instanceof Map<?, ?> c) {
            var quiet = (Map<String, Object>) c.get("search_quiet");
            var loaded = (Map<String, Object>) c.get("search_with_export_loop");
            System.out.printf(Locale.ROOT, "%nsearch from another client, p50 / p99 ms: quiet %s / %s; while one loops"
                            + " whole-graph exports %s / %s (p99 x%s; failed %s); the looping client got %s exports,"
                            + " %s 429, %s 503%n", quiet.get("p50_ms"), quiet.get("p99_ms"), loaded.get("p50_ms"),
                    loaded.get("p99_ms"), c.get("p99_ratio"), loaded.get("failed"), c.get("hostile_exports"),
                    c.get("hostile_429"), c.get("hostile_503"));
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void get(HttpClient http, String url) {
        send(http, HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static void post(HttpClient http, String url, String json) {
        send(http, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void send(HttpClient http, HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 500 || response.statusCode() == 400 || response.statusCode() == 429) {
                throw new IllegalStateException(request.uri() + ": " + response.statusCode() + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
