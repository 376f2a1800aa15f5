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

    /** The mean weight of some hops' statuses, from 0 to 1, to three decimals; 0 for no hops. */
    public static double mean(List<String> statuses) {
        if (statuses.isEmpty()) return 0;
        double total = 0;
        for (var status : statuses) total += strength(status);
        return Math.round(total / statuses.size() / CONFIRMED.ordinal() * 1000) / 1000.0;
    }
}
