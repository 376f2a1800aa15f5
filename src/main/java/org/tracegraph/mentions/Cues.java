package org.tracegraph.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.tracegraph.core.Vocabulary;

/**
 * The vocabulary's cues ({@link Vocabulary.Cue}) in one sentence, each with the entity it suggests as the
 * claimant: the nearest mention before the cue or the first after it, as the cue says. Suggestions only.
 */
public final class Cues {
    private record Compiled(Vocabulary.Cue cue, Pattern pattern) {
    }

    private static final List<Compiled> CUES = Vocabulary.get().cues().stream()
            .map(c -> new Compiled(c, Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                    + String.join("|", c.words().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
            .toList();

    private Cues() {
    }

    /**
     * A cue found: the words as written ({@code sentence text.substring(start, end)}), its kind, the status it
     * suggests, and the id of the entity it suggests as claimant, or null.
     */
    public record Found(String text, int start, int end, String kind, String suggests, String claimant) {
    }

    /** The cues in {@code text} between {@code start} and {@code end}, in order; {@code mentions} in order too. */
    public static List<Found> in(String text, int start, int end, List<Mention> mentions) {
        var found = new ArrayList<Found>();
        var sentence = text.substring(start, end);
        for (var c : CUES) {
            var m = c.pattern().matcher(sentence);
            while (m.find()) {
                int from = start + m.start();
                int to = start + m.end();
                found.add(new Found(text.substring(from, to), from, to, c.cue().kind(), c.cue().suggests(),
                        claimant(c.cue().claimant(), from, to, start, end, mentions)));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static String claimant(String where, int from, int to, int start, int end, List<Mention> mentions) {
        if ("after".equals(where)) {
            return mentions.stream().filter(m -> m.start() >= to && m.end() <= end).findFirst().map(Mention::id).orElse(null);
        }
        if ("before".equals(where)) {
            String nearest = null;
            for (var m : mentions) if (m.start() >= start && m.end() <= from) nearest = m.id();
            return nearest;
        }
        return null;
    }
}
