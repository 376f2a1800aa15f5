package org.tracegraph.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.tracegraph.core.Folding;

/**
 * How likely two entities are one: the similarity of their closest names in one Latin spelling
 * ({@link Folding#latin}; the mean of Jaro-Winkler and Levenshtein similarity from Apache Commons Text, word
 * order ignored), then lowered for different types, different dates or a relationship between the two (two
 * people linked as relatives are two people), and raised a little by neighbours they share.
 */
final class DuplicateScore {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /** What the score is computed from: the names (the name first, then the aliases), type, dates, the graph. */
    record Entity(String id, String name, List<String> aliases, String type, String date) {
        List<String> names() {
            var names = new ArrayList<String>();
            if (name != null) names.add(name);
            names.addAll(aliases);
            return names;
        }
    }

    private DuplicateScore() {
    }

    static DuplicatePair score(Entity a, Entity b, List<String> shared, List<String> linked) {
        var why = new ArrayList<DuplicatePair.Reason>();
        String bestA = a.name();
        String bestB = b.name();
        double names = 0;
        for (var nameA : a.names()) {
            var keyA = Folding.latin(nameA);
            for (var nameB : b.names()) {
                var keyB = Folding.latin(nameB);
                double similarity = similarity(keyA, keyB);
                if (similarity > names || (similarity == names && nameA.equals(nameB))) {
                    names = similarity;
                    bestA = nameA;
                    bestB = nameB;
                }
            }
        }
        why.add(new DuplicatePair.Reason("names", nameReason(bestA, bestB, names)));
        double score = names;
        if (a.type().equals(b.type())) {
            why.add(new DuplicatePair.Reason("type", "both are of the type " + a.type()));
        } else {
            score *= 0.5;
            why.add(new DuplicatePair.Reason("type", "different types: " + a.type() + " and " + b.type()));
        }
        if (a.date() != null && b.date() != null) {
            if (a.date().equals(b.date())) {
                score = Math.min(1, score + 0.05);
                why.add(new DuplicatePair.Reason("dates", "the same date: " + a.date()));
            } else if (a.date().startsWith(b.date()) || b.date().startsWith(a.date())) {
                why.add(new DuplicatePair.Reason("dates", "dates that agree at different precision: " + a.date()
                        + " and " + b.date()));
            } else {
                score *= 0.6;
                why.add(new DuplicatePair.Reason("dates", "different dates: " + a.date() + " and " + b.date()));
            }
        }
        if (!linked.isEmpty()) {
            score *= 0.7;
            why.add(new DuplicatePair.Reason("linked", "linked to each other (" + String.join(", ", linked)
                    + "), which two different entities are more often than one"));
        }
        if (!shared.isEmpty()) {
            score = Math.min(1, score + Math.min(0.1, 0.03 * shared.size()));
            var named = shared.stream().limit(3).toList();
            why.add(new DuplicatePair.Reason("neighbours", shared.size() + (shared.size() == 1 ? " shared neighbour: "
                    : " shared neighbours: ") + String.join(", ", named) + (shared.size() > named.size() ? ", ..." : "")));
        }
        return new DuplicatePair(new DuplicatePair.Side(a.id(), a.name(), a.type(), bestA),
                new DuplicatePair.Side(b.id(), b.name(), b.type(), bestB), Math.round(score * 1000) / 1000.0, why);
    }

    /** Of two names in Latin: the better of the names as they are and with their words in order. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        return Math.max(blend(a, b), blend(sorted(a), sorted(b)));
    }

    private static double blend(String a, String b) {
        double levenshtein = 1 - (double) LEVENSHTEIN.apply(a, b) / Math.max(a.length(), b.length());
        return (JARO_WINKLER.apply(a, b) + levenshtein) / 2;
    }

    private static String sorted(String words) {
        var parts = words.split(" ");
        Arrays.sort(parts);
        return String.join(" ", parts);
    }

    private static String nameReason(String a, String b, double similarity) {
        var percent = String.format(Locale.ROOT, "%.0f%%", similarity * 100);
        var latinA = Folding.latin(a);
        var latinB = Folding.latin(b);
        if (latinA.equals(latinB)) {
            return a.equals(b) ? "the same name: " + a
                    : "'" + a + "' and '" + b + "' are one name in Latin letters: " + latinA;
        }
        return "'" + a + "' and '" + b + "' are " + percent + " alike in Latin letters (" + latinA + ", " + latinB + ")";
    }
}
