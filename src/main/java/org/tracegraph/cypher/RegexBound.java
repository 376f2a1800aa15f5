package org.tracegraph.cypher;

import java.util.ArrayDeque;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How long a regular expression may backtrack: Neo4j matches {@code =~} (the whole string, Java's matcher) within
 * a row, where its timeout does not reach. The work grows with the pattern's open-ended repeats that backtrack
 * against each other (its {@link #read degree} d) and the length n of the string: about n<sup>d</sup> steps.
 * {@code .*.*.*.*x} against 700 characters is 2.4·10<sup>11</sup> of them: 85 s of a core. Some constructs are
 * worse than any power of the length in Java's matcher (alternatives inside a repeated group, backreferences), or
 * would hide the pattern's structure from this reading (comments mode): those are refused whatever the string.
 */
final class RegexBound {
    /**
     * The steps (n<sup>d</sup>) one match may take: about a second on a busy core (measured with every core
     * taken: {@code .*.*x} on 10,000 characters, 10<sup>8</sup> steps, 5 s; {@code .*.*.*x} on 300, 230 ms). It
     * lets a pattern with a leading and a trailing {@code .*} run on a description (5,000 characters), and three
     * repeats on a name (300).
     */
    static final long MAX_STEPS = 30_000_000;

    /**
     * What reading a pattern found: its degree, or why its work has no bound ({@code null} when it has one), and
     * a hint for the analyst.
     */
    record Reading(long degree, String unbounded) {
    }

    private RegexBound() {
    }

    /** About how many steps matching a string of {@code length} characters takes: length<sup>degree</sup>. */
    static long steps(long degree, long length) {
        long steps = 1;
        for (long i = 0; i < degree && steps < Shape.MANY; i++) steps = Shape.times(steps, Math.max(1, length));
        return steps;
    }

    static long degree(String pattern) {
        return read(pattern).degree();
    }

    /**
     * Reads the pattern the way Java's {@link Pattern} does: escapes, {@code \Q…\E}, character classes (nested,
     * as Java allows), groups and quantifiers. The degree counts the open-ended quantifiers ({@code *}, {@code +},
     * {@code {n,}}, or more than 100 repeats) a match may have to try against each other; a group repeated
     * {@code {n}} times counts n times.
     */
    static Reading read(String pattern) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            // Neo4j would refuse it too, unless it reads the text otherwise than this does: refused either way
            return new Reading(Shape.MANY, "is not a regular expression Java reads (" + e.getDescription() + ")");
        }
        var groups = new ArrayDeque<Group>();
        groups.push(new Group());
        Group lastGroup = null;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            var group = lastGroup;
            lastGroup = null;
            if (c == '\\') {
                if (i + 1 < pattern.length()) {
                    char next = pattern.charAt(i + 1);
                    if ((next >= '1' && next <= '9') || next == 'k') {
                        return new Reading(Shape.MANY, "refers back to a group (\\" + next + "), which Java's matcher"
                                + " may backtrack over without bound");
                    }
                    if (next == 'Q') {
                        int end = pattern.indexOf("\\E", i + 2);
                        i = end < 0 ? pattern.length() : end + 1;
                        continue;
                    }
                }
                i++;
            } else if (c == '[') {
                i = endOfClass(pattern, i);
            } else if (c == '(') {
                if (pattern.startsWith("(?", i) && commentsFlag(pattern, i + 2)) {
                    return new Reading(Shape.MANY, "turns on comments mode (?x), which Tracegraph does not read;"
                            + " write the pattern without it");
                }
                groups.push(new Group());
            } else if (c == ')' && groups.size() > 1) {
                lastGroup = groups.pop();
                groups.peek().add(lastGroup);
            } else if (c == '|') {
                groups.peek().alternatives = true;
            } else if (c == '*' || c == '+' || c == '?' || (c == '{' && pattern.indexOf('}', i) > 0)) {
                long most = c == '{' ? most(pattern.substring(i + 1, pattern.indexOf('}', i)))
                        : c == '?' ? 1 : Long.MAX_VALUE;
                if (c == '{') i = pattern.indexOf('}', i);
                if (group != null && most > 1 && group.alternatives) {
                    return new Reading(Shape.MANY, "repeats a group of alternatives (a|b)*, which Java's matcher tries"
                            + " against each other without bound; use a character class such as [ab]* instead");
                }
                if (group != null && most > 1 && most != Long.MAX_VALUE) {
                    // the group counted once already: now as often as it may repeat
                    groups.peek().degree = Shape.plus(groups.peek().degree, Shape.times(group.degree, most - 1));
                }
                if (most > 100) groups.peek().degree = Shape.plus(groups.peek().degree, 1);
                // a lazy or possessive mark is part of this quantifier, not another one
                if (i + 1 < pattern.length() && (pattern.charAt(i + 1) == '?' || pattern.charAt(i + 1) == '+')) i++;
            }
        }
        // a group left open (Java refuses those) still counts
        while (groups.size() > 1) {
            var open = groups.pop();
            groups.peek().add(open);
        }
        return new Reading(groups.peek().degree, null);
    }

    /** A group of the pattern: the degree of what it holds, and whether alternatives are among it, at any depth. */
    private static final class Group {
        long degree;
        boolean alternatives;

        void add(Group inner) {
            degree = Shape.plus(degree, inner.degree);
            alternatives |= inner.alternatives;
        }
    }

    /** Where the character class opened at {@code start} ends: Java's classes nest ({@code [a[b]]}, {@code [a&&[^b]]}). */
    private static int endOfClass(String pattern, int start) {
        int depth = 0;
        for (int i = start; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (pattern.startsWith("\\Q", i)) {
                    int end = pattern.indexOf("\\E", i + 2);
                    i = end < 0 ? pattern.length() : end + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return pattern.length();
    }

    /** Whether the flags of a group opened with {@code (?} at {@code from} turn on comments mode. */
    private static boolean commentsFlag(String pattern, int from) {
        for (int i = from; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == 'x') return true;
            if (c == '-') return false; // flags after '-' are turned off
            if (!Character.isLetter(c)) return false;
        }
        return false;
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
