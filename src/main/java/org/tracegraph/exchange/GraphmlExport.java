package org.tracegraph.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tracegraph.json.Json;

/**
 * GraphML (graphml.graphdrawing.org), as Gephi, yEd and Cytoscape read it: a {@code <key>} for every property
 * with its type, then the nodes and edges with their {@code <data>}. Nodes carry {@code label} (the name, which
 * Gephi shows) and {@code type}; edges carry {@code label} (the relationship type). Lists are written as JSON
 * arrays. Written with the JDK's StAX writer, so every value is escaped as XML requires.
 */
final class GraphmlExport implements ExportWriter {
    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    /** Written from the element itself (its id attribute, its name and type), never from a property. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("id", "label", "type");
    private final XMLStreamWriter xml;
    private final Map<String, String> nodeKeyIds = new HashMap<>();
    private final Map<String, String> edgeKeyIds = new HashMap<>();

    GraphmlExport(OutputStream out, ExportHeader header) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            line();
            xml.writeStartElement("desc");
            xml.writeCharacters(header.title() + ", exported " + header.exported());
            xml.writeEndElement();
            declare("node", "label", "string", nodeKeyIds);
            declare("node", "type", "string", nodeKeyIds);
            declareAll("node", header.nodeKeys(), nodeKeyIds);
            declare("edge", "label", "string", edgeKeyIds);
            declareAll("edge", header.relationshipKeys(), edgeKeyIds);
            line();
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "tracegraph");
            xml.writeAttribute("edgedefault", "directed");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void declareAll(String element, List<PropertyKey> keys, Map<String, String> ids) throws XMLStreamException {
        for (var key : keys) {
            if (!RESERVED.contains(key.name())) declare(element, key.name(), key.kind(), ids);
        }
    }

    private void declare(String element, String name, String kind, Map<String, String> ids) throws XMLStreamException {
        if (ids.containsKey(name)) return;
        var id = (element.equals("node") ? "n" : "e") + ids.size();
        ids.put(name, id);
        line();
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", element);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", switch (kind) {
            case "boolean", "long", "double" -> kind;
            default -> "string";
        });
    }

    @Override
    public void node(ExportNode node) throws IOException {
        try {
            line();
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.id());
            data(nodeKeyIds.get("label"), node.name());
            data(nodeKeyIds.get("type"), node.type());
            for (var property : node.properties().entrySet()) {
                if (!RESERVED.contains(property.getKey())) data(nodeKeyIds.get(property.getKey()), property.getValue());
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void relationship(ExportRelationship r) throws IOException {
        try {
            line();
            xml.writeStartElement("edge");
            xml.writeAttribute("id", r.id());
            xml.writeAttribute("source", r.source());
            xml.writeAttribute("target", r.target());
            data(edgeKeyIds.get("label"), r.type());
            for (var property : r.properties().entrySet()) {
                if (!RESERVED.contains(property.getKey())) data(edgeKeyIds.get(property.getKey()), property.getValue());
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void data(String key, Object value) throws XMLStreamException, JsonProcessingException {
        if (key == null || value == null) return;
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        var plain = Values.plain(value);
        xml.writeCharacters(plain instanceof List<?> ? Json.objectMapper().writeValueAsString(plain) : String.valueOf(plain));
        xml.writeEndElement();
    }

    private void line() throws XMLStreamException {
        xml.writeCharacters("\n");
    }

    @Override
    public void finish() throws IOException {
        try {
            line();
            xml.writeEndElement(); // graph
            line();
            xml.writeEndElement(); // graphml
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
