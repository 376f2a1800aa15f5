package org.tracegraph.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names every expression of a query's last RETURN: {@code RETURN n.name, count(*)} becomes
 * {@code RETURN n.name AS `n.name`, count(*) AS `count(*)`}, with the column names Neo4j itself gives them, so
 * that the query can stand inside {@code CALL { }}, which takes only named expressions. It reads Cypher only
 * as far as it must: strings, quoted names, comments and brackets, to find the RETURN at the top level and the
 * commas and AS between its items. The query means the same afterwards, column names included.
 */
final class ReturnAliases {
    private ReturnAliases() {
    }

    /** The query with its last RETURN's items named, or the query as it is when there is nothing to name. */
    static String add(String query, List<String> columns) {
        var tokens = tokens(query);
        int ret = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).depth == 0 && tokens.get(i).is("RETURN")) ret = i;
        }
        if (ret < 0) return query;
        int first = ret + 1;
        if (first < tokens.size() && tokens.get(first).is("DISTINCT")) first++;
        // the items run to ORDER BY, SKIP, LIMIT, OFFSET or the end, split by the commas between them
        var items = new ArrayList<int[]>();
        int start = first;
        int end = first;
        for (; end < tokens.size(); end++) {
            var t = tokens.get(end);
            if (t.depth != 0) continue;
            if (t.is("ORDER") || t.is("SKIP") || t.is("LIMIT") || t.is("OFFSET") || t.is(";")) break;
            if (t.is(",")) {
                items.add(new int[] {start, end});
                start = end + 1;
            }
        }
        items.add(new int[] {start, end});
        if (items.size() != columns.size()) return query;
        var text = new StringBuilder(query);
        // from the last item back, so that earlier offsets stay true
        for (int i = items.size() - 1; i >= 0; i--) {
            int from = items.get(i)[0];
            int to = items.get(i)[1];
            if (from >= to) return query;
            boolean named = false;
            for (int k = from; k < to; k++) named |= tokens.get(k).depth == 0 && tokens.get(k).is("AS");
            if (named || (to - from == 1 && tokens.get(from).is("*"))) continue;
            var column = "`" + columns.get(i).replace("`", "``") + "`";
            text.insert(tokens.get(to - 1).end, " AS " + column);
        }
        return text.toString();
    }

    private record Token(String text, int end, int depth) {
        boolean is(String word) {
            return text.toUpperCase(Locale.ROOT).equals(word);
        }
    }

    /** Words, quoted names and single characters of the query, with their nesting; strings and comments skipped. */
    private static List<Token> tokens(String q) {
        var tokens = new ArrayList<Token>();
        int depth = 0;
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (q.startsWith("//", i)) {
                int newline = q.indexOf('\n', i);
                i = newline < 0 ? q.length() : newline + 1;
            } else if (q.startsWith("/*", i)) {
                int close = q.indexOf("*/", i + 2);
                i = close < 0 ? q.length() : close + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < q.length() && q.charAt(j) != c) j += (q.charAt(j) == '\\' && c != '`') ? 2 : 1;
                j = Math.min(j + 1, q.length());
                tokens.add(new Token(q.substring(i, j), j, depth));
                i = j;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int j = i + 1;
                while (j < q.length() && (Character.isLetterOrDigit(q.charAt(j)) || q.charAt(j) == '_')) j++;
                tokens.add(new Token(q.substring(i, j), j, depth));
                i = j;
            } else {
                if (c == ')' || c == ']' || c == '}') depth--;
                tokens.add(new Token(String.valueOf(c), i + 1, depth));
                if (c == '(' || c == '[' || c == '{') depth++;
                i++;
            }
        }
        return tokens;
    }
}
