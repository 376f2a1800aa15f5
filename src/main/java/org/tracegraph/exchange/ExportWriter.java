package org.tracegraph.exchange;

import java.io.IOException;

/** One export format being written as the graph streams by: every node first, then every relationship. */
interface ExportWriter {
    void node(ExportNode node) throws IOException;

    void relationship(ExportRelationship relationship) throws IOException;

    /** Closes what the format opened (arrays, elements, archive entries) and flushes; the stream stays open. */
    void finish() throws IOException;
}
