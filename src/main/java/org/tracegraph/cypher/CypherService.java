package org.tracegraph.cypher;

import org.tracegraph.core.ProblemType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.MDC;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.tracegraph.graph.GraphBuilder;
import org.tracegraph.core.ProblemException;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;
import org.tracegraph.neo4j.RequestBookmarks;
import org.tracegraph.system.FairQueue;

/**
 * Runs an analyst's Cypher, read-only by more than one layer: {@link QueryGuard} refuses anything but a read
 * before it runs; it then runs in a transaction of read access mode (the server refuses writes in it), with a
 * timeout, its rows capped; and the transaction is rolled back, never committed. It is bounded too:
 * {@link LoopBound} refuses, before it runs, work within one row that Neo4j's timeout cannot stop, and
 * {@link ValueBound} weighs each row before it is sent.
 */
public final class CypherService {
    private final Database db;
    private final Duration timeout;
    private final int maxRows;

    /**
     * Analyst queries running at once in this process. Neo4j stops a query cooperatively, between rows: one
     * expression that loops billions of times within a row ({@code reduce(s = 0, x IN range(1, 3e9) | s + x)})
     * would run on past its timeout. {@link LoopBound} refuses those before they run; should one get past it,
     * it is answered at twice the timeout all the same, and keeps its slot until Neo4j is done with it, so
     * runaway queries cannot pile up and take every core of the server.
     */
    static final int MAX_RUNNING = Math.max(2, Runtime.getRuntime().availableProcessors());
    /**
     * Queries that may wait for a slot (at most {@code CYPHER_QUEUE_SECONDS}), and how many of them one client
     * may hold (half: others still find a place): under 32 analysts at once most queries used to be refused at
     * once (the benchmark counted 20,624 failed calls), while a slot was a few milliseconds away. Each waits on
     * one of the web server's threads, which are many more.
     */
    static final int MAX_WAITING = 64;
    static final int MAX_WAITING_PER_CLIENT = MAX_WAITING / 2;
    /** How long to wait for a query's plan and checks, which Neo4j does not time, before giving up on them. */
    private static final Duration PLANNING = Duration.ofSeconds(60);

    private final FairQueue slots;
    private final Duration queueWait;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        var thread = new Thread(r, "analyst-query");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code queueWait}: how long a query waits for a slot when all are taken; zero: refused at once. */
    public CypherService(Database db, Duration timeout, int maxRows, Duration queueWait) {
        this.db = db;
        this.timeout = timeout;
        this.maxRows = maxRows;
        this.queueWait = queueWait;
        this.slots = new FairQueue(MAX_RUNNING, MAX_RUNNING, MAX_WAITING, MAX_WAITING_PER_CLIENT, queueWait);
        // the Cypher parser's first read builds its tables (most of a second); the first analyst need not wait
        var warmUp = new Thread(() -> LoopBound.check("MATCH (n) RETURN [x IN range(1, 2) | x] AS x", Map.of()),
                "cypher-parser-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Analyst queries running now, of {@link #slots()} at most: for the metrics. */
    public int running() {
        return slots.running();
    }

    public int slots() {
        return slots.slots();
    }

    /**
     * Runs {@code query} for {@code client} (who is asking, for a fair share of the slots) once a slot is free:
     * it waits for one in a short queue, and is refused with 503 when the queue is full or the wait is over.
     */
    public CypherResult run(String client, String query, Map<String, Object> params) {
        var entry = slots.enter(client);
        if (!(entry instanceof FairQueue.Turn turn)) throw busy((FairQueue.Refused) entry);
        var began = new CountDownLatch(1);
        Future<CypherResult> answer;
        try {
            // the request's log context (its id) goes with the query to the worker's log lines
            var logContext = MDC.getCopyOfContextMap();
            answer = workers.submit(RequestBookmarks.carried(() -> {
                if (logContext != null) MDC.setContextMap(logContext);
                try {
                    return runNow(query, params, began);
                } finally {
                    began.countDown(); // a query refused before its transaction is answered at once
                    turn.close();
                    MDC.clear();
                }
            }));
        } catch (RuntimeException e) {
            turn.close();
            throw e;
        }
        try {
            // The clock starts with the query's transaction, as Neo4j's does. Neo4j's own timeout answers first
            // but for a runaway expression; a busy machine must not turn a slow, legitimate answer into a 504.
            if (!began.await(PLANNING.toMillis(), TimeUnit.MILLISECONDS)) throw timedOut();
            return answer.get(timeout.multipliedBy(2).plusSeconds(2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw timedOut();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timedOut();
        }
    }

    private CypherResult runNow(String query, Map<String, Object> params, CountDownLatch began) {
        try (var session = db.readSession()) {
            var checked = checked(session, query, params);
            var config = TransactionConfig.builder().withTimeout(timeout)
                    .withMetadata(Map.of("app", "tracegraph", "purpose", "analyst query")).build();
            began.countDown();
            try (var tx = session.beginTransaction(config)) {
                var result = tx.run(checked.text(), checked.parameters());
                var values = new CypherValues();
                var rows = new ArrayList<List<Object>>();
                while (rows.size() < maxRows && result.hasNext()) {
                    var row = new ArrayList<Object>();
                    for (var v : result.next().values()) {
                        if (v.type().name().equals("MAP") && v.containsKey(ValueBound.MARKER)) throw tooLarge(v.get(ValueBound.MARKER).asLong());
                        row.add(values.toJson(v));
                    }
                    rows.add(row);
                }
                boolean truncated = result.hasNext();
                var columns = result.keys();
                var summary = result.consume();
                var graph = new GraphBuilder();
                values.nodes().values().forEach(graph::add);
                var missing = new ArrayList<String>();
                for (var r : values.relationships().values()) {
                    graph.add(r);
                    if (!values.nodes().containsKey(r.startNodeElementId())) missing.add(r.startNodeElementId());
                    if (!values.nodes().containsKey(r.endNodeElementId())) missing.add(r.endNodeElementId());
                }
                var ends = new ArrayList<org.neo4j.driver.types.Node>();
                if (!missing.isEmpty()) {
                    tx.run(CypherFile.query("app/nodes-by-element-id.cypher"), Map.of("ids", missing))
                            .forEachRemaining(row -> ends.add(row.get("n").asNode()));
                }
                // the last layer of privacy: whatever the checks before missed, no record but an entity leaves
                onlyEntities(values.nodes().values());
                onlyEntities(ends);
                ends.forEach(graph::add);
                var built = graph.build(tx);
                tx.rollback();
                var notifications = summary.notifications().stream()
                        .map(n -> n.title() + ": " + n.description()).toList();
                return new CypherResult(columns, rows, built, truncated, new CypherResult.Summary(
                        summary.queryType().name().toLowerCase(java.util.Locale.ROOT), rows.size(), maxRows,
                        summary.resultAvailableAfter(TimeUnit.MILLISECONDS),
                        summary.resultConsumedAfter(TimeUnit.MILLISECONDS), timeout.toMillis(),
                        notifications.isEmpty() ? null : notifications));
            }
        } catch (ClientException e) {
            if (RequestBookmarks.rejected(e)) throw e; // the client's bookmark header, not its query: Errors says so
            throw explain(e);
        } catch (ServiceUnavailableException e) {
            // The Bolt server builds a record whole before sending it: a single enormous value (a list of
            // hundreds of millions of items) keeps it silent until the driver's read timeout drops the line.
            if (String.valueOf(e.getMessage()).contains("read timed out")) {
                throw ProblemType.QUERY_TOO_LARGE.exception("The query's result did not arrive in time: it holds a value too large to send (such as a"
                                + " list of millions of items); return less", "query");
            }
            throw e;
        } catch (TransientException e) {
            // Neo4j counts running out of a query's memory allowance as transient; for this query it is not
            if (String.valueOf(e.code()).contains("Memory")) throw tooLarge(e);
            throw e;
        }
    }

    /** What an analyst's query runs as once every check passed: the text (wrapped to weigh its rows) and its parameters. */
    public record Checked(String text, Map<String, Object> parameters) {
    }

    /**
     * The text and parameters {@code query} runs as, after every check of {@link QueryGuard} (done once per text)
     * and {@link LoopBound}; a refusal is a problem. Public for the benchmark, whose driver baseline must send
     * Neo4j exactly what the endpoint sends.
     */
    public static Checked checked(org.neo4j.driver.Session session, String query, Map<String, Object> params) {
        var bounded = new java.util.HashMap<String, Object>(params);
        bounded.put(ValueBound.PARAMETER, ValueBound.MAX_ITEMS);
        var text = QueryGuard.passedBefore(query);
        if (text == null) {
            text = QueryGuard.check(session, query, params, bounded);
        } else if (!params.isEmpty()) {
            LoopBound.check(query, params); // its bounds depend on the parameters' values, and only on them
        }
        return new Checked(text, text.equals(query) ? params : bounded);
    }

    /**
     * Refuses the whole answer when it holds a node that is not an entity: the app's own records (history,
     * views, redirects) are not the analysts' to read, and they are never connected to an entity, so a query
     * that reached one went around every pattern check.
     */
    private static void onlyEntities(java.util.Collection<org.neo4j.driver.types.Node> nodes) {
        for (var node : nodes) {
            if (!node.hasLabel("Entity")) {
                throw QueryGuard.refused("its answer holds a node that is not an entity (labels " + node.labels()
                        + "); through this endpoint a query reads the public graph only: start it from (n:Entity)");
            }
        }
    }

    /** Neo4j's own words for a bad query, with where it is; a write or a timeout said plainly. */
    private ProblemException explain(ClientException e) {
        var code = String.valueOf(e.code());
        if (Database.timedOut(e)) return timedOut();
        if (code.contains("AccessMode") || code.contains("Forbidden")) {
            return QueryGuard.refused("it writes to the graph, which the read-only transaction does not allow");
        }
        if (code.contains("Memory")) return tooLarge(e);
        if (code.contains("ProcedureNotFound")) {
            return QueryGuard.refused("it calls a procedure this server does not have (" + firstLine(e) + ")");
        }
        return ProblemType.BAD_QUERY.exception(e.getMessage(), "query");
    }

    private ProblemException busy(FairQueue.Refused why) {
        String because;
        if (queueWait.isZero()) because = "queries do not wait here for a slot";
        else if (why == FairQueue.Refused.QUEUE_FULL) {
            because = "the queue of queries waiting for one is full (" + MAX_WAITING + ", " + MAX_WAITING_PER_CLIENT
                    + " from one client)";
        } else because = "no slot came free within " + queueWait.toSeconds() + " s";
        return ProblemType.QUERIES_BUSY.exception(String.format("%d analyst queries are running on this server, the"
                + " most it runs at once, and %s; nothing was run. Try again in a few seconds", MAX_RUNNING, because),
                "query");
    }

    private ProblemException timedOut() {
        return ProblemType.QUERY_TIMEOUT.exception("The query ran longer than " + timeout.toSeconds() + " s and was stopped; narrow it down (a"
                        + " more selective MATCH, a LIMIT) and run it again", "query");
    }

    private static ProblemException tooLarge(long items) {
        if (items == ValueBound.TOO_DEEP) {
            return ProblemType.QUERY_TOO_LARGE.exception(String.format(
                    "The query returns a value nested more than %d levels deep (lists or maps inside each other),"
                            + " which cannot be weighed before it is sent; return it flatter", ValueBound.MAX_DEPTH), "query");
        }
        return ProblemType.QUERY_TOO_LARGE.exception(String.format(
                "The query returns a row of %,d items (lists, maps and strings, nested ones counted); one row may hold at most %,d. Return"
                        + " less: a slice (list[0..100]), a count (size(list)), or the items as rows (UNWIND)",
                items, ValueBound.MAX_ITEMS), "query");
    }

    private static ProblemException tooLarge(Exception e) {
        return ProblemType.QUERY_TOO_LARGE.exception("The query needs more memory than one query may use; narrow it down (" + firstLine(e) + ")", "query");
    }

    private static String firstLine(Exception e) {
        var message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
