package org.tracegraph.curation;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;

/**
 * One change of the history: when ({@code at}, ISO 8601), who ({@code editor}: the X-Editor name, never the
 * token), what ({@code action} on the {@code kind} with id {@code targetId}, concerning {@code entityIds}), and
 * the target before and after, as JSON (null where there was none or is none).
 */
public record ChangeJson(String id, String at, String editor, String action, String kind, String targetId,
                         List<String> entityIds, @JsonRawValue String before, @JsonRawValue String after) {

    /** A page of the history, newest first; {@code next} is the cursor for the following page, if any. */
    public record Page(List<ChangeJson> changes, String next) {
    }
}
