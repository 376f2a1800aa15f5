package org.tracegraph.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that a quote is verbatim from a held text (docs/editing.md, "Verified quotes"). Before comparing,
 * both sides are folded the same way, and in no other way: every run of whitespace (any Unicode White_Space
 * character, the no-break spaces among them) becomes one space, and the typographic quote marks and
 * apostrophes become their typewriter forms (‘ ’ ‚ ‛ → ', “ ” „ ‟ → "). Case, dashes, accents, punctuation
 * and every other character must match exactly. Where a quote is found is said in the held text's own
 * characters (UTF-16 code units, as Java and JavaScript index strings): {@code text.substring(start, end)}.
 */
public final class Quotes {
    private Quotes() {
    }

    /** Where a quote sits in the held text of one source. */
    public record Offset(String sourceId, int start, int end) {
        /** As stored on the relationship: {@code sourceId:start:end} (ids never hold a colon). */
        public String stored() {
            return sourceId + ":" + start + ":" + end;
        }

        public static Optional<Offset> parse(String stored) {
            var parts = stored.split(":");
            if (parts.length != 3) return Optional.empty();
            try {
                return Optional.of(new Offset(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * Where {@code quote} sits in each of {@code texts} (source id to held text) that holds it, in the order
     * of the map; empty when none does.
     */
    public static List<Offset> locate(String quote, Map<String, String> texts) {
        var found = new ArrayList<Offset>();
        if (quote == null || quote.isBlank()) return found;
        var folded = fold(quote).text().strip();
        texts.forEach((id, text) -> find(folded, text).ifPresent(at -> found.add(new Offset(id, at[0], at[1]))));
        return found;
    }

    /** The verification of a quote against the held texts of the sources a relationship cites. */
    public record Verification(boolean checked, List<Offset> offsets) {
        /** No cited source holds a text: nothing to check the quote against. */
        public boolean unchecked() {
            return !checked;
        }

        /** Checked and not found in any held text: a quote the sources do not support. */
        public boolean failed() {
            return checked && offsets.isEmpty();
        }

        public List<String> stored() {
            return offsets.stream().map(Offset::stored).toList();
        }
    }

    /**
     * Checks {@code quote} against the held texts of a relationship's sources ({@code sourceIds} in order,
     * {@code texts} the held ones). It passes when at least one held text holds it.
     */
    public static Verification verify(String quote, List<String> sourceIds, Map<String, String> texts) {
        var held = new LinkedHashMap<String, String>();
        for (var id : sourceIds) {
            if (texts.get(id) != null) held.put(id, texts.get(id));
        }
        if (held.isEmpty()) return new Verification(false, List.of());
        return new Verification(true, locate(quote, held));
    }

    /** {start, end} of the first place {@code foldedQuote} sits in {@code text}, in {@code text}'s indices. */
    private static Optional<int[]> find(String foldedQuote, String text) {
        if (foldedQuote.isEmpty()) return Optional.empty();
        var folded = fold(text);
        int at = folded.text().indexOf(foldedQuote);
        if (at < 0) return Optional.empty();
        int last = at + foldedQuote.length() - 1;
        return Optional.of(new int[] {folded.origin()[at], folded.originEnd()[last]});
    }

    /** A folded text, and for each of its characters where it starts and ends in the original. */
    private record Folded(String text, int[] origin, int[] originEnd) {
    }

    private static Folded fold(String text) {
        var out = new StringBuilder(text.length());
        var origin = new int[text.length()];
        var originEnd = new int[text.length()];
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isWhite(c)) {
                int start = i;
                while (i < text.length() && isWhite(text.charAt(i))) i++;
                origin[out.length()] = start;
                originEnd[out.length()] = i;
                out.append(' ');
                continue;
            }
            origin[out.length()] = i;
            originEnd[out.length()] = i + 1;
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F' -> '"';
                default -> c;
            });
            i++;
        }
        return new Folded(out.toString(), origin, originEnd);
    }

    /** Unicode White_Space: what Character.isWhitespace says, and the no-break spaces it leaves out. */
    private static boolean isWhite(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u0085';
    }
}
