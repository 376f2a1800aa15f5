package org.tracegraph.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tracegraph.json.Json;

/**
 * GEXF 1.3 (gexf.net), as Gephi and Gephi Lite read it, as a dynamic graph: each entity and relationship that
 * has dates gets a {@link Spell}, so Gephi's timeline plays the graph over time; the dates themselves stay
 * attributes at the precision the source gives. Nodes carry their name as {@code label} and {@code type};
 * edges carry the relationship type as {@code label} and {@code kind} (so Gephi keeps different types between
 * two entities apart), and every property as an attribute, the evidence first: {@code status}, {@code sourceIds}
 * and {@code sources} (their titles), {@code quote}, {@code claimedBy}. Lists are {@code liststring}s, written
 * as JSON arrays (GEXF's bracketed, quoted list form). Written with the JDK's StAX writer.
 */
final class GexfExport implements ExportWriter {
    static final String NAMESPACE = "http://gexf.net/1.3";
    /** Written from the element itself (its id, its name as label), never as an attribute. */
    private static final Set<String> RESERVED = Set.of("id", "name");
    private final XMLStreamWriter xml;
    private final ExportHeader header;
    private final Map<String, String> nodeKinds = new LinkedHashMap<>();
    private final Map<String, String> edgeKinds = new LinkedHashMap<>();
    private boolean edges;

    GexfExport(OutputStream out, ExportHeader header) throws IOException {
        this.header = header;
        nodeKinds.put("type", "string");
        header.nodeKeys().stream().filter(k -> !RESERVED.contains(k.name())).forEach(k -> nodeKinds.putIfAbsent(k.name(), k.kind()));
        edgeKinds.put("type", "string");
        edgeKinds.put("sources", "list");
        header.relationshipKeys().stream().filter(k -> !RESERVED.contains(k.name())).forEach(k -> edgeKinds.putIfAbsent(k.name(), k.kind()));
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            line();
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NAMESPACE + " http://gexf.net/1.3/gexf.xsd");
            xml.writeAttribute("version", "1.3");
            line();
            xml.writeStartElement("meta");
            xml.writeAttribute("lastmodifieddate", header.exported().substring(0, 10));
            element("creator", "Tracegraph");
            element("description", header.title() + ", exported " + header.exported());
            xml.writeEndElement();
            line();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("timeformat", "date");
            xml.writeAttribute("timerepresentation", "interval");
            declare("node", nodeKinds);
            declare("edge", edgeKinds);
            line();
            xml.writeStartElement("nodes");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void declare(String element, Map<String, String> kinds) throws XMLStreamException {
        line();
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", element);
        xml.writeAttribute("mode", "static");
        for (var kind : kinds.entrySet()) {
            line();
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", kind.getKey());
            xml.writeAttribute("title", kind.getKey());
            xml.writeAttribute("type", switch (kind.getValue()) {
                case "boolean", "long", "double" -> kind.getValue();
                case "list" -> "liststring";
                default -> "string";
            });
        }
        line();
        xml.writeEndElement();
    }

    @Override
    public void node(ExportNode node) throws IOException {
        var p = node.properties();
        try {
            line();
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.id());
            xml.writeAttribute("label", node.name());
            var values = new LinkedHashMap<String, Object>();
            values.put("type", node.type());
            p.forEach((key, value) -> {
                if (!RESERVED.contains(key)) values.put(key, value);
            });
            attvalues(values, nodeKinds);
            spells(Spell.of(p.get("date"), p.get("startDate"), p.get("endDate"), p.get("published")));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void relationship(ExportRelationship r) throws IOException {
        var p = r.properties();
        try {
            startEdges();
            line();
            xml.writeStartElement("edge");
            xml.writeAttribute("id", r.id());
            xml.writeAttribute("source", r.source());
            xml.writeAttribute("target", r.target());
            xml.writeAttribute("label", r.type());
            xml.writeAttribute("kind", r.type());
            var values = new LinkedHashMap<String, Object>();
            values.put("type", r.type());
            p.forEach((key, value) -> {
                if (!RESERVED.contains(key)) values.put(key, value);
            });
            if (p.get("sourceIds") instanceof List<?> ids) {
                var titles = new ArrayList<String>();
                ids.forEach(id -> titles.add(header.sourceTitles().getOrDefault(String.valueOf(id), String.valueOf(id))));
                values.put("sources", titles);
            }
            attvalues(values, edgeKinds);
            spells(Spell.of(p.get("date"), p.get("startDate"), p.get("endDate"), null));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void attvalues(Map<String, Object> values, Map<String, String> declared) throws XMLStreamException, JsonProcessingException {
        xml.writeStartElement("attvalues");
        for (var value : values.entrySet()) {
            if (value.getValue() == null || !declared.containsKey(value.getKey())) continue;
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", value.getKey());
            var plain = Values.plain(value.getValue());
            xml.writeAttribute("value", plain instanceof List<?> ? Json.objectMapper().writeValueAsString(plain) : String.valueOf(plain));
        }
        xml.writeEndElement();
    }

    private void spells(Spell spell) throws XMLStreamException {
        if (spell.always()) return;
        xml.writeStartElement("spells");
        xml.writeEmptyElement("spell");
        if (spell.start() != null) xml.writeAttribute("start", spell.start().toString());
        if (spell.end() != null) xml.writeAttribute("end", spell.end().toString());
        xml.writeEndElement();
    }

    private void startEdges() throws XMLStreamException {
        if (edges) return;
        edges = true;
        line();
        xml.writeEndElement(); // nodes
        line();
        xml.writeStartElement("edges");
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void line() throws XMLStreamException {
        xml.writeCharacters("\n");
    }

    @Override
    public void finish() throws IOException {
        try {
            startEdges();
            line();
            xml.writeEndElement(); // edges
            line();
            xml.writeEndElement(); // graph
            line();
            xml.writeEndElement(); // gexf
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
