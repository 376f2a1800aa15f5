package org.tracegraph.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tracegraph.core.EntityType;
import org.tracegraph.core.Folding;
import org.tracegraph.mentions.Mention;
import org.tracegraph.mentions.Segmenter;

/**
 * Names a text gives that the graph does not know: the documented fallback of docs/editing.md ("Documents in"),
 * used because no maintained NLP library with its models on Maven Central was available to this build (Apache
 * OpenNLP's UD models were not). A name is a run of capitalised words inside a sentence (Latin, Azerbaijani or
 * Cyrillic letters), joined by "of", "for", "and" or "the" ("Ministry of Internal Affairs"), that overlaps no
 * known entity's mention and is not a word of {@link #STOP}; a single word counts only after an honorific
 * ("Mr. Hasanov"), inside a sentence after a place preposition ("in Ganja"), or written in capitals ("OSCE").
 * Each name comes with a suggested type, for the editor to confirm or change: a person after an honorific or for
 * two to three plain words, an organisation when a word of {@link #ORGANISATION_WORDS} is in it, a place after a
 * place preposition; else none.
 */
public final class NewNames {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}\\p{N}'’-]*\\.?");
    private static final Set<String> HONORIFICS = Set.of("mr.", "ms.", "mrs.", "dr.", "mr", "ms", "mrs", "dr",
            "prof.", "sir", "madam", "mister");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the");
    private static final Set<String> PLACE_WORDS = Set.of("in", "from", "near", "to", "at");
    private static final Set<String> ORGANISATION_WORDS = Set.of("party", "ministry", "agency", "union", "council",
            "committee", "bank", "company", "corporation", "inc", "ltd", "llc", "institute", "university",
            "association", "foundation", "group", "service", "radio", "television", "tv", "news", "newspaper",
            "parliament", "court", "police", "office", "embassy", "center", "centre", "network", "front",
            "movement", "organisation", "organization", "fund", "commission", "department", "bureau", "club",
            "society", "federation", "alliance", "assembly", "government", "times", "post", "press", "school",
            "academy", "channel", "agentlik", "partiya", "партия", "министерство");
    /** Capitalised words that start sentences or name no one: never a name, nor its first or last word. */
    static final Set<String> STOP = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "or", "he", "she", "it",
            "they", "we", "i", "you", "his", "her", "their", "our", "its", "this", "that", "these", "those", "there",
            "then", "when", "while", "after", "before", "since", "during", "according", "as", "if", "so", "yet",
            "for", "from", "to", "of", "with", "by", "mr.", "ms.", "mrs.", "dr.", "mr", "ms", "mrs", "dr", "no",
            "not", "one", "two", "three", "what", "who", "why", "how", "where", "however", "also", "later",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "president", "minister", "prime", "mp", "ceo", "director", "chairman", "editor", "journalist", "reporter",
            "tv", "ok", "yes", "all", "some", "many", "most", "each", "every", "both", "other", "another", "such",
            "here", "now", "today", "yesterday", "tomorrow", "last", "next", "first", "new", "old", "said", "says");

    private NewNames() {
    }

    /** A name found: {@code text.substring(start, end)}, in the sentence {@code sentence}; its suggested type or null. */
    public record Found(String name, int start, int end, Segmenter.Sentence sentence, String suggestedType) {
    }

    private record Word(String text, int start, int end) {
        String bare() {
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0)) || Character.isTitleCase(text.codePointAt(0));
        }

        boolean allCaps() {
            var b = bare();
            return b.length() >= 3 && b.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }
    }

    /**
     * The new names of {@code text}, each once (the first time it is written, compared folded), in order;
     * {@code known} are the mentions of known entities (their spans are never a new name).
     */
    public static List<Found> in(String text, List<Mention> known) {
        var found = new LinkedHashMap<String, Found>();
        for (var sentence : Segmenter.sentences(text)) {
            var words = words(text, sentence);
            int i = 0;
            while (i < words.size()) {
                if (!words.get(i).capitalised() || known(known, words.get(i))) {
                    i++;
                    continue;
                }
                int end = i; // the run is words[i..end]
                while (true) {
                    int next = end + 1;
                    while (next < words.size() && CONNECTORS.contains(words.get(next).text())
                            && continues(text, words.get(next - 1), words.get(next))) next++;
                    if (next < words.size() && words.get(next).capitalised() && !known(known, words.get(next))
                            && continues(text, words.get(next - 1), words.get(next))) {
                        end = next;
                    } else {
                        break;
                    }
                }
                var candidate = candidate(text, sentence, words, i, end);
                if (candidate != null) found.putIfAbsent(Folding.fold(candidate.name()), candidate);
                i = end + 1;
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Whether {@code b} may follow {@code a} in one name: one space between, and no full stop but an initial's. */
    private static boolean continues(String text, Word a, Word b) {
        return adjacent(text, a, b) && (!a.text().endsWith(".") || isInitial(a));
    }

    /** An initial such as "J." inside a name: the run goes on after it. */
    private static boolean isInitial(Word w) {
        return w.text().length() == 2 && w.text().endsWith(".");
    }

    private static Found candidate(String text, Segmenter.Sentence sentence, List<Word> words, int from, int to) {
        while (from <= to && (STOP.contains(words.get(from).lower()) || STOP.contains(words.get(from).bare().toLowerCase(Locale.ROOT)))) from++;
        while (to >= from && (STOP.contains(words.get(to).bare().toLowerCase(Locale.ROOT))
                || CONNECTORS.contains(words.get(to).lower()))) to--;
        if (from > to) return null;
        var first = words.get(from);
        var last = words.get(to);
        int count = to - from + 1;
        var before = from > 0 ? words.get(from - 1).lower() : null;
        boolean honorific = before != null && HONORIFICS.contains(before);
        boolean place = before != null && PLACE_WORDS.contains(before);
        boolean organisation = false;
        for (int k = from; k <= to; k++) {
            if (ORGANISATION_WORDS.contains(words.get(k).bare().toLowerCase(Locale.ROOT))) organisation = true;
        }
        boolean startsSentence = from == 0;
        if (count == 1 && !honorific && !(place && !startsSentence) && !(last.allCaps() && !startsSentence)
                && !organisation) {
            return null;
        }
        int end = last.end();
        if (text.charAt(end - 1) == '.' && !isInitial(last)) end--; // a sentence's full stop is not the name's
        var name = text.substring(first.start(), end);
        if (name.codePoints().filter(Character::isLetter).count() < 2) return null;
        String type = null;
        if (organisation || count == 1 && last.allCaps()) type = EntityType.ORGANISATION.label();
        else if (honorific) type = EntityType.PERSON.label();
        else if (place && count == 1) type = EntityType.PLACE.label();
        else if (count >= 2 && count <= 3) type = EntityType.PERSON.label();
        return new Found(name, first.start(), end, sentence, type);
    }

    private static boolean known(List<Mention> known, Word w) {
        for (var m : known) if (m.start() < w.end() && w.start() < m.end()) return true;
        return false;
    }

    /** Two words with nothing but one space (or a no-break space) between them. */
    private static boolean adjacent(String text, Word a, Word b) {
        var gap = text.substring(a.end(), b.start());
        return gap.equals(" ") || gap.equals("\u00a0");
    }

    private static List<Word> words(String text, Segmenter.Sentence sentence) {
        var words = new ArrayList<Word>();
        var m = WORD.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) words.add(new Word(m.group(), m.start(), m.end()));
        return words;
    }
}
