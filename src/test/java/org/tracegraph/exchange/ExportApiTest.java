package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.EmbeddedNeo4j;
import org.tracegraph.support.Browser;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;
import org.w3c.dom.Element;

@ExtendWith(TestServer.class)
class ExportApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private final Http http = TestServer.http();

    /** The graph as stored: node id → type and properties, relationship id → ends, type and properties. */
    record Snapshot(Map<String, Object> nodes, Map<String, Object> relationships) {
        static Snapshot of(org.neo4j.driver.SimpleQueryRunner tx) {
            var nodes = new TreeMap<String, Object>();
            tx.run("MATCH (n:Entity) RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS p")
                    .forEachRemaining(r -> nodes.put(r.get("id").asString(), List.of(r.get("labels").asList(),
                            exported(r.get("p").asMap()))));
            var relationships = new TreeMap<String, Object>();
            tx.run("MATCH (a:Entity)-[r]->(b:Entity) RETURN r.id AS id, a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p")
                    .forEachRemaining(r -> relationships.put(r.get("id").asString(), List.of(r.get("a").asString(),
                            r.get("t").asString(), r.get("b").asString(), r.get("p").asMap())));
            return new Snapshot(nodes, relationships);
        }

        /** The properties an export carries: not those Tracegraph derives at every write (names in Latin, timeline keys). */
        private static Map<String, Object> exported(Map<String, Object> properties) {
            var kept = new TreeMap<>(properties);
            kept.keySet().removeAll(org.tracegraph.core.DerivedProperties.NAMES);
            return kept;
        }
    }

    private static Snapshot stored() {
        return TestServer.server().database().readTransaction(Snapshot::of);
    }

    @Test
    void the_json_export_holds_every_entity_and_relationship_with_its_evidence() {
        var stored = stored();
        var response = http.get("/api/export?format=json");
        assertEquals(200, response.status(), response::toString);
        assertTrue(response.header("Content-Disposition").contains("tracegraph-graph.json"));
        var graph = response.json();
        assertEquals(stored.nodes().keySet(), ids(graph.get("nodes")));
        assertEquals(stored.relationships().keySet(), ids(graph.get("edges")));
        var bashirli = find(graph.get("nodes"), "ruslan-bashirli");
        assertEquals("Person", bashirli.get("type").asText());
        assertTrue(bashirli.get("aliases").isArray());
        graph.get("edges").forEach(edge -> {
            assertTrue(edge.hasNonNull("quote") && edge.hasNonNull("status"), edge::toString);
            assertEquals(edge.get("sourceIds").size(), edge.get("sources").size(), edge::toString);
            edge.get("sources").forEach(s -> assertTrue(s.hasNonNull("title"), edge::toString));
        });
    }

    @Test
    void the_graphml_export_parses_declares_every_key_it_uses_and_names_the_entities() throws Exception {
        var stored = stored();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(http.bytes("/api/export?format=graphml")));
        var root = document.getDocumentElement();
        assertEquals("graphml", root.getLocalName());
        assertEquals(GRAPHML, root.getNamespaceURI());
        var keys = new HashMap<String, Element>();
        var keyElements = root.getElementsByTagNameNS(GRAPHML, "key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            var key = (Element) keyElements.item(i);
            assertTrue(Set.of("string", "boolean", "int", "long", "float", "double").contains(key.getAttribute("attr.type")));
            assertTrue(Set.of("node", "edge").contains(key.getAttribute("for")));
            // GraphML's schema types attr.name as an XML NMTOKEN
            assertTrue(key.getAttribute("attr.name").matches("[\\p{L}\\p{N}._:-]+"), key.getAttribute("attr.name"));
            assertEquals(null, keys.put(key.getAttribute("id"), key), "key ids are unique");
        }
        var graphs = root.getElementsByTagNameNS(GRAPHML, "graph");
        assertEquals(1, graphs.getLength());
        assertEquals("directed", ((Element) graphs.item(0)).getAttribute("edgedefault"));

        var nodeIds = new HashSet<String>();
        var nodes = root.getElementsByTagNameNS(GRAPHML, "node");
        for (int i = 0; i < nodes.getLength(); i++) nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
        assertEquals(stored.nodes().keySet(), nodeIds);
        var edges = root.getElementsByTagNameNS(GRAPHML, "edge");
        assertEquals(stored.relationships().size(), edges.getLength());
        for (int i = 0; i < edges.getLength(); i++) {
            var edge = (Element) edges.item(i);
            assertTrue(nodeIds.contains(edge.getAttribute("source")) && nodeIds.contains(edge.getAttribute("target")));
        }
        var data = root.getElementsByTagNameNS(GRAPHML, "data");
        for (int i = 0; i < data.getLength(); i++) {
            var d = (Element) data.item(i);
            var key = keys.get(d.getAttribute("key"));
            assertTrue(key != null, "data refers to a declared key: " + d.getAttribute("key"));
            assertEquals(((Element) d.getParentNode()).getLocalName(), key.getAttribute("for"));
        }
        var bashirli = values((Element) findById(nodes, "ruslan-bashirli"), keys);
        assertEquals("Ruslan Bashirli", bashirli.get("label"));
        assertEquals("Person", bashirli.get("type"));
        assertTrue(JSON.readTree(bashirli.get("aliases")).isArray(), "lists are JSON arrays");
        var edge = values((Element) findById(edges, "ruslan-bashirli-founded-yeni-fekir"), keys);
        assertEquals("FOUNDED", edge.get("label"));
        assertTrue(edge.get("quote").length() > 10 && edge.containsKey("status") && edge.containsKey("sourceIds"), edge::toString);
    }

    @Test
    void the_cytoscape_export_has_elements_with_interactions() throws IOException {
        var stored = stored();
        var cyjs = JSON.readTree(http.bytes("/api/export?format=cytoscape"));
        assertEquals("1.0", cyjs.get("format_version").asText());
        var elements = cyjs.get("elements");
        assertEquals(stored.nodes().size(), elements.get("nodes").size());
        assertEquals(stored.relationships().size(), elements.get("edges").size());
        elements.get("edges").forEach(e -> {
            var data = e.get("data");
            assertTrue(data.hasNonNull("source") && data.hasNonNull("target") && data.hasNonNull("interaction"));
        });
    }

    @Test
    void the_csv_export_is_a_zip_of_nodes_and_edges_with_a_header_row() throws IOException {
        var stored = stored();
        var files = unzip(http.bytes("/api/export?format=csv"));
        assertEquals(Set.of("nodes.csv", "edges.csv"), files.keySet());
        var nodes = csv(files.get("nodes.csv"));
        var edges = csv(files.get("edges.csv"));
        assertEquals(List.of("id", "type", "name"), nodes.get(0).subList(0, 3));
        assertEquals(List.of("id", "source", "type", "target", "status", "sourceIds", "quote"), edges.get(0).subList(0, 7));
        assertEquals(stored.nodes().size() + 1, nodes.size());
        assertEquals(stored.relationships().size() + 1, edges.size());
        int aliases = nodes.get(0).indexOf("aliases");
        var khadija = nodes.stream().filter(row -> row.get(0).equals("khadija-ismayilova")).findFirst().orElseThrow();
        assertTrue(khadija.get(aliases).contains("|"), "a list's items are separated by |: " + khadija.get(aliases));
    }

    @Test
    void the_ftm_export_is_one_followthemoney_entity_a_line() throws IOException {
        var stored = stored();
        var lines = new String(http.bytes("/api/export?format=ftm"), StandardCharsets.UTF_8).split("\n");
        assertEquals(stored.nodes().size() + stored.relationships().size(), lines.length);
        var schemata = new HashMap<String, Integer>();
        for (var line : lines) {
            var entity = JSON.readTree(line);
            assertTrue(entity.hasNonNull("id") && entity.get("properties").isObject(), line);
            entity.get("properties").fields().forEachRemaining(p -> assertTrue(p.getValue().isArray(), line));
            schemata.merge(entity.get("schema").asText(), 1, Integer::sum);
        }
        assertTrue(Set.of("Person", "Organization", "Event", "Address", "Document", "Membership", "Employment",
                "Family", "Associate", "UnknownLink").containsAll(schemata.keySet()), schemata::toString);
        assertTrue(schemata.getOrDefault("Membership", 0) > 0 && schemata.getOrDefault("Person", 0) > 0, schemata::toString);
    }

    @Test
    void the_cypher_export_rebuilds_the_same_graph_in_an_empty_database_and_can_run_twice() throws Exception {
        var stored = stored();
        var script = new String(http.bytes("/api/export?format=cypher"), StandardCharsets.UTF_8);
        var home = Files.createTempDirectory("tracegraph-export-roundtrip-");
        var neo4j = EmbeddedNeo4j.start(home, 0, 32L << 20);
        try (neo4j) {
            neo4j.setPassword("round-trip");
            try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "round-trip"));
                 var session = driver.session()) {
                for (int run = 0; run < 2; run++) {
                    for (var statement : CypherFile.split(script)) session.run(statement).consume();
                }
                var rebuilt = session.executeRead(Snapshot::of);
                assertEquals(stored.nodes(), rebuilt.nodes());
                assertEquals(stored.relationships(), rebuilt.relationships());
            }
        } finally {
            Browser.deleteTree(home);
        }
    }

    @Test
    void an_export_of_some_entities_holds_them_and_the_relationships_among_them() {
        var graph = http.get("/api/export?format=json&ids=ruslan-bashirli,yeni-fekir,ndi").json();
        assertEquals(Set.of("ruslan-bashirli", "yeni-fekir", "ndi"), ids(graph.get("nodes")));
        assertTrue(graph.get("edges").size() > 0);
        graph.get("edges").forEach(e -> assertTrue(Set.of("ruslan-bashirli", "yeni-fekir", "ndi")
                .containsAll(Set.of(e.get("source").asText(), e.get("target").asText()))));
    }

    @Test
    void an_export_of_a_neighbourhood_holds_the_entity_and_its_neighbours() {
        var response = http.get("/api/export?format=json&entity=ruslan-bashirli&depth=1");
        assertTrue(response.header("Content-Disposition").contains("ruslan-bashirli-neighbourhood"));
        var nodes = ids(response.json().get("nodes"));
        var neighbours = http.get("/api/entities/ruslan-bashirli/neighbourhood?limit=1000").json();
        assertEquals(ids(neighbours.get("nodes")), nodes);
    }

    @Test
    void bad_export_requests_get_a_problem_naming_the_parameter() {
        assertBadParameter(http.get("/api/export?format=pdf"), "format");
        assertBadParameter(http.get("/api/export?ids=ndi&entity=ndi"), "ids");
        assertBadParameter(http.get("/api/export?depth=2"), "depth");
        assertBadParameter(http.get("/api/export?entity=ndi&depth=9"), "depth");
        assertBadParameter(http.get("/api/export?ids=" + Http.encode("<script>")), "ids");
        var unknown = assertProblem(http.get("/api/export?ids=ndi,no-such-entity"), 404);
        assertTrue(unknown.get("detail").asText().contains("no-such-entity"));
        assertProblem(http.get("/api/export?entity=no-such-entity"), 404);
    }

    private static Set<String> ids(JsonNode array) {
        var ids = new HashSet<String>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static JsonNode find(JsonNode array, String id) {
        for (var n : array) if (n.get("id").asText().equals(id)) return n;
        throw new AssertionError("no " + id);
    }

    private static org.w3c.dom.Node findById(org.w3c.dom.NodeList list, String id) {
        for (int i = 0; i < list.getLength(); i++) {
            if (((Element) list.item(i)).getAttribute("id").equals(id)) return list.item(i);
        }
        throw new AssertionError("no " + id);
    }

    /** The data of a GraphML node or edge by attribute name. */
    private static Map<String, String> values(Element element, Map<String, Element> keys) {
        var values = new HashMap<String, String>();
        var data = element.getElementsByTagNameNS(GRAPHML, "data");
        for (int i = 0; i < data.getLength(); i++) {
            var d = (Element) data.item(i);
            values.put(keys.get(d.getAttribute("key")).getAttribute("attr.name"), d.getTextContent());
        }
        return values;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var files = new HashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static List<List<String>> csv(byte[] file) throws IOException {
        var rows = new ArrayList<List<String>>();
        try (var it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerForListOf(String.class).readValues(file)) {
            while (it.hasNext()) rows.add((List<String>) it.next());
        }
        return rows;
    }
}
