package org.tracegraph.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Cytoscape desktop's JSON (.cyjs, File → Import → Network from File): {@code elements.nodes[].data} and
 * {@code elements.edges[].data}, with {@code interaction} naming the relationship type as Cytoscape expects,
 * and every property as a column (lists stay lists).
 */
final class CytoscapeExport implements ExportWriter {
    private final NodesThenEdges document;
    private final JsonGenerator json;

    CytoscapeExport(OutputStream out, ExportHeader header) throws IOException {
        document = new NodesThenEdges(out);
        json = document.json();
        json.writeStartObject();
        json.writeStringField("format_version", "1.0");
        json.writeStringField("generated_by", "Tracegraph");
        json.writeStringField("target_cytoscapejs_version", "~2.1");
        json.writeObjectFieldStart("data");
        json.writeStringField("name", header.title());
        json.writeStringField("shared_name", header.title());
        json.writeStringField("exported", header.exported());
        json.writeEndObject();
        json.writeObjectFieldStart("elements");
        document.nodes();
    }

    @Override
    public void node(ExportNode node) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", node.id());
        json.writeStringField("name", node.name());
        json.writeStringField("shared_name", node.name());
        json.writeStringField("type", node.type());
        for (var property : node.properties().entrySet()) {
            if (!property.getKey().equals("id") && !property.getKey().equals("name")) {
                json.writeObjectField(property.getKey(), Values.plain(property.getValue()));
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void relationship(ExportRelationship r) throws IOException {
        document.edges();
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", r.id());
        json.writeStringField("source", r.source());
        json.writeStringField("target", r.target());
        json.writeStringField("interaction", r.type());
        json.writeStringField("name", r.source() + " (" + r.type() + ") " + r.target());
        for (var property : r.properties().entrySet()) {
            if (!property.getKey().equals("id")) {
                json.writeObjectField(property.getKey(), Values.plain(property.getValue()));
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        document.finish(2);
    }
}
