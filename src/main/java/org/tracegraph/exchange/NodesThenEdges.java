package org.tracegraph.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.tracegraph.json.Json;

/**
 * A JSON document being streamed whose {@code nodes} array is followed by its {@code edges} array: the JSON
 * exports open it, write their header, call {@link #nodes}, then {@link #edges} before the first edge.
 */
final class NodesThenEdges {
    private final JsonGenerator json;
    private boolean edges;

    NodesThenEdges(OutputStream out) throws IOException {
        json = Json.objectMapper().getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    JsonGenerator json() {
        return json;
    }

    void nodes() throws IOException {
        json.writeArrayFieldStart("nodes");
    }

    /** Closes the nodes array and opens the edges array, once. */
    void edges() throws IOException {
        if (!edges) {
            edges = true;
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
        }
    }

    /** Closes the edges array and the {@code objects} objects around the two arrays; flushes. */
    void finish(int objects) throws IOException {
        edges();
        json.writeEndArray();
        for (int i = 0; i < objects; i++) json.writeEndObject();
        json.flush();
    }
}
