package org.tracegraph.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.tracegraph.json.Json;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * A bounded mix of reads and writes against one Tracegraph over HTTP, from {@code connections} clients at
 * once, each with its own keep-alive connection: it stops after {@code seconds} or {@code maxRequests},
 * whichever comes first. Closed model (rate 0): each client sends its next request when the last is answered.
 * Open model (a rate): requests are due at that rate whatever the server does, and each one's latency runs
 * from when it was due ({@link OpenModel}: no coordinated omission). Percentiles come from HdrHistogram. Every write creates something with a fresh id; afterwards the ids the API
 * acknowledged (201) are looked up in the graph, so a write answered as committed but missing is counted as
 * lost. Any answer but the expected status, and any I/O failure or timeout, is an error.
 */
public final class LoadGenerator {
    /** The article's entities: every seeded Tracegraph has them. */
    static final List<String> SEED_IDS = List.of("khadija-ismayilova", "ruslan-bashirli", "elnur-israfilov",
            "mammad-ibrahimli", "eynullah-fatullayev", "ilham-aliyev", "karl-rahder", "musavat", "yeni-musavat",
            "yeni-fekir", "ndi", "rfe-rl", "turan-news-agency", "ans-tv", "osce", "baku");
    private static final List<String> QUERIES = List.of("Ismayilova", "Bashirli", "Müsavat", "New Idea", "NDI",
            "Turan", "Eurovision", "letter", "video", "Aliyev");
    private static final String SOURCE = "rahder-2012-azerbaijan-blackmail-video";

    /** What one request does, and its share of the mix (in percent). */
    public enum Kind {
        SEARCH(30), ENTITY(25), NEIGHBOURHOOD(15), PATHS(10), CREATE_ENTITY(12), CREATE_RELATIONSHIP(8);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /** The bodies of the two writes, as the write API takes them. */
    record NewEntity(String type, String id, String name, List<String> aliases, String description) {
    }

    record NewRelationship(String id, String from, String type, String to, List<String> sourceIds, String quote,
                           String status) {
    }

    /** {@code rate}: requests a second in all for the open model; 0 for the closed one. */
    public record Options(int connections, double seconds, long maxRequests, double rate) {
        public Options(int connections, double seconds, long maxRequests) {
            this(connections, seconds, maxRequests, 0);
        }

        public String model() {
            return rate > 0 ? "open" : "closed";
        }
    }

    /** One kind's requests, those that failed (any other answer than the expected one, or none), p50 and p99. */
    public record KindFigures(long requests, long errors, double p50Ms, double p99Ms) {
        static KindFigures of(long requests, long errors, Latencies latencies) {
            return new KindFigures(requests, errors, latencies.ms(0.50), latencies.ms(0.99));
        }
    }

    /**
     * What a run measured. Heap is the JVM's used heap after a full GC, before and after the load: the API and an
     * embedded Neo4j share it, so it covers both (and says nothing of a remote server).
     */
    public record Report(String model, double rate, int connections, double seconds, long requests,
                         double requestsPerSecond, long errors, long unsent, List<String> firstErrors,
                         Map<Kind, KindFigures> kinds, KindFigures writes, long writesAcknowledged, long writesFound,
                         long lostWrites, long heapBeforeMb, long heapAfterMb) {
    }

    /** The two kinds that write: their latencies under load are reported together as well as apart. */
    static final java.util.Set<Kind> WRITES = java.util.EnumSet.of(Kind.CREATE_ENTITY, Kind.CREATE_RELATIONSHIP);

    private final String base;
    private final String editorToken;
    private final Database database;
    private final String prefix = "load-" + Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong runs = new AtomicLong();

    /** {@code database}: the graph behind {@code base}, where the acknowledged writes are counted afterwards. */
    public LoadGenerator(String base, String editorToken, Database database) {
        this.base = base;
        this.editorToken = editorToken;
        this.database = database;
    }

    public Report run(Options options) throws InterruptedException {
        long heapBefore = heapAfterGc();
        var run = prefix + "-" + runs.incrementAndGet(); // a warm-up and the run after it write different ids
        var counts = new EnumMap<Kind, AtomicLong[]>(Kind.class);
        var latencies = new EnumMap<Kind, Latencies>(Kind.class);
        for (var kind : Kind.values()) {
            counts.put(kind, new AtomicLong[] {new AtomicLong(), new AtomicLong()});
            latencies.put(kind, new Latencies());
        }
        var errors = new ConcurrentLinkedQueue<String>();
        var createdEntities = new ConcurrentLinkedQueue<String>();
        var unlinked = new ConcurrentLinkedQueue<String>();
        var createdRelationships = new ConcurrentLinkedQueue<String>();
        java.util.function.BiConsumer<Kind, String> count = (kind, failure) -> {
            counts.get(kind)[0].incrementAndGet();
            if (failure != null) {
                counts.get(kind)[1].incrementAndGet();
                if (errors.size() < 10) errors.add(kind + ": " + failure);
            }
        };
        var clients = new AtomicLong();
        java.util.function.Supplier<Client> newClient = () -> {
            long c = clients.getAndIncrement();
            return new Client(run + "-" + c, new SplittableRandom(31L * c + 7), createdEntities, unlinked, createdRelationships);
        };
        long start = System.nanoTime();
        long unsent = 0;
        if (options.rate() > 0) {
            var result = OpenModel.run(options.rate(), options.seconds(), options.maxRequests(), options.connections(), () -> {
                var client = newClient.get();
                return () -> {
                    var kind = client.pick();
                    return new OpenModel.Outcome(kind.name(), client.call(kind));
                };
            }, 30);
            for (var sample : result.samples()) {
                var kind = Kind.valueOf(sample.label());
                latencies.get(kind).record(sample.latencyNanos());
                count.accept(kind, sample.failure());
            }
            unsent = result.unsent();
        } else {
            var budget = new AtomicLong(options.maxRequests());
            long deadline = start + (long) (options.seconds() * 1e9);
            var finished = new CountDownLatch(options.connections());
            for (int c = 0; c < options.connections(); c++) {
                var client = newClient.get();
                var thread = new Thread(() -> {
                    try {
                        while (System.nanoTime() < deadline && budget.decrementAndGet() >= 0) {
                            var kind = client.pick();
                            long began = System.nanoTime();
                            String failure = client.call(kind);
                            latencies.get(kind).record(System.nanoTime() - began);
                            count.accept(kind, failure);
                        }
                    } finally {
                        finished.countDown();
                    }
                }, "load-client-" + c);
                thread.setDaemon(true);
                thread.start();
            }
            finished.await();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        var kinds = new EnumMap<Kind, KindFigures>(Kind.class);
        long requests = 0;
        long failed = 0;
        var writeLatencies = new Latencies();
        long writeRequests = 0;
        long writeErrors = 0;
        for (var kind : Kind.values()) {
            long n = counts.get(kind)[0].get();
            long e = counts.get(kind)[1].get();
            kinds.put(kind, KindFigures.of(n, e, latencies.get(kind)));
            requests += n;
            failed += e;
            if (WRITES.contains(kind)) {
                writeLatencies.add(latencies.get(kind));
                writeRequests += n;
                writeErrors += e;
            }
        }
        var entityIds = List.copyOf(createdEntities);
        var relationshipIds = List.copyOf(createdRelationships);
        var found = database.read(CypherFile.query("app/load-written.cypher"),
                Map.of("entityIds", entityIds, "relationshipIds", relationshipIds)).get(0);
        long acknowledged = entityIds.size() + relationshipIds.size();
        long present = found.get("entities").asLong() + found.get("relationships").asLong();
        return new Report(options.model(), options.rate(), options.connections(), round(seconds), requests,
                round(requests / seconds), failed, unsent, List.copyOf(errors), kinds,
                KindFigures.of(writeRequests, writeErrors, writeLatencies), acknowledged, present, acknowledged - present,
                heapBefore, heapAfterGc());
    }

    /** One connection's worth of client: its own HttpClient (so its own keep-alive connection) and random stream. */
    private final class Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final String name;
        private final SplittableRandom random;
        private final ConcurrentLinkedQueue<String> createdEntities;
        private final ConcurrentLinkedQueue<String> unlinked;
        private final ConcurrentLinkedQueue<String> createdRelationships;
        private final int totalWeight = Arrays.stream(Kind.values()).mapToInt(k -> k.weight).sum();
        private int written;

        Client(String name, SplittableRandom random, ConcurrentLinkedQueue<String> createdEntities,
               ConcurrentLinkedQueue<String> unlinked, ConcurrentLinkedQueue<String> createdRelationships) {
            this.name = name;
            this.random = random;
            this.createdEntities = createdEntities;
            this.unlinked = unlinked;
            this.createdRelationships = createdRelationships;
        }

        /** A kind by its weight; a relationship needs a person of this run to start from, else one is made. */
        Kind pick() {
            int n = random.nextInt(totalWeight);
            for (var kind : Kind.values()) {
                if (n < kind.weight) {
                    return kind == Kind.CREATE_RELATIONSHIP && unlinked.isEmpty() ? Kind.CREATE_ENTITY : kind;
                }
                n -= kind.weight;
            }
            throw new IllegalStateException();
        }

        /** Makes one request of {@code kind}; null when it got the expected answer, else what went wrong. */
        String call(Kind kind) {
            var any = SEED_IDS.get(random.nextInt(SEED_IDS.size()));
            return switch (kind) {
                case SEARCH -> get("/api/search?limit=10&q=" + encode(QUERIES.get(random.nextInt(QUERIES.size()))));
                case ENTITY -> get("/api/entities/" + any);
                case NEIGHBOURHOOD -> get("/api/entities/" + any + "/neighbourhood?depth=1&limit=25");
                case PATHS -> get("/api/paths?maxHops=4&limit=3&from=" + any + "&to=" + other(any));
                case CREATE_ENTITY -> createEntity();
                case CREATE_RELATIONSHIP -> createRelationship(any);
            };
        }

        /** A seed id other than {@code id}: a path needs two ends. */
        private String other(String id) {
            var other = SEED_IDS.get(random.nextInt(SEED_IDS.size() - 1));
            return other.equals(id) ? SEED_IDS.get(SEED_IDS.size() - 1) : other;
        }

        private String createEntity() {
            var id = name + "-" + written++;
            var failure = post("/api/entities", new NewEntity("Person", id, "Load test person " + id,
                    List.of("Yük testi " + written), "Written by the load test."));
            if (failure == null) {
                createdEntities.add(id);
                unlinked.add(id);
            }
            return failure;
        }

        /**
         * Links a person this run created (each once, so every id is new) to one of the article's entities; when
         * another client took the last one since {@link #pick}, makes a person instead.
         */
        private String createRelationship(String to) {
            var from = unlinked.poll();
            if (from == null) return createEntity();
            var id = from + "-affiliated-with-" + to;
            // the quote must be in the source's held text, as every write's is (a passage of the seed article)
            var failure = post("/api/relationships", new NewRelationship(id, from, "AFFILIATED_WITH", to, List.of(SOURCE),
                    "It was bound to happen", "reported"));
            if (failure == null) createdRelationships.add(id);
            return failure;
        }

        private String get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
        }

        private String post(String path, Record body) {
            String json;
            try {
                json = Json.objectMapper().writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + editorToken)
                    .header("X-Editor", "load test"), 201);
        }

        private String send(HttpRequest.Builder request, int expected) {
            try {
                var response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == expected) return null;
                var body = response.body();
                return response.statusCode() + " " + response.request().uri().getPath() + " "
                        + (body.length() > 200 ? body.substring(0, 200) : body);
            } catch (IOException e) {
                return e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }

    /** Used heap after a full collection, in MB. */
    static long heapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) memory.gc();
        return memory.getHeapMemoryUsage().getUsed() >> 20;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
