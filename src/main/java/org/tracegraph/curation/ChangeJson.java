package org.tracegraph.curation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;

/**
 * One change of the history: when ({@code at}, ISO 8601), who ({@code editor}: what the token proved, "editor"
 * or "admin", or the importer; never the token), who the sender said they were ({@code editorClaim}: the
 * X-Editor name, unverified; absent when none was given), what ({@code action} on the {@code kind} with id
 * {@code targetId}, concerning {@code entityIds}), and the target before and after, as JSON (null where there
 * was none or is none).
 */
public record ChangeJson(String id, String at, String editor,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String editorClaim, String action, String kind,
                         String targetId,
                         List<String> entityIds, @JsonRawValue String before, @JsonRawValue String after) {

    /** A page of the history, newest first; {@code next} is the cursor for the following page, if any. */
    public record Page(List<ChangeJson> changes, String next) {
    }
}
