package org.tracegraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A source as an edge cites it: enough to name and find the document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(String id, String title, String publisher, String published, String url, String kind) {
}
