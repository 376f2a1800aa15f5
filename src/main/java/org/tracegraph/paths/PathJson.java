package org.tracegraph.paths;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.tracegraph.graph.EdgeJson;
import org.tracegraph.graph.NodeJson;

/**
 * One path: graph JSON with the nodes in path order and the edges in hop order, how solid it is, and each hop
 * as a sentence. {@code weakestHop} is the index in {@code hops} of the hop with the weakest evidence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PathJson(
        List<NodeJson> nodes,
        List<EdgeJson> edges,
        int length,
        String weakestStatus,
        int weakestHop,
        double strength,
        List<Hop> hops) {

    /**
     * A hop from {@code from} to {@code to} along {@code edge}, told as a sentence; {@code quoteVerified}: whether
     * its quote was found in a held text of its sources (the sentence says "quote not checked" when not).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hop(String from, String to, String edge, String status, boolean quoteVerified, String sentence) {
    }

    public record Paths(String from, String to, int maxHops, List<PathJson> paths) {
    }
}
