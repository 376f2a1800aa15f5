package org.tracegraph.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * Graph JSON (docs/api.md), with every property of every element: {@code {"nodes": [...], "edges": [...]}},
 * each edge with {@code sources: [{id, title}]} beside its {@code sourceIds}. What the importer reads back.
 */
final class JsonExport implements ExportWriter {
    private static final Set<String> NODE_FIRST = Set.of("id", "name", "type");
    private static final Set<String> EDGE_FIRST = Set.of("id", "source", "target", "type");
    private final NodesThenEdges document;
    private final JsonGenerator json;
    private final ExportHeader header;

    JsonExport(OutputStream out, ExportHeader header) throws IOException {
        this.header = header;
        document = new NodesThenEdges(out);
        json = document.json();
        json.writeStartObject();
        json.writeStringField("format", "tracegraph-graph");
        json.writeNumberField("version", 1);
        json.writeStringField("title", header.title());
        json.writeStringField("exported", header.exported());
        document.nodes();
    }

    @Override
    public void node(ExportNode node) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", node.id());
        json.writeStringField("name", node.name());
        json.writeStringField("type", node.type());
        for (var property : node.properties().entrySet()) {
            if (!NODE_FIRST.contains(property.getKey())) {
                json.writeObjectField(property.getKey(), Values.plain(property.getValue()));
            }
        }
        json.writeEndObject();
    }

    @Override
    public void relationship(ExportRelationship r) throws IOException {
        document.edges();
        json.writeStartObject();
        json.writeStringField("id", r.id());
        json.writeStringField("source", r.source());
        json.writeStringField("target", r.target());
        json.writeStringField("type", r.type());
        if (r.properties().get("sourceIds") instanceof java.util.List<?> ids) {
            json.writeArrayFieldStart("sources");
            for (var id : ids) {
                json.writeStartObject();
                json.writeStringField("id", String.valueOf(id));
                json.writeStringField("title", header.sourceTitles().get(String.valueOf(id)));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        for (var property : r.properties().entrySet()) {
            if (!EDGE_FIRST.contains(property.getKey())) {
                json.writeObjectField(property.getKey(), Values.plain(property.getValue()));
            }
        }
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        document.finish(1);
    }
}
