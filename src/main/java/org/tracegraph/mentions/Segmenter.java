package org.tracegraph.mentions;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sentences of a text, as ICU's sentence rules find them with the Unicode CLDR's list of abbreviations
 * after which no sentence ends ({@code ss=standard}: "Mr. Aliyev" stays one sentence). ICU's list misses a few
 * that news texts use before a capital ("Dr. Smith", "the U.S. Embassy"): {@link #ABBREVIATIONS} are joined
 * back. A sentence is trimmed of the white space around it; offsets are UTF-16, as Java and JavaScript count.
 */
public final class Segmenter {
    /** Words after which a break ICU found is no sentence end (lower-cased, with their dots). */
    static final Set<String> ABBREVIATIONS = Set.of("dr.", "prof.", "gen.", "col.", "lt.", "sgt.", "capt.", "gov.",
            "sen.", "rep.", "st.", "jr.", "sr.", "no.", "vs.", "u.s.", "u.k.", "u.n.", "e.u.", "u.s.s.r.");
    private static final ULocale LOCALE = new ULocale("en@ss=standard");

    private Segmenter() {
    }

    /** A sentence: {@code text.substring(start, end)}. */
    public record Sentence(int start, int end) {
    }

    public static List<Sentence> sentences(String text) {
        var breaks = BreakIterator.getSentenceInstance(LOCALE);
        breaks.setText(text);
        var found = new ArrayList<Sentence>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < text.length() && endsInAbbreviation(text, start, end)) continue;
            add(found, text, start, end);
            start = end;
        }
        return found;
    }

    private static void add(List<Sentence> found, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) found.add(new Sentence(start, end));
    }

    /** Whether the last word before {@code end} is one of {@link #ABBREVIATIONS} and no line ends there. */
    private static boolean endsInAbbreviation(String text, int start, int end) {
        int last = end;
        while (last > start && text.charAt(last - 1) == ' ') last--;
        if (last == end || last == start) return false; // a line break or nothing between: a real end
        int first = last;
        while (first > start && !Character.isWhitespace(text.charAt(first - 1)) && text.charAt(first - 1) != '(') first--;
        return ABBREVIATIONS.contains(text.substring(first, last).toLowerCase(Locale.ROOT));
    }
}
