package org.tracegraph.paths;

import java.util.List;

/**
 * How much weight a hop's epistemic status carries. A confirmed link outweighs a reported one, which
 * outweighs an allegation, a disputed claim, a rumour and, last, a link that is denied.
 */
public enum Evidence {
    DENIED, RUMOUR, DISPUTED, ALLEGED, REPORTED, CONFIRMED;

    public static final List<String> STATUSES = List.of("confirmed", "reported", "alleged", "disputed", "rumour", "denied");

    /** The weight of a status; an unknown or missing status counts as nothing. */
    public static int strength(String status) {
        if (status == null) return 0;
        return switch (status) {
            case "confirmed" -> CONFIRMED.ordinal();
            case "reported" -> REPORTED.ordinal();
            case "alleged" -> ALLEGED.ordinal();
            case "disputed" -> DISPUTED.ordinal();
            case "rumour" -> RUMOUR.ordinal();
            default -> DENIED.ordinal();
        };
    }
}
