package org.tracegraph.core;

import java.util.Map;
import java.util.Set;

/**
 * The properties the app derives from an entity's own at every write ({@link Folding#NAME_KEYS},
 * {@link TimelineKeys}): one function for every write path (curation, bulk writes, imports, restores, the
 * offline load), and one list of them for what must leave them out (the history, exports).
 */
public final class DerivedProperties {
    public static final Set<String> NAMES = Set.of(Folding.NAME_KEYS, TimelineKeys.START, TimelineKeys.END);

    private DerivedProperties() {
    }

    /** The properties of an entity of {@code type} about to be stored, with everything derived from them. */
    public static Map<String, Object> of(String type, Map<String, Object> properties) {
        return TimelineKeys.with(type, Folding.withNameKeys(properties));
    }
}
