package org.tracegraph.exchange;

import java.util.List;

/** What the import formats share. */
final class Imports {
    /**
     * Properties the graph keeps for itself: an import never sets them, and they are left out of its rows. A
     * relationship's quoteVerified and quoteOffsets are worked out again from the held texts as it is written.
     */
    static final List<String> KEPT_BY_THE_GRAPH = List.of("rev", "quoteVerified", "quoteOffsets");

    private Imports() {
    }
}
