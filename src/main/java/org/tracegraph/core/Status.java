package org.tracegraph.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The epistemic status of a relationship: how its source presents the claim. Declared from the strongest to
 * the weakest, as {@code vocabulary.json} lists them ({@link Vocabulary} refuses a file that disagrees): a
 * confirmed link outweighs a reported one, which outweighs an allegation, a disputed claim, a rumour and, last,
 * a link that is denied.
 */
public enum Status {
    CONFIRMED, REPORTED, ALLEGED, DISPUTED, RUMOUR, DENIED;

    private static final List<String> WORDS = Arrays.stream(values()).map(Status::word).toList();

    /** The word stored on a relationship and used by the API: "confirmed", "rumour"... */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How much weight the status carries: 5 for confirmed down to 0 for denied. */
    public int strength() {
        return values().length - 1 - ordinal();
    }

    /** The strongest a status can be: what {@link #CONFIRMED} weighs. */
    public static int maxStrength() {
        return CONFIRMED.strength();
    }

    /** The weight of a stored status; an unknown or missing one counts as nothing, as a denied link does. */
    public static int strengthOf(String word) {
        return of(word).map(Status::strength).orElse(0);
    }

    /** Every status's word, strongest first. */
    public static List<String> words() {
        return WORDS;
    }

    public static Optional<Status> of(String word) {
        return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
    }
}
