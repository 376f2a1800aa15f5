package org.tracegraph.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.tracegraph.duplicates.DuplicatePair;
import org.tracegraph.mentions.Cues;

/**
 * One candidate of the review queue, as only the editor routes show it. {@code kind} is {@code link} (two known
 * entities named in one sentence: {@code from}, {@code to}, the cues and the statuses and claimants they suggest,
 * and never a type or a status), {@code entity} (a name the graph does not know, with a suggested type the
 * editor must confirm) or {@code duplicate} (two entities that may be one: {@code pair}, from the duplicates'
 * service). {@code sentence} is the quote an acceptance cites, with its offsets in the source's held text;
 * {@code state} is open, accepted or rejected, with who decided and what an acceptance created ({@code result}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewItem(String id, String kind, String state, Ref source, Quote sentence, Named from, Named to,
                         Named name, String suggestedType, List<Cues.Found> cues, List<String> suggests,
                         List<String> claimants, Boolean claimantRequired, DuplicatePair pair, String created,
                         String decidedBy, String decidedByClaim, String decidedAt, String result, Long rev) {

    /** The source an item comes from: its id and title. */
    public record Ref(String id, String title) {
    }

    /** The sentence, as the held text has it: {@code text.substring(start, end)}. */
    public record Quote(String text, int start, int end) {
    }

    /** An entity or a new name where the sentence names it: {@code start}, {@code end} in the held text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Named(String id, String name, String type, int start, int end) {
    }

    /** A page of the queue; {@code next}: the offset of the next page, or null when this is the last. */
    public record Page(List<ReviewItem> items, Integer next) {
    }
}
