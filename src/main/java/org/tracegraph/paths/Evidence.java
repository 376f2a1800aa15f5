package org.tracegraph.paths;

import java.util.List;
import org.tracegraph.core.Status;

/** How well a chain of hops is supported: the mean strength of their statuses ({@link Status#strength}). */
public final class Evidence {
    /** The statuses' words, strongest first: cypher/ParameterCheck checks a status parameter against them. */
    public static final List<String> STATUSES = Status.words();

    private Evidence() {
    }

    /** The mean weight of some hops' statuses, from 0 to 1, to three decimals; 0 for no hops. */
    public static double mean(List<String> statuses) {
        if (statuses.isEmpty()) return 0;
        double total = 0;
        for (var status : statuses) total += Status.strengthOf(status);
        return Math.round(total / statuses.size() / Status.maxStrength() * 1000) / 1000.0;
    }
}
