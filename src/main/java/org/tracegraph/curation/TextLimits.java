package org.tracegraph.curation;

import org.tracegraph.core.Ids;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The longest string Tracegraph writes under each property key, on any node or relationship: every write (the
 * API, imports, the offline load) goes through {@link EntityFields} and {@link RelationshipFields}, which refuse
 * longer values, and the app's own records use these keys only for shorter values (a view's title and note, a
 * change's or redirect's ids). For a list of strings, the limit of each item. The analyst's query bounds rely
 * on it (a regular expression's work grows with the length of the string it runs on); a key not listed here has
 * no known bound: a change's snapshots or a view's, for one, are as long as what they hold.
 */
public final class TextLimits {
    private static final Map<String, Integer> LONGEST = Map.ofEntries(
            // an entity's id as given; a relationship's made of its ends' and its type's, and a number to set it apart
            Map.entry("id", 2 * Ids.MAX_LENGTH + RelationshipFields.MAX_TYPE + 24),
            Map.entry("name", Fields.MAX_NAME),
            Map.entry("aliases", Fields.MAX_NAME),
            Map.entry("description", Fields.MAX_TEXT),
            Map.entry("kind", EntityFields.MAX_KIND),
            Map.entry("title", EntityFields.MAX_TITLE),
            Map.entry("publisher", Fields.MAX_NAME),
            Map.entry("url", Fields.MAX_URL),
            Map.entry("date", Fields.MAX_DATE),
            Map.entry("startDate", Fields.MAX_DATE),
            Map.entry("endDate", Fields.MAX_DATE),
            Map.entry("published", Fields.MAX_DATE),
            Map.entry("sourceIds", RelationshipFields.MAX_SOURCE_ID),
            Map.entry("quote", Fields.MAX_TEXT),
            Map.entry("status", RelationshipFields.MAX_STATUS),
            Map.entry("claimedBy", Ids.MAX_LENGTH),
            Map.entry("role", Fields.MAX_NAME),
            Map.entry("note", Fields.MAX_TEXT));

    private TextLimits() {
    }

    /** The most characters a string stored under {@code key} (or each string of a list there) holds. */
    public static OptionalInt longest(String key) {
        var limit = LONGEST.get(key);
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** Every bounded key with its limit, for the docs and the tests. */
    public static Map<String, Integer> all() {
        return LONGEST;
    }
}
