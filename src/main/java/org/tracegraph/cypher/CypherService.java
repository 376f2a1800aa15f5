package org.tracegraph.cypher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.tracegraph.graph.GraphBuilder;
import org.tracegraph.http.ApiException;
import org.tracegraph.http.Errors;
import org.tracegraph.http.Problem;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;
import org.tracegraph.neo4j.RequestBookmarks;

/**
 * Runs an analyst's Cypher, read-only by more than one layer: {@link QueryGuard} refuses anything but a read
 * before it runs; it then runs in a transaction of read access mode (the server refuses writes in it), with a
 * timeout, its rows capped; and the transaction is rolled back, never committed.
 */
public final class CypherService {
    private final Database db;
    private final Duration timeout;
    private final int maxRows;

    public CypherService(Database db, Duration timeout, int maxRows) {
        this.db = db;
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    public CypherResult run(String query, Map<String, Object> params) {
        try (var session = db.readSession()) {
            var checked = QueryGuard.check(session, query, params);
            var bounded = new java.util.HashMap<String, Object>(params);
            bounded.put(ValueBound.PARAMETER, ValueBound.MAX_ITEMS);
            var text = QueryGuard.bounded(session, query, checked.columns(), bounded);
            var config = TransactionConfig.builder().withTimeout(timeout)
                    .withMetadata(Map.of("app", "tracegraph", "purpose", "analyst query")).build();
            try (var tx = session.beginTransaction(config)) {
                var result = tx.run(text, text.equals(query) ? params : bounded);
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
                if (!missing.isEmpty()) {
                    tx.run(CypherFile.query("app/nodes-by-element-id.cypher"), Map.of("ids", missing))
                            .forEachRemaining(row -> graph.add(row.get("n").asNode()));
                }
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
                throw new ApiException(new Problem(Errors.QUERY_TOO_LARGE, "Query too large", 422,
                        "The query's result did not arrive in time: it holds a value too large to send (such as a"
                                + " list of millions of items); return less", "query"));
            }
            throw e;
        } catch (TransientException e) {
            // Neo4j counts running out of a query's memory allowance as transient; for this query it is not
            if (String.valueOf(e.code()).contains("Memory")) throw tooLarge(e);
            throw e;
        }
    }

    /** Neo4j's own words for a bad query, with where it is; a write or a timeout said plainly. */
    private ApiException explain(ClientException e) {
        var code = String.valueOf(e.code());
        if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated")) {
            return new ApiException(new Problem(Errors.QUERY_TIMEOUT, "Query timed out", 504,
                    "The query ran longer than " + timeout.toSeconds() + " s and was stopped; narrow it down (a"
                            + " more selective MATCH, a LIMIT) and run it again", "query"));
        }
        if (code.contains("AccessMode") || code.contains("Forbidden")) {
            return QueryGuard.refused("it writes to the graph, which the read-only transaction does not allow");
        }
        if (code.contains("Memory")) return tooLarge(e);
        if (code.contains("ProcedureNotFound")) {
            return QueryGuard.refused("it calls a procedure this server does not have (" + firstLine(e) + ")");
        }
        return new ApiException(new Problem(Errors.BAD_QUERY, "Bad query", 400, e.getMessage(), "query"));
    }

    private static ApiException tooLarge(long items) {
        return new ApiException(new Problem(Errors.QUERY_TOO_LARGE, "Query too large", 422, String.format(
                "The query returns a value of %,d items (a list or a string); one value may hold at most %,d. Return"
                        + " less: a slice (list[0..100]), a count (size(list)), or the items as rows (UNWIND)",
                items, ValueBound.MAX_ITEMS), "query"));
    }

    private static ApiException tooLarge(Exception e) {
        return new ApiException(new Problem(Errors.QUERY_TOO_LARGE, "Query too large", 422,
                "The query needs more memory than one query may use; narrow it down (" + firstLine(e) + ")", "query"));
    }

    private static String firstLine(Exception e) {
        var message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
