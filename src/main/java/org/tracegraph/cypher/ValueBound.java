package org.tracegraph.cypher;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The last layer against a query that returns one enormous value ({@code RETURN range(1, 200000000)}, a string
 * doubled thirty times): Neo4j's Bolt server builds a record whole before it sends it, outside the query's
 * memory allowance and its timeout, so such a value would keep the server busy for minutes. The analyst's
 * query runs inside {@code CALL { }}, and each column it returns is measured before it leaves the database: a
 * list or string over {@link #MAX_ITEMS} items comes back as a marker instead, which the service turns into a
 * 422. Sizes are cheap to take: {@code range()} is lazy and knows its size. Lists inside lists are not
 * measured (a query can still nest enormous lists); the transaction timeout stops a query between rows.
 */
final class ValueBound {
    static final int MAX_ITEMS = 100_000;
    static final String PARAMETER = "__tracegraph_max_items";
    static final String MARKER = "__tracegraph_too_large__";

    private ValueBound() {
    }

    /** The query with its columns measured, or null when it returns nothing to measure. */
    static String wrap(String query, List<String> columns) {
        if (columns.isEmpty()) return null;
        var projections = columns.stream().map(ValueBound::measured).collect(Collectors.joining(",\n       "));
        // the line breaks keep a trailing // comment of the analyst's query from hiding the closing brace
        return "CALL {\n" + query + "\n}\nRETURN " + projections;
    }

    private static String measured(String column) {
        var c = "`" + column.replace("`", "``") + "`";
        // read through a map so the type checker sees Any: size() of a column it knows to be a number would not plan
        var any = "({v: " + c + "}).v";
        var size = "CASE WHEN valueType(" + c + ") STARTS WITH 'LIST' OR valueType(" + c + ") STARTS WITH 'STRING'"
                + " THEN size(" + any + ") ELSE 0 END";
        return "CASE WHEN " + size + " > $" + PARAMETER + " THEN {" + MARKER + ": " + size + "} ELSE " + c + " END AS " + c;
    }
}
