package org.tracegraph.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * Every entity of the {@code ftm} export held against FollowTheMoney's own schema files
 * ({@code src/test/resources/ftm/schema/}, FtM 4): a concrete schema, only properties it or its parents
 * define, its required properties, FtM dates, and entity references that name an exported entity within the
 * property's range. And the evidence is where the export says it is.
 */
@ExtendWith(TestServer.class)
class FtmSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FTM_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T[\\d:.]+Z?)?)?)?");
    private final Http http = TestServer.http();

    /** FtM's schemata as its YAML files declare them, read as they are needed. */
    static final class Model {
        private static final YAMLMapper YAML = new YAMLMapper();
        private final Map<String, JsonNode> schemata = new HashMap<>();

        JsonNode schema(String name) {
            return schemata.computeIfAbsent(name, n -> {
                try (var in = FtmSchemaTest.class.getResourceAsStream("/ftm/schema/" + n + ".yaml")) {
                    if (in == null) throw new AssertionError("no FtM schema file for " + n);
                    return YAML.readTree(in).get(n);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** The schema and every schema it extends, nearest first. */
        Set<String> lineage(String name) {
            var lineage = new LinkedHashSet<String>();
            lineage.add(name);
            schema(name).path("extends").forEach(parent -> lineage.addAll(lineage(parent.asText())));
            return lineage;
        }

        /** Every property the schema and its parents define, by name; the nearest definition wins. */
        Map<String, JsonNode> properties(String name) {
            var properties = new LinkedHashMap<String, JsonNode>();
            for (var schema : lineage(name)) {
                schema(schema).path("properties").fields().forEachRemaining(p -> properties.putIfAbsent(p.getKey(), p.getValue()));
            }
            return properties;
        }

        /** Its own {@code required} list where it has one, else its parents' (so Document needs fileName, not name). */
        Set<String> required(String name) {
            var own = schema(name).get("required");
            var required = new LinkedHashSet<String>();
            if (own != null) own.forEach(r -> required.add(r.asText()));
            else schema(name).path("extends").forEach(parent -> required.addAll(required(parent.asText())));
            return required;
        }
    }

    private List<JsonNode> exported() throws IOException {
        var entities = new ArrayList<JsonNode>();
        for (var line : new String(http.bytes("/api/export?format=ftm"), StandardCharsets.UTF_8).split("\n")) {
            entities.add(JSON.readTree(line));
        }
        return entities;
    }

    @Test
    void every_exported_entity_uses_only_what_its_followthemoney_schema_defines() throws IOException {
        var model = new Model();
        var entities = exported();
        var schemaOf = new HashMap<String, String>();
        entities.forEach(e -> schemaOf.put(e.get("id").asText(), e.get("schema").asText()));
        var problems = new ArrayList<String>();
        for (var entity : entities) {
            var id = entity.get("id").asText();
            var schema = entity.get("schema").asText();
            if (model.schema(schema).path("abstract").asBoolean(false)) problems.add(id + ": " + schema + " is abstract");
            var defined = model.properties(schema);
            var properties = entity.get("properties");
            for (var required : model.required(schema)) {
                if (!properties.has(required) || properties.get(required).isEmpty()) {
                    problems.add(id + ": " + schema + " requires " + required);
                }
            }
            properties.fields().forEachRemaining(p -> {
                var definition = defined.get(p.getKey());
                if (definition == null) {
                    problems.add(id + ": " + schema + " defines no property " + p.getKey());
                    return;
                }
                if (!p.getValue().isArray()) problems.add(id + ": " + p.getKey() + " is not a list of values");
                for (var value : p.getValue()) {
                    if (!value.isTextual()) problems.add(id + ": " + p.getKey() + " has a value that is not a string");
                    var type = definition.path("type").asText("string");
                    if (type.equals("date") && !FTM_DATE.matcher(value.asText()).matches()) {
                        problems.add(id + ": " + p.getKey() + " is no FtM date: " + value.asText());
                    }
                    if (type.equals("entity")) {
                        var target = schemaOf.get(value.asText());
                        var range = definition.path("range").asText("Thing");
                        if (target == null) problems.add(id + ": " + p.getKey() + " names no exported entity: " + value.asText());
                        else if (!model.lineage(target).contains(range)) {
                            problems.add(id + ": " + p.getKey() + " names a " + target + ", outside its range " + range);
                        }
                    }
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void every_link_keeps_its_evidence_sources_in_proof_quote_in_summary_status_and_claimant_in_description() throws IOException {
        var graph = http.get("/api/export?format=json").json();
        var links = new HashMap<String, JsonNode>();
        exported().forEach(e -> links.put(e.get("id").asText(), e.get("properties")));
        int claimed = 0;
        for (var edge : graph.get("edges")) {
            var link = links.get(edge.get("id").asText());
            assertTrue(link != null, "no FtM link for " + edge.get("id"));
            var sources = new ArrayList<String>();
            edge.get("sourceIds").forEach(s -> sources.add(s.asText()));
            var proof = new ArrayList<String>();
            link.get("proof").forEach(s -> proof.add(s.asText()));
            assertEquals(sources, proof, edge::toString);
            assertEquals(edge.get("quote").asText(), link.get("summary").get(0).asText(), edge::toString);
            var description = link.get("description").get(0).asText();
            assertTrue(description.startsWith("status: " + edge.get("status").asText() + "; quote: verified"),
                    "every seed quote is verified against the article's held text: " + description);
            if (edge.hasNonNull("claimedBy")) {
                claimed++;
                assertTrue(description.endsWith("; claimed by: " + edge.get("claimedBy").asText()), description);
            }
            assertFalse(link.has("status"), "the epistemic status is not FtM's Interest status: " + link);
        }
        assertTrue(claimed > 0, "the seed has attributed claims");
    }

    @Test
    void the_schema_files_are_followthemoney_4s_with_proof_on_every_link() {
        var model = new Model();
        for (var link : List.of("Membership", "Employment", "Family", "Associate", "UnknownLink")) {
            var proof = model.properties(link).get("proof");
            assertTrue(proof != null && proof.path("range").asText().equals("Document"), link);
            assertFalse(model.properties(link).containsKey("notes"), "Interval has no notes in FtM 4: " + link);
        }
        assertFalse(model.properties("Family").containsKey("status"), "the issue: FtM defines no status on Family");
        assertFalse(model.properties("Associate").containsKey("role"), "the issue: FtM defines no role on Associate");
        assertEquals(Set.of("fileName"), model.required("Document"));
    }
}
