package org.tracegraph.exchange;

import java.util.List;
import java.util.Map;

/**
 * What a writer knows before the first row: a title for the export, when it was made, the property keys of
 * its nodes and relationships (for formats that declare columns first) and the title of every source.
 */
record ExportHeader(String title, String exported, List<PropertyKey> nodeKeys, List<PropertyKey> relationshipKeys,
                    Map<String, String> sourceTitles) {
    /** The model's node properties, in the order a reader expects them; other keys follow by name. */
    static final List<String> NODE_ORDER = List.of("id", "name", "aliases", "description", "kind", "date",
            "startDate", "endDate", "dateApprox", "title", "publisher", "published", "url");
    /** The model's relationship properties, evidence first. */
    static final List<String> RELATIONSHIP_ORDER = List.of("id", "status", "sourceIds", "quote", "claimedBy",
            "role", "date", "startDate", "endDate", "dateApprox", "note");
}
