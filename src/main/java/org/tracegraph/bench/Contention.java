package org.tracegraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.tracegraph.App;
import org.tracegraph.AppContext;
import org.tracegraph.config.Settings;
import org.tracegraph.neo4j.Database;

/**
 * What a client looping the costliest public read leaves the others: a reader's search latency from one address
 * (::1), quiet and then while another address (127.0.0.1) sends whole-graph exports three at a time without
 * pause, ignoring every 429 and 503, against an app with the cost limit on (RATE_LIMIT_CORES 1; the count of
 * requests is not limited here, so that what is measured is the cost limit and the heavy reads' turns).
 */
final class Contention {
    private static final int HOSTILE_THREADS = 3;

    private Contention() {
    }

    static Map<String, Object> measure(Database db, double seconds, long seed) throws InterruptedException {
        var env = new HashMap<String, String>();
        env.put("RATE_LIMIT_PER_MINUTE", "0");
        env.put("RATE_LIMIT_CORES", "1");
        var settings = Settings.fromEnvironment(env);
        var app = App.create(AppContext.from(settings, db, "bench-contention-editor",
                java.util.UUID.randomUUID().toString())).start(0);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var stop = new AtomicBoolean();
        var exports = new AtomicLong();
        var refused = new AtomicLong();
        var busy = new AtomicLong();
        try {
            var reader = "http://[::1]:" + app.port();
            var random = new SplittableRandom(seed);
            searches(http, reader, random, seconds * 0.4); // warm-up
            var quiet = searches(http, reader, random, seconds);
            var hostile = "http://127.0.0.1:" + app.port() + "/api/export?format=graphml";
            for (int i = 0; i < HOSTILE_THREADS; i++) {
                var thread = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            var response = http.send(HttpRequest.newBuilder(URI.create(hostile))
                                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.discarding());
                            switch (response.statusCode()) {
                                case 200 -> exports.incrementAndGet();
                                case 429 -> refused.incrementAndGet();
                                case 503 -> busy.incrementAndGet();
                                default -> { }
                            }
                        } catch (Exception e) {
                            if (e instanceof InterruptedException) return;
                        }
                    }
                }, "bench-hostile-" + i);
                thread.setDaemon(true);
                thread.start();
            }
            var loaded = searches(http, reader, random, seconds * 2);
            var result = new LinkedHashMap<String, Object>();
            result.put("search_quiet", quiet);
            result.put("search_with_export_loop", loaded);
            result.put("p99_ratio", Math.round((double) loaded.get("p99_ms") / (double) quiet.get("p99_ms") * 100) / 100.0);
            result.put("hostile_exports", exports.get());
            result.put("hostile_429", refused.get());
            result.put("hostile_503", busy.get());
            result.put("note", "search from ::1, quiet then while 127.0.0.1 loops whole-graph GraphML exports "
                    + HOSTILE_THREADS + " at a time; RATE_LIMIT_CORES=1, no count limit");
            return result;
        } finally {
            stop.set(true);
            app.stop();
        }
    }

    /** A reader's searches one after another for {@code seconds}: p50/p99 in ms of those answered 200, and failures. */
    private static Map<String, Object> searches(HttpClient http, String base, SplittableRandom random, double seconds) {
        var samples = new long[1 << 20];
        int count = 0;
        long failed = 0;
        String firstError = null;
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until && count < samples.length) {
            var name = SyntheticGraph.FIRST[random.nextInt(SyntheticGraph.FIRST.length)] + " "
                    + SyntheticGraph.LAST[random.nextInt(SyntheticGraph.LAST.length)];
            var request = HttpRequest.newBuilder(URI.create(base + "/api/search?limit=10&q="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build();
            long start = System.nanoTime();
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) samples[count++] = System.nanoTime() - start;
                else if (failed++ == 0) firstError = "status " + response.statusCode();
            } catch (Exception e) {
                if (failed++ == 0) firstError = e.toString();
            }
        }
        var sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        var figures = new LinkedHashMap<String, Object>();
        figures.put("p50_ms", Math.round(Measure.percentile(sorted, 0.50) * 100) / 100.0);
        figures.put("p99_ms", Math.round(Measure.percentile(sorted, 0.99) * 100) / 100.0);
        figures.put("calls", count);
        figures.put("failed", failed);
        if (firstError != null) figures.put("first_error", firstError);
        return figures;
    }
}
