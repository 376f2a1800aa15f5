package org.tracegraph.cypher;

import org.tracegraph.core.ProblemType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.tracegraph.core.ProblemException;

/**
 * The first of the read-only layers: Neo4j plans the query with EXPLAIN (running nothing) and says what kind
 * of query it is and what it would do. Anything but a plain read of this graph is refused before it runs:
 * writes and schema changes, file and network access, administration, and procedures not known to be reads.
 * The Community edition has no roles to enforce this; the app does.
 */
final class QueryGuard {
    /** Procedures that only read the graph or its schema: the analyst's toolbox. Anything else is refused. */
    private static final Set<String> READ_PROCEDURES = Set.of(
            "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
            "db.schema.nodeTypeProperties", "db.schema.relTypeProperties", "db.index.fulltext.queryNodes",
            "db.index.fulltext.queryRelationships", "db.index.fulltext.listAvailableAnalyzers");
    /** Plan operators that read outside the graph, or administer the server: refused whatever the query type. */
    private static final Pattern REFUSED_OPERATOR = Pattern.compile(
            "LoadCSV|.*User.*|.*Role.*|.*Privilege.*|.*Database.*|.*Server.*|.*Alias.*|ShowSettings|ShowTransactions"
                    + "|TerminateTransactions|.*Administration.*|SystemProcedureCall|.*Command.*");
    private static final String EXPLAIN = "EXPLAIN ";
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");
    private static final Pattern PROCEDURE = Pattern.compile("([A-Za-z_][\\w.]*)\\s*\\(");

    /**
     * Query texts that passed, with the text each runs as. What the guard reads from a plan (read or write, its
     * operators, the procedures it calls, whether the wrapper holds it) is fixed by the text, not by the
     * parameters' values, so a text that passed once would pass again: its two EXPLAINs are not sent again.
     * Nothing refused is kept. Least recently used out first; long texts are not kept, so this stays small
     * (a few MB at worst). One per process: that depends on the text and Neo4j's Cypher, not on the database.
     */
    private static final int PASSED_MAX = 500;
    private static final int PASSED_MAX_LENGTH = 4_000;
    private static final Map<String, String> PASSED = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > PASSED_MAX;
                }
            });

    private QueryGuard() {
    }

    /** The text a query that passed before runs as, or null when it has not passed (or was forgotten). */
    static String passedBefore(String query) {
        return PASSED.get(query);
    }

    /** What the plan says: the summary, and the columns the query returns. */
    record Checked(ResultSummary summary, List<String> columns) {
    }

    /** Plans the query in a read transaction that is rolled back; throws a 403 problem naming the reason. */
    static Checked check(Session session, String query, Map<String, Object> params) {
        ResultSummary summary;
        List<String> columns;
        try (var tx = session.beginTransaction(TransactionConfig.builder()
                .withMetadata(Map.of("app", "tracegraph", "purpose", "explain")).build())) {
            var result = tx.run(EXPLAIN + query, params);
            columns = result.keys();
            summary = result.consume();
            tx.rollback();
        } catch (ClientException e) {
            if (String.valueOf(e.code()).contains("Syntax")) throw syntaxError(e);
            throw e;
        }
        var type = summary.queryType();
        if (type != QueryType.READ_ONLY) {
            throw refused(switch (type) {
                case SCHEMA_WRITE -> "it changes the schema (indexes or constraints)";
                case WRITE_ONLY, READ_WRITE -> "it writes to the graph; the Cypher endpoint only reads";
                default -> "Neo4j cannot say that it only reads";
            });
        }
        if (summary.hasPlan()) inspect(summary.plan());
        return new Checked(summary, columns);
    }

    /**
     * The query as it should run: inside {@link ValueBound}'s weighing wrapper. The one shape that cannot stand
     * inside {@code CALL { }} and runs as written is a procedure call without YIELD, whose procedure is one of
     * the allowed reads (its values are the schema's or an index's). Any other query the wrapper cannot hold is
     * refused: running it as written would let one enormous value past the bound.
     */
    static String bounded(Session session, Checked checked, String query, Map<String, Object> params) {
        if (checked.columns().isEmpty()) return passed(query, query);
        ClientException refusal = null;
        for (boolean scoped : new boolean[] {true, false}) {
            var wrapped = ValueBound.wrap(query, checked.columns(), scoped);
            try (var tx = session.beginTransaction(TransactionConfig.builder()
                    .withMetadata(Map.of("app", "tracegraph", "purpose", "explain")).build())) {
                var summary = tx.run(EXPLAIN + wrapped, params).consume();
                tx.rollback();
                // the wrapper must not change what the query is: still a read
                if (summary.queryType() == QueryType.READ_ONLY) return passed(query, wrapped);
                throw unbounded("it is no longer a read once wrapped");
            } catch (ClientException e) {
                if (refusal == null) refusal = e;
            }
        }
        if (isProcedureCallAlone(checked.summary())) return passed(query, query);
        throw unbounded(refusal.getMessage());
    }

    private static String passed(String query, String text) {
        if (query.length() <= PASSED_MAX_LENGTH) PASSED.put(query, text);
        return text;
    }

    /** A plan that is one procedure call and nothing else: {@code CALL db.labels()}. */
    private static boolean isProcedureCallAlone(ResultSummary summary) {
        if (!summary.hasPlan()) return false;
        var plan = summary.plan();
        while (plan.operatorType().startsWith("ProduceResults") && plan.children().size() == 1) plan = plan.children().get(0);
        return plan.operatorType().startsWith("ProcedureCall") && plan.children().isEmpty();
    }

    private static ProblemException unbounded(String why) {
        var reason = String.valueOf(why);
        int newline = reason.indexOf('\n');
        return ProblemType.BAD_QUERY.exception("Tracegraph runs an analyst's query"
                + " inside CALL { } to weigh what it returns, and this one cannot stand there ("
                + (newline < 0 ? reason : reason.substring(0, newline)) + "). Query options (CYPHER …) may stand"
                + " only at the very start; USE clauses are not needed here", "query");
    }

    private static void inspect(Plan plan) {
        var operator = plan.operatorType().replaceAll("@.*$", "");
        if (REFUSED_OPERATOR.matcher(operator).matches()) {
            throw refused(operator.startsWith("LoadCSV") ? "it reads files or URLs (LOAD CSV)"
                    : "it administers the server (" + operator + ")");
        }
        if (operator.contains("ProcedureCall")) {
            for (var name : procedures(plan)) {
                if (!READ_PROCEDURES.contains(name)) {
                    throw refused("it calls the procedure " + name + ", which is not one of the read procedures"
                            + " allowed here: " + String.join(", ", READ_PROCEDURES.stream().sorted().toList()));
                }
            }
        }
        for (var child : plan.children()) inspect(child);
    }

    /** Procedure names from a ProcedureCall operator's details, e.g. "db.labels() :: (label :: STRING)". */
    private static List<String> procedures(Plan plan) {
        var names = new ArrayList<String>();
        for (var argument : plan.arguments().values()) {
            if (argument.type().name().equals("STRING")) {
                var matcher = PROCEDURE.matcher(argument.asString());
                while (matcher.find()) names.add(matcher.group(1));
            }
        }
        if (names.isEmpty()) names.add("(unnamed)");
        return names.stream().filter(n -> !n.toLowerCase(Locale.ROOT).equals("yield")).toList();
    }

    /**
     * Neo4j's syntax error, with its positions moved back to the query as the analyst wrote it (Neo4j saw it
     * behind "EXPLAIN ", which it quotes and counts in the line, column and offset it gives).
     */
    static ProblemException syntaxError(ClientException e) {
        var message = String.valueOf(e.getMessage());
        var position = POSITION.matcher(message);
        var fixed = new StringBuilder();
        while (position.find()) {
            int line = Integer.parseInt(position.group(1));
            int column = Integer.parseInt(position.group(2)) - (line == 1 ? EXPLAIN.length() : 0);
            int offset = Integer.parseInt(position.group(3)) - EXPLAIN.length();
            position.appendReplacement(fixed, "(line " + line + ", column " + column + " (offset: " + offset + "))");
        }
        position.appendTail(fixed);
        var lines = new ArrayList<String>(fixed.toString().lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            var l = lines.get(i);
            if (l.startsWith("\"" + EXPLAIN)) {
                lines.set(i, "\"" + l.substring(EXPLAIN.length() + 1));
                if (i + 1 < lines.size() && lines.get(i + 1).startsWith(" ".repeat(EXPLAIN.length()))) {
                    lines.set(i + 1, lines.get(i + 1).substring(EXPLAIN.length()));
                }
            }
        }
        return ProblemType.BAD_QUERY.exception(String.join("\n", lines), "query");
    }

    static ProblemException refused(String why) {
        return ProblemType.QUERY_REFUSED.exception("Tracegraph does not run this query: " + why + ".", "query");
    }
}
