package org.tracegraph.sources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.tracegraph.graph.EdgeJson;
import org.tracegraph.graph.NodeJson;

/**
 * A source document, and the evidence that rests on it: every relationship that cites it, as graph JSON.
 * {@code textUrl} is where its full text is served, when Tracegraph holds it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceJson(
        @JsonUnwrapped NodeJson source,
        String textUrl,
        List<NodeJson> nodes,
        List<EdgeJson> edges,
        Boolean evidenceTruncated) {

    public record Sources(List<SourceJson> sources, boolean truncated) {
    }
}
