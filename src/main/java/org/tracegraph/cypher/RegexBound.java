package org.tracegraph.cypher;

import java.util.ArrayDeque;

/**
 * How long a regular expression may backtrack, read from the pattern alone: Neo4j matches {@code =~} within a
 * row, where its timeout does not reach, and {@code (.*a){20}} takes longer than any timeout on a string of a
 * few hundred characters.
 */
final class RegexBound {
    /** Open-ended repeats a pattern may try against each other: a string's length to this power. */
    static final int MAX_DEGREE = 4;

    private RegexBound() {
    }

    /**
     * How many open-ended quantifiers ({@code *}, {@code +}, {@code {n,}}) a match may have to try against each
     * other: each one more multiplies the backtracking by the string's length, and a group repeated {@code {n}}
     * times counts n times. Java's matcher remembers where a {@code *} or {@code +} of a group failed, so
     * {@code (a+)+} counts 2, not exponentially; {@code (.*a){20}} counts 20.
     */
    static long degree(String pattern) {
        var groups = new ArrayDeque<long[]>(); // per open group: its degree so far
        groups.push(new long[1]);
        long lastGroup = -1;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            long group = lastGroup;
            lastGroup = -1;
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                for (i++; i < pattern.length() && pattern.charAt(i) != ']'; i++) if (pattern.charAt(i) == '\\') i++;
            } else if (c == '(') {
                groups.push(new long[1]);
            } else if (c == ')' && groups.size() > 1) {
                lastGroup = groups.pop()[0];
                groups.peek()[0] = Shape.plus(groups.peek()[0], lastGroup);
            } else if (c == '*' || c == '+' || (c == '{' && pattern.indexOf('}', i) > 0)) {
                long most = c == '{' ? most(pattern.substring(i + 1, pattern.indexOf('}', i))) : Long.MAX_VALUE;
                if (group > 0 && most != Long.MAX_VALUE) {
                    // the group counted once already: now as often as it may repeat
                    groups.peek()[0] = Shape.plus(groups.peek()[0], Shape.times(group, most - 1));
                }
                if (most > 100) groups.peek()[0] = Shape.plus(groups.peek()[0], 1);
            }
        }
        return groups.getLast()[0];
    }

    /** The most repeats of {@code {n}}, {@code {n,m}}, {@code {n,}}. */
    private static long most(String bounds) {
        var parts = bounds.split(",", -1);
        var last = parts[parts.length - 1].strip();
        try {
            return last.isEmpty() ? Long.MAX_VALUE : Long.parseLong(last);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
