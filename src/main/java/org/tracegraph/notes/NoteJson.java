package org.tracegraph.notes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An editor's note, as only the editor routes show it: what it is about (one of {@code entity},
 * {@code relationship}, {@code view}), its text, who wrote it ({@code author}: what the token proved, "editor" or
 * "admin"; {@code authorClaim}: the X-Editor name given, unverified), when, who last edited it, and its version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoteJson(String id, String entity, String relationship, String view, String text, String author,
                       String authorClaim, String created, String updated, String editedBy, String editedByClaim,
                       long rev) {

    /** The notes on one target, oldest first; {@code truncated} when there were more than the limit. */
    public record Page(List<NoteJson> notes, boolean truncated) {
    }
}
