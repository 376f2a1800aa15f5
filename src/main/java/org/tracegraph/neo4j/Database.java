package org.tracegraph.neo4j;

import org.tracegraph.core.ProblemType;

import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.MetricsAdapter;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The one driver of the process and the database it talks to. Every query of the app goes through here,
 * over Bolt, whether the server is the embedded one or a remote server or cluster.
 */
public final class Database implements AutoCloseable {
    private final Driver driver;
    private final String name;
    private final String uri;
    private final String user;
    private final BookmarkManager bookmarks;
    /**
     * Write transactions in flight at once. Under 64 clients, writes that all ran at once spent their time
     * waiting for one another inside Neo4j (for the locks of the nodes they link, held until each commit has
     * updated the full-text indexes), and Neo4j's lock waits are not first come, first served: a few waited past
     * 30 s while others went by (the load test found it). A fair semaphore keeps the queue in the app, in order,
     * and leaves Neo4j only as many writes as the machine can commit at once.
     */
    static final int WRITERS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    /** How long a write waits for its turn before it is answered 503 (a client gives up after about 30 s). */
    static final Duration WRITE_WAIT = Duration.ofSeconds(20);
    private final Semaphore writers = new Semaphore(WRITERS, true);
    private final Duration writeWait;

    /** {@code retry}: how long the driver retries a transaction that failed for a transient reason. */
    public Database(String uri, String user, String password, String name, Duration retry) {
        this(uri, user, password, name, retry, WRITE_WAIT);
    }

    Database(String uri, String user, String password, String name, Duration retry, Duration writeWait) {
        this.writeWait = writeWait;
        this.uri = uri;
        this.user = user;
        this.name = name;
        var config = Config.builder()
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(retry.toMillis(), TimeUnit.MILLISECONDS)
                .withLogging(Logging.slf4j())
                // the connection pool's gauges and timers, in Micrometer's global registry (served at /metrics)
                .withMetricsAdapter(MetricsAdapter.MICROMETER)
                .withUserAgent("tracegraph")
                .build();
        this.driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password), config);
        // the manager executableQuery uses: a query run that way elsewhere is causally chained with ours
        this.bookmarks = driver.executableQueryBookmarkManager();
    }

    /** Runs one read query, routed to a reader in a cluster, and returns its records. */
    public List<Record> read(String cypher, Map<String, Object> parameters) {
        return readTransaction(tx -> tx.run(cypher, parameters).list());
    }

    /** Runs several reads in one read transaction, so they see one state of the graph. */
    public <T> T readTransaction(TransactionCallback<T> work) {
        try (var session = session(AccessMode.READ)) {
            return session.executeRead(work);
        }
    }

    /**
     * The same, stopped by the server after {@code timeout}: for reads whose cost grows with the graph, such as
     * a path search. The driver then throws a {@link org.neo4j.driver.exceptions.ClientException} whose code
     * {@link #timedOut} recognises.
     */
    public <T> T readTransaction(TransactionCallback<T> work, Duration timeout) {
        try (var session = session(AccessMode.READ)) {
            return session.executeRead(work, TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    /** Whether the server stopped a transaction at its timeout (or terminated it). */
    public static boolean timedOut(org.neo4j.driver.exceptions.Neo4jException e) {
        var code = String.valueOf(e.code());
        return code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated");
    }

    /** A session whose transactions the server runs in read access mode: it refuses any write in them. */
    public Session readSession() {
        return session(AccessMode.READ);
    }

    /**
     * Runs writes in one transaction: all of it commits, or none of it. At most {@link #WRITERS} run at once;
     * the others wait their turn in the order they came ({@link #writers}).
     */
    public <T> T writeTransaction(TransactionCallback<T> work) {
        awaitTurn();
        try (var session = session(AccessMode.WRITE)) {
            var result = session.executeWrite(work);
            RequestBookmarks.committed(session.lastBookmarks());
            return result;
        } finally {
            writers.release();
        }
    }

    private void awaitTurn() {
        try {
            if (writers.tryAcquire(writeWait.toMillis(), TimeUnit.MILLISECONDS)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw ProblemType.WRITES_BUSY.exception("Every write slot"
                + " has been busy for " + writeWait.toSeconds() + " s; nothing was written. Try again shortly.");
    }

    /**
     * Runs writes in one transaction and rolls it back: the work sees its own changes, the graph keeps none.
     * For dry runs. Not retried: a transient failure reaches the caller.
     */
    public <T> T writeTransactionThenRollBack(java.util.function.Function<TransactionContext, T> work) {
        try (var session = session(AccessMode.WRITE); var tx = session.beginTransaction()) {
            try {
                return work.apply(new TransactionContext() {
                    @Override
                    public Result run(String query, Value parameters) {
                        return tx.run(query, parameters);
                    }

                    @Override
                    public Result run(String query, Map<String, Object> parameters) {
                        return tx.run(query, parameters);
                    }

                    @Override
                    public Result run(String query, Record parameters) {
                        return tx.run(query, parameters);
                    }

                    @Override
                    public Result run(String query) {
                        return tx.run(query);
                    }

                    @Override
                    public Result run(Query query) {
                        return tx.run(query);
                    }
                });
            } finally {
                if (tx.isOpen()) tx.rollback();
            }
        }
    }

    /** Runs statements that cannot share a transaction with others, such as schema changes (on the leader). */
    public void run(String cypher) {
        writeTransaction(tx -> tx.run(cypher).consume());
    }

    /**
     * Every session routes by its access mode (READ: a follower or read replica may answer; WRITE: the leader).
     * A request's session starts after what that request has seen: the writes its client names in
     * {@code Tracegraph-Bookmark} and the request's own writes. Work outside a request (start-up, import jobs)
     * starts after everything such work has committed, through the driver's bookmark manager. Not every
     * request after every write of the process: under 64 clients that made reads queue behind writes for
     * seconds, and 503 when a bookmark's wait ran out (the load test found it).
     */
    private Session session(AccessMode mode) {
        var config = SessionConfig.builder().withDatabase(name).withDefaultAccessMode(mode);
        if (RequestBookmarks.active()) config.withBookmarks(RequestBookmarks.seen());
        else config.withBookmarkManager(bookmarks);
        return driver.session(config.build());
    }

    /** Writes running now (at most {@link #WRITERS}), and writes waiting for their turn: for the metrics. */
    public int writesRunning() {
        return WRITERS - writers.availablePermits();
    }

    public int writesWaiting() {
        return writers.getQueueLength();
    }

    public int writeSlots() {
        return WRITERS;
    }

    public void verifyConnectivity() {
        driver.verifyConnectivity();
    }

    /** Whether the server takes the user name and password this driver was built with. */
    public boolean acceptsCredentials() {
        try {
            driver.verifyConnectivity();
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    public String uri() {
        return uri;
    }

    public String name() {
        return name;
    }

    public String user() {
        return user;
    }

    @Override
    public void close() {
        driver.close();
    }
}
