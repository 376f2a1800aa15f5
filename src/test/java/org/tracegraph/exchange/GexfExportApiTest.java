package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;
import org.w3c.dom.Element;

/**
 * {@code GET /api/export?format=gexf}: a GEXF 1.3 document the schema accepts (gephi/gexf's XSD, shipped in
 * {@code src/test/resources/gexf/1.3/}), with every entity and relationship, the evidence as edge attributes,
 * partial dates kept as given and their spells covering the days those dates allow.
 */
@ExtendWith(TestServer.class)
class GexfExportApiTest {
    private static final String GEXF = "http://gexf.net/1.3";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Http http = TestServer.http();

    /** A node or edge of the export: its XML attributes, its attvalues by title, its spell bounds. */
    record Exported(Map<String, String> xml, Map<String, String> values, List<String> spell) {
    }

    private static Map<String, Exported> elements(org.w3c.dom.Document document, String tag) {
        var elements = new HashMap<String, Exported>();
        var list = document.getElementsByTagNameNS(GEXF, tag);
        for (int i = 0; i < list.getLength(); i++) {
            var element = (Element) list.item(i);
            var xml = new HashMap<String, String>();
            for (int a = 0; a < element.getAttributes().getLength(); a++) {
                xml.put(element.getAttributes().item(a).getNodeName(), element.getAttributes().item(a).getNodeValue());
            }
            var values = new HashMap<String, String>();
            var attvalues = element.getElementsByTagNameNS(GEXF, "attvalue");
            for (int v = 0; v < attvalues.getLength(); v++) {
                var value = (Element) attvalues.item(v);
                values.put(value.getAttribute("for"), value.getAttribute("value"));
            }
            var spells = element.getElementsByTagNameNS(GEXF, "spell");
            assertTrue(spells.getLength() <= 1, "one spell at most: " + xml);
            List<String> spell = null;
            if (spells.getLength() == 1) {
                var s = (Element) spells.item(0);
                spell = java.util.Arrays.asList(s.hasAttribute("start") ? s.getAttribute("start") : null,
                        s.hasAttribute("end") ? s.getAttribute("end") : null);
            }
            elements.put(element.getAttribute("id"), new Exported(xml, values, spell));
        }
        return elements;
    }

    private org.w3c.dom.Document export(byte[] gexf) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(gexf));
    }

    @Test
    void the_gexf_export_is_valid_gexf_1_3() throws Exception {
        var response = http.get("/api/export?format=gexf");
        assertEquals(200, response.status(), response::toString);
        assertTrue(response.header("Content-Type").startsWith("application/gexf+xml"), response.header("Content-Type"));
        assertTrue(response.header("Content-Disposition").contains("tracegraph-graph.gexf"));
        var schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = schemas.newSchema(getClass().getResource("/gexf/1.3/gexf.xsd"));
        var validator = schema.newValidator();
        // the document's xsi:schemaLocation names gexf.net: the shipped copy is the one to hold it against
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(http.bytes("/api/export?format=gexf"))));
        validator.validate(new StreamSource(new ByteArrayInputStream(
                http.bytes("/api/export?format=gexf&entity=ruslan-bashirli&depth=1"))));
    }

    @Test
    void every_relationship_carries_its_evidence_and_every_entity_its_name_and_type() throws Exception {
        var graph = http.get("/api/export?format=json").json();
        var document = export(http.bytes("/api/export?format=gexf"));
        var graphElement = (Element) document.getElementsByTagNameNS(GEXF, "graph").item(0);
        assertEquals("dynamic", graphElement.getAttribute("mode"));
        assertEquals("date", graphElement.getAttribute("timeformat"));
        var nodes = elements(document, "node");
        var edges = elements(document, "edge");
        assertEquals(graph.get("nodes").size(), nodes.size());
        assertEquals(graph.get("edges").size(), edges.size());
        for (var node : graph.get("nodes")) {
            var gexf = nodes.get(node.get("id").asText());
            assertEquals(node.get("name").asText(), gexf.xml().get("label"));
            assertEquals(node.get("type").asText(), gexf.values().get("type"));
        }
        for (var edge : graph.get("edges")) {
            var gexf = edges.get(edge.get("id").asText());
            assertEquals(edge.get("source").asText(), gexf.xml().get("source"));
            assertEquals(edge.get("target").asText(), gexf.xml().get("target"));
            assertEquals(edge.get("type").asText(), gexf.xml().get("label"));
            var values = gexf.values();
            assertEquals(edge.get("status").asText(), values.get("status"), edge::toString);
            assertEquals(edge.get("quote").asText(), values.get("quote"), edge::toString);
            assertEquals(edge.get("sourceIds"), JSON.readTree(values.get("sourceIds")), "a liststring, JSON's brackets and quotes");
            var titles = new ArrayList<String>();
            edge.get("sources").forEach(s -> titles.add(s.get("title").asText()));
            assertEquals(titles, JSON.convertValue(JSON.readTree(values.get("sources")), List.class));
            assertEquals(edge.hasNonNull("claimedBy") ? edge.get("claimedBy").asText() : null, values.get("claimedBy"));
        }
    }

    @Test
    void partial_dates_stay_as_given_and_their_spells_cover_the_days_they_allow() throws Exception {
        var graph = http.get("/api/export?format=json").json();
        var document = export(http.bytes("/api/export?format=gexf"));
        var nodes = elements(document, "node");
        var edges = elements(document, "edge");
        int dated = 0;
        for (var edge : graph.get("edges")) {
            var gexf = edges.get(edge.get("id").asText());
            for (var key : List.of("date", "startDate", "endDate")) {
                assertEquals(text(edge, key), gexf.values().get(key), "kept at its precision: " + edge);
            }
            assertEquals(expectedSpell(text(edge, "date"), text(edge, "startDate"), text(edge, "endDate"), null), gexf.spell(), edge::toString);
            if (gexf.spell() != null) dated++;
        }
        for (var node : graph.get("nodes")) {
            var gexf = nodes.get(node.get("id").asText());
            assertEquals(expectedSpell(text(node, "date"), text(node, "startDate"), text(node, "endDate"), text(node, "published")),
                    gexf.spell(), node::toString);
        }
        assertTrue(dated > 10, "the seed dates many relationships: " + dated);
    }

    @Test
    void a_year_or_a_month_becomes_the_whole_period_and_a_missing_bound_stays_open() {
        assertEquals(new Spell(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 12, 31)), Spell.of("2005", null, null, null));
        assertEquals(new Spell(LocalDate.of(2012, 2, 1), LocalDate.of(2012, 2, 29)), Spell.of("2012-02", null, null, null));
        assertEquals(new Spell(LocalDate.of(2012, 5, 26), LocalDate.of(2012, 5, 26)), Spell.of("2012-05-26", null, null, null));
        assertEquals(new Spell(LocalDate.of(2007, 1, 1), null), Spell.of("2012", "2007", null, null), "start and end win over date");
        assertEquals(new Spell(null, LocalDate.of(2012, 3, 31)), Spell.of(null, null, "2012-03", null));
        assertEquals(new Spell(LocalDate.of(2012, 3, 1), null), Spell.of(null, null, null, "2012-03"), "a source stays once published");
        assertEquals(Spell.ALWAYS, Spell.of(null, "2012", "2011", null), "an end before the start gives no spell");
        assertEquals(Spell.ALWAYS, Spell.of("soon", null, null, null));
    }

    /** The rule docs/import-export.md gives, restated: the widest days the partial dates allow. */
    private static List<String> expectedSpell(String date, String startDate, String endDate, String published) {
        String start;
        String end;
        if (startDate != null || endDate != null) {
            start = startDate == null ? null : firstDay(startDate);
            end = endDate == null ? null : lastDay(endDate);
        } else if (date != null) {
            start = firstDay(date);
            end = lastDay(date);
        } else if (published != null) {
            start = firstDay(published);
            end = null;
        } else {
            return null;
        }
        return java.util.Arrays.asList(start, end);
    }

    private static String firstDay(String partial) {
        return switch (partial.length()) {
            case 4 -> partial + "-01-01";
            case 7 -> partial + "-01";
            default -> partial;
        };
    }

    private static String lastDay(String partial) {
        return switch (partial.length()) {
            case 4 -> partial + "-12-31";
            case 7 -> java.time.YearMonth.parse(partial).atEndOfMonth().toString();
            default -> partial;
        };
    }

    private static String text(JsonNode element, String key) {
        return element.hasNonNull(key) ? element.get(key).asText() : null;
    }
}
