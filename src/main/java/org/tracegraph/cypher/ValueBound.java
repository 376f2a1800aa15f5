package org.tracegraph.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last layer against a query that returns one enormous value ({@code RETURN range(1, 200000000)}, a string
 * doubled thirty times, ten such lists inside one list or map): Neo4j's Bolt server builds a record whole
 * before it sends it, outside the query's memory allowance and its timeout, so such a value would keep the
 * server busy for minutes. The analyst's query runs inside {@code CALL { }}, and each row it returns is weighed
 * before it leaves the database: the items of every list, map and string in it, level by level down to
 * {@link #MAX_DEPTH}. Each level is opened only while the weight so far is within {@link #MAX_ITEMS}, so the
 * weighing itself costs at most that many steps a level. A row over the limit, or nested deeper than the
 * levels weighed, comes back as a marker instead, which the service turns into a 422. A node or a relationship
 * weighs as the map of its properties (Bolt sends them all with it), a path as its nodes and relationships:
 * {@code collect(n)} of a large graph is refused in the database, before the row is built for sending.
 *
 * <p>Why the type tests look as they do: {@code valueType()} and {@code IS :: LIST<ANY>} walk every item of a
 * list to name its element type (seconds for a lazy {@code range()} of millions), while a test against a union
 * of the other types is answered at once; a list is what is none of them.
 */
final class ValueBound {
    static final int MAX_ITEMS = 100_000;
    static final int MAX_DEPTH = 6;
    static final String PARAMETER = "__tracegraph_max_items";
    static final String MARKER = "__tracegraph_too_large__";
    /** The weight given to a row nested deeper than {@link #MAX_DEPTH}: the service names it apart. */
    static final long TOO_DEEP = -1;

    private static final String NOT_A_LIST = "BOOLEAN | STRING | INTEGER | FLOAT | DATE | LOCAL TIME | ZONED TIME"
            + " | LOCAL DATETIME | ZONED DATETIME | DURATION | POINT | NODE | RELATIONSHIP | PATH | MAP";
    private static final String PREFIX = "__tracegraph_";
    /** {@code CYPHER 5 runtime=slotted} and the like at the start of a query. */
    static final Pattern QUERY_OPTIONS = Pattern.compile(
            "\\s*(CYPHER(?:\\s+(?:\\d+(?:\\.\\d+)?|\\w+\\s*=\\s*\\w+))*)\\s", Pattern.CASE_INSENSITIVE);
    // the wrapper's own variables, named so that no column of the analyst's query can shadow them
    private static final String X = PREFIX + "x", Y = PREFIX + "y", SUM = PREFIX + "sum", KEY = PREFIX + "key";

    private ValueBound() {
    }

    /** The columns of a query's last RETURN, and the text that names each of them; null for RETURN * or none. */
    record Named(String body, List<String> columns) {
    }

    /**
     * The query's text rebuilt from Neo4j's tokens, comments and white space included, with every unnamed item
     * of each final RETURN named as Neo4j names its column (the item as written): {@code RETURN n.name} becomes
     * {@code RETURN n.name AS `n.name`}, so that the query can stand inside {@code CALL { }}, which takes only
     * named items. Null when the query ends in something other than RETURN, or in {@code RETURN *}.
     */
    static Named named(CypherText query) {
        var statement = query.tree().statement(0);
        if (statement.regularQuery() == null) return null;
        var insert = new java.util.HashMap<Integer, String>();
        List<String> columns = null;
        for (var single : statement.regularQuery().singleQuery()) {
            var clauses = single.clause();
            var last = clauses.get(clauses.size() - 1).returnClause();
            if (last == null || last.returnBody().returnItems().TIMES() != null) return null;
            var names = new ArrayList<String>();
            for (var item : last.returnBody().returnItems().returnItem()) {
                if (item.variable() != null) {
                    names.add(QueryPolicy.unquoted(item.variable().getText()));
                } else {
                    var e = item.expression();
                    var name = query.source(e.getStart().getStartIndex(), e.getStop().getStopIndex());
                    names.add(name);
                    insert.put(e.getStop().getTokenIndex(), " AS " + quoted(name));
                }
            }
            if (columns == null) columns = names;
        }
        return new Named(body(query, insert), columns);
    }

    /** A query ending in RETURN *, its columns as Neo4j planned them: nothing to name. */
    static Named named(CypherText query, List<String> columns) {
        return new Named(body(query, java.util.Map.of()), columns);
    }

    private static String body(CypherText query, java.util.Map<Integer, String> insert) {
        var body = new StringBuilder();
        for (var t : query.tokens()) {
            if (t.getType() == org.antlr.v4.runtime.Token.EOF) break;
            // a final semicolon ends the statement: inside CALL { } it may not stand
            if (t.getType() == org.neo4j.cypher.internal.parser.v5.Cypher5Lexer.SEMICOLON) continue;
            body.append(t.getText());
            var name = insert.get(t.getTokenIndex());
            if (name != null) body.append(name);
        }
        return body.toString();
    }

    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /**
     * The query, its items named ({@link #named}), inside the weighing wrapper. {@code scoped}: {@code CALL () { }},
     * which Neo4j 5.23 and later want (the unscoped form is deprecated there, and its warning would reach the
     * analyst); unscoped {@code CALL { }} for older servers, which lack the form.
     */
    static String wrap(String options, Named query, boolean scoped) {
        var columns = query.columns();
        var prefix = options.isEmpty() ? "" : options + "\n";
        return prefix + wrap(query.body(), columns, scoped);
    }

    private static String wrap(String query, List<String> columns, boolean scoped) {
        var quoted = columns.stream().map(c -> "`" + c.replace("`", "``") + "`").toList();
        var level = PREFIX + "level";
        var weight = PREFIX + "weight";
        var over = PREFIX + "over";
        // the line breaks keep a trailing // comment of the analyst's query from hiding the closing brace
        var text = new StringBuilder(scoped ? "CALL () {\n" : "CALL {\n").append(query).append("\n}\n");
        // one chain for the whole row, whatever its width: a chain per column took the planner seconds a column
        // read through a map so the type checker sees Any: size() of a column it knows to be a number would not plan
        text.append("WITH *, [").append(String.join(", ", quoted.stream().map(c -> "({v: " + c + "}).v").toList()))
                .append("] AS ").append(level).append(1).append('\n');
        text.append("WITH *, ").append(weigh(level + 1)).append(" AS ").append(weight).append(1).append('\n');
        for (int depth = 2; depth <= MAX_DEPTH + 1; depth++) {
            text.append("WITH *, CASE WHEN ").append(weight).append(depth - 1).append(" <= $").append(PARAMETER)
                    .append(" THEN COLLECT { UNWIND ").append(level).append(depth - 1).append(" AS " + X + " UNWIND ")
                    .append(items(X)).append(" AS " + Y + " RETURN " + Y + " } ELSE [] END AS ").append(level).append(depth).append('\n');
            if (depth <= MAX_DEPTH) {
                text.append("WITH *, ").append(weight).append(depth - 1).append(" + ").append(weigh(level + depth))
                        .append(" AS ").append(weight).append(depth).append('\n');
            }
        }
        var total = weight + MAX_DEPTH;
        text.append("WITH *, CASE WHEN ").append(total).append(" > $").append(PARAMETER).append(" THEN ").append(total)
                .append(" WHEN any(" + X + " IN ").append(level).append(MAX_DEPTH + 1).append(" WHERE ").append(isContainer(X))
                .append(") THEN ").append(TOO_DEEP).append(" END AS ").append(over).append('\n');
        // an overweight row sends nothing of itself: the marker in its first column, nulls in the rest
        var projections = new ArrayList<String>();
        for (int i = 0; i < quoted.size(); i++) {
            var c = quoted.get(i);
            projections.add("CASE WHEN " + over + " IS NULL THEN " + c
                    + (i == 0 ? " ELSE {" + MARKER + ": " + over + "}" : "") + " END AS " + c);
        }
        return text.append("RETURN ").append(String.join(",\n       ", projections)).toString();
    }

    /** The sum of the sizes of a level's values. */
    private static String weigh(String level) {
        return "reduce(" + SUM + " = 0, " + X + " IN " + level + " | " + SUM + " + " + size(X) + ")";
    }

    /** How many items a value holds: characters of a string, entries of a map, items of a list; 0 for the rest. */
    private static String size(String x) {
        var any = "({v: " + x + "}).v";
        return "CASE WHEN " + x + " IS NULL THEN 0 WHEN " + x + " IS :: STRING THEN size(" + any + ")"
                + " WHEN " + x + " IS :: MAP | NODE | RELATIONSHIP THEN size(keys(" + any + "))"
                + " WHEN " + x + " IS :: PATH THEN 2 * length(" + any + ") + 1 WHEN " + x + " IS :: " + NOT_A_LIST
                + " THEN 0 ELSE size(" + any + ") END";
    }

    /** The values one level down: a map's values, a list's items, nothing for the rest. */
    private static String items(String x) {
        var any = "({v: " + x + "}).v";
        return "CASE WHEN " + x + " IS :: MAP | NODE | RELATIONSHIP THEN [" + KEY + " IN keys(" + any + ") | " + any + "[" + KEY + "]]"
                + " WHEN " + x + " IS :: PATH THEN nodes(" + any + ") + relationships(" + any + ")"
                + " WHEN " + x + " IS NULL OR " + x + " IS :: " + NOT_A_LIST + " THEN [] ELSE " + any + " END";
    }

    private static String isContainer(String x) {
        return x + " IS :: MAP | NODE | RELATIONSHIP | PATH OR NOT (" + x + " IS NULL OR " + x + " IS :: " + NOT_A_LIST + ")";
    }
}
