package org.tracegraph.cypher;

import org.tracegraph.core.Vocabulary;

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
 * Decides what text an analyst's query runs as, and checks that text before it runs. In layers that each hold
 * on their own:
 * <ol>
 * <li>{@link CypherText} reads the query with Neo4j's own lexer and parser, refusing one too deep or too long;
 * {@link QueryPolicy} refuses anything but one read of the public graph, naming what it found;
 * <li>{@link ValueBound} wraps it to weigh its rows, the text built from Neo4j's tokens, never edited by position
 * found by another reading; the wrapped text is read and checked by the policy again;
 * <li>Neo4j plans exactly the text that will run (EXPLAIN, running nothing) and its plan is inspected: a read,
 * no file or network access, no administration, procedures from the read allow-list only, nodes found only by
 * public labels. The Community edition has no roles to enforce this; the app does.
 * </ol>
 * The read-only transaction the query then runs in, and the check of the nodes it returns
 * ({@link CypherService}), are further layers again.
 */
final class QueryGuard {
    /** Plan operators that read outside the graph, or administer the server: refused whatever the query type. */
    private static final Pattern REFUSED_OPERATOR = Pattern.compile(
            "LoadCSV|.*User.*|.*Role.*|.*Privilege.*|.*Database.*|.*Server.*|.*Alias.*|ShowSettings|ShowTransactions"
                    + "|TerminateTransactions|.*Administration.*|SystemProcedureCall|.*Command.*|.*Transactions.*"
                    + "|.*Index.*Create.*|.*Create.*Index.*|.*Constraint.*|Show.*|Terminate.*|.*AllNodesScan"
                    + "|Transaction.*|.*Merge.*|.*Create.*|.*Delete.*|.*Set.*|.*Remove.*|Foreach.*|.*Lock.*");
    /** Plan operators that find nodes by label: their labels must be public ones. */
    private static final Pattern LABEL_OPERATOR = Pattern.compile(".*Node.*(Label|Index).*");
    /** Plan operators that find relationships by type or index: their types must be the vocabulary's. */
    private static final Pattern RELATIONSHIP_OPERATOR = Pattern.compile(".*Relationship.*(Scan|Seek).*");
    private static final Set<String> RELATIONSHIP_TYPES = Vocabulary.get().relationshipTypes()
            .stream().map(Vocabulary.RelationshipType::name).collect(java.util.stream.Collectors.toSet());
    private static final Pattern LABEL = Pattern.compile(":\\s*`?([^`\\s:&|(){}\\[\\],]+)`?");
    private static final String EXPLAIN = "EXPLAIN ";
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");
    private static final Pattern PROCEDURE = Pattern.compile("([A-Za-z_][\\w.]*)\\s*\\(");

    /**
     * Query texts that passed, with the text each runs as. What the guard reads from a text and its plan (read
     * or write, its operators, the procedures it calls, whether the wrapper holds it) is fixed by the text, not
     * by the parameters' values, so a text that passed once would pass again: it is not read or planned again.
     * Nothing refused is kept. Least recently used out first; long texts are not kept, so this stays small (a
     * few MB at worst). One per process: that depends on the text and Neo4j's Cypher, not on the database.
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

    /**
     * The text the query runs as, after every check; throws a 400 problem for a query that cannot be read, a
     * 403 one for a query that may not run, a 422 one for a loop Neo4j could not stop. {@code params} are the
     * analyst's, {@code bounded} the same with the wrapper's own.
     */
    static String check(Session session, String query, Map<String, Object> params, Map<String, Object> bounded) {
        var text = read(session, query, params);
        QueryPolicy.check(text);
        LoopBound.check(text, params);
        var named = ValueBound.named(text);
        if (named == null && endsInReturn(text)) {
            // RETURN *: only Neo4j knows its columns; the query as written is planned (and checked) for them
            var columns = explain(session, query, params, null).columns();
            named = ValueBound.named(text, columns);
        }
        if (named == null) {
            // a procedure call alone, or a query that returns nothing: no rows to weigh, run as checked
            explain(session, query, params, null);
            return passed(query, query);
        }
        ProblemException refusal = null;
        for (boolean scoped : new boolean[] {true, false}) {
            var wrapped = ValueBound.wrap(text.options(), named, scoped);
            // the plan that runs is the plan that is checked: the wrapped text, read and planned as it will run
            QueryPolicy.check(CypherText.readOwn(wrapped));
            try {
                explain(session, wrapped, bounded, named.columns());
                return passed(query, wrapped);
            } catch (Unwrappable e) {
                if (refusal == null) refusal = unbounded(e.getMessage());
            }
        }
        // Neo4j's own words when the query is wrong as written (a variable not defined), with its positions;
        // only when it is right as written is the wrapper to blame
        explain(session, query, params, null);
        throw refusal;
    }

    /** The query as Neo4j reads it; a query the grammar does not accept gets Neo4j's own words for why. */
    private static CypherText read(Session session, String query, Map<String, Object> params) {
        try {
            return CypherText.read(query);
        } catch (CypherText.Unreadable e) {
            try (var tx = session.beginTransaction(TransactionConfig.builder()
                    .withMetadata(Map.of("app", "tracegraph", "purpose", "explain")).build())) {
                tx.run(EXPLAIN + query, params).consume();
                tx.rollback();
            } catch (ClientException neo4j) {
                if (org.tracegraph.neo4j.RequestBookmarks.rejected(neo4j)) throw neo4j;
                if (String.valueOf(neo4j.code()).contains("Syntax")) throw syntaxError(neo4j);
            }
            throw CypherText.bad("Tracegraph cannot read this query exactly as Neo4j reads it (" + e.getMessage()
                    + "), so it cannot check it; write it in the Cypher 5 of Neo4j 5.26");
        }
    }

    private static boolean endsInReturn(CypherText text) {
        var statement = text.tree().statement(0);
        if (statement.regularQuery() == null) return false;
        var clauses = statement.regularQuery().singleQuery(0).clause();
        return clauses.get(clauses.size() - 1).returnClause() != null;
    }

    /** What the plan says: the summary, and the columns the query returns. */
    private record Explained(ResultSummary summary, List<String> columns) {
    }

    /** A text Neo4j would not plan as the wrapper wrote it. */
    private static final class Unwrappable extends RuntimeException {
        Unwrappable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Plans a text in a read transaction that is rolled back, and inspects the plan; throws a 403 problem naming
     * what the plan would do that it may not. {@code expected}: the columns a wrapped text must return, or null.
     */
    private static Explained explain(Session session, String text, Map<String, Object> params, List<String> expected) {
        ResultSummary summary;
        List<String> columns;
        try (var tx = session.beginTransaction(TransactionConfig.builder()
                .withMetadata(Map.of("app", "tracegraph", "purpose", "explain")).build())) {
            var result = tx.run(EXPLAIN + text, params);
            columns = result.keys();
            summary = result.consume();
            tx.rollback();
        } catch (ClientException e) {
            if (org.tracegraph.neo4j.RequestBookmarks.rejected(e)) throw e; // the client's bookmark, not the text
            if (expected != null) throw new Unwrappable(e.getMessage());
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
        if (expected != null && !columns.equals(expected)) {
            // Neo4j read the wrapped text otherwise than Tracegraph did: nothing about it can be trusted
            throw refused("Neo4j reads it otherwise than Tracegraph does (columns " + columns + ", not " + expected + ")");
        }
        return new Explained(summary, columns);
    }

    private static String passed(String query, String text) {
        if (query.length() <= PASSED_MAX_LENGTH) PASSED.put(query, text);
        return text;
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
                if (!QueryPolicy.READ_PROCEDURES.contains(name)) {
                    throw refused("it calls the procedure " + name + ", which is not one of the read procedures"
                            + " allowed here: " + String.join(", ", QueryPolicy.READ_PROCEDURES.stream().sorted().toList()));
                }
            }
        } else if (RELATIONSHIP_OPERATOR.matcher(operator).matches()) {
            // the policy anchors every pattern on an entity; a plan that starts from relationships of a type
            // the vocabulary does not have, or from all of them, is not the plan of such a pattern
            if (operator.contains("AllRelationships")) {
                throw refused("its plan reads every relationship (" + operator + "); start it from an entity: (n:Entity)");
            }
            for (var argument : plan.arguments().values()) {
                if (!argument.type().name().equals("STRING")) continue;
                var type = LABEL.matcher(argument.asString());
                while (type.find()) {
                    if (!RELATIONSHIP_TYPES.contains(type.group(1))) {
                        throw refused("its plan reads relationships of type " + type.group(1) + " (" + operator
                                + "), which are not part of the public graph");
                    }
                }
            }
        } else if (LABEL_OPERATOR.matcher(operator).matches()) {
            for (var argument : plan.arguments().values()) {
                if (!argument.type().name().equals("STRING")) continue;
                var label = LABEL.matcher(argument.asString());
                while (label.find()) {
                    if (!QueryPolicy.PUBLIC_LABELS.contains(label.group(1))) {
                        throw refused("its plan finds nodes labelled " + label.group(1) + " (" + operator + "), which"
                                + " are not part of the public graph");
                    }
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
