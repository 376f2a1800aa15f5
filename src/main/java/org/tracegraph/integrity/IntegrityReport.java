package org.tracegraph.integrity;

import java.util.List;

/**
 * What does not hold in the graph's evidence: relationships whose quote is in none of their sources' held texts,
 * sources cited that are no Source, claimants that are no entity. {@code counts} are complete; each list holds
 * at most the {@code limit} asked for ({@code truncated} says when one holds fewer than its count).
 */
public record IntegrityReport(boolean ok, long relationshipsChecked, Counts counts,
                              List<UnverifiedQuote> unverifiedQuotes, List<MissingSource> missingSources,
                              List<UnknownClaimant> unknownClaimants, boolean truncated) {

    public record Counts(long unverifiedQuotes, long missingSources, long unknownClaimants) {
    }

    /** A quote found in no held text of {@code heldSources}, the relationship's sources that hold one. */
    public record UnverifiedQuote(String relationship, String type, String from, String to, String quote,
                                  List<String> heldSources) {
    }

    /** {@code source}: an id in the relationship's sourceIds that names no Source (null: it cites none). */
    public record MissingSource(String relationship, String type, String from, String to, String source) {
    }

    public record UnknownClaimant(String relationship, String type, String from, String to, String claimedBy) {
    }
}
