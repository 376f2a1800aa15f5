package org.tracegraph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.tracegraph.core.Status;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.neo4j.Database;
import org.tracegraph.neo4j.GraphSetup;
import org.tracegraph.support.TestServer;

/** The article's graph as loaded at first start: every claim sourced, quoted verbatim, and well formed. */
@ExtendWith(TestServer.class)
class SeedGraphTest {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Set<String> TYPES = Set.of("Person", "Organisation", "Event", "Place", "Source");

    private final Database db = TestServer.server().database();

    private List<Record> read(String cypher) {
        return db.read(cypher, Map.of());
    }

    @Test
    void every_node_is_an_entity_of_exactly_one_type_with_a_slug_id_a_name_aliases_and_a_description() {
        // the history of changes, the old ids of merged entities and the start-up migrations' records are nodes
        // too, but not entities
        var nodes = read("MATCH (n) WHERE NOT n:Change AND NOT n:Redirect AND NOT n:Migration RETURN n");
        assertTrue(nodes.size() >= 70, "the article names some 80 entities, found " + nodes.size());
        var ids = new HashSet<String>();
        for (var row : nodes) {
            var n = row.get("n").asNode();
            var id = n.get("id").asString(null);
            assertNotNull(id, () -> "node without id: " + n.asMap());
            assertTrue(SLUG.matcher(id).matches(), "not a slug: " + id);
            assertTrue(ids.add(id), "duplicate id " + id);
            var labels = new HashSet<String>();
            n.labels().forEach(labels::add);
            assertTrue(labels.remove("Entity"), id + " lacks the Entity label");
            assertEquals(1, labels.size(), id + " has labels " + labels);
            assertTrue(TYPES.containsAll(labels), id + " has labels " + labels);
            assertFalse(n.get("name").asString("").isBlank(), id + " has no name");
            assertFalse(n.get("description").asString("").isBlank(), id + " has no description");
            assertTrue(n.get("aliases").hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST()),
                    id + " has no aliases list");
        }
    }

    @Test
    void the_people_organisations_and_events_of_the_article_are_there() {
        var ids = read("MATCH (n:Entity) RETURN n.id AS id").stream().map(r -> r.get("id").asString())
                .collect(Collectors.toSet());
        for (var id : List.of("khadija-ismayilova", "ruslan-bashirli", "elnur-israfilov", "mammad-ibrahimli",
                "eynullah-fatullayev", "ilham-aliyev", "karl-rahder", "yeni-musavat-editor", "azeri-opposition-source",
                "bashirli-co-defendant-1", "bashirli-co-defendant-2", "musavat", "yeni-musavat", "yeni-fekir", "ndi",
                "rfe-rl", "turan-news-agency", "ans-tv", "blackmail-video-website", "osce", "democracy-international",
                "university-of-chicago", "isn-security-watch", "isn-insights", "eurovision-2012", "novruz-2012",
                "rahder-2012-azerbaijan-blackmail-video", "ismayilova-blackmail-video", "bashirli-letter-to-aliyev",
                "israfilov-letter", "bashirli-tbilisi-footage", "turan-report-yeni-musavat-editor")) {
            assertTrue(ids.contains(id), "missing " + id);
        }
    }

    @Test
    void every_relationship_has_a_unique_id_sources_a_verbatim_quote_and_a_valid_status() throws IOException {
        var statuses = Set.copyOf(Status.words());
        var types = Vocabulary.get().relationshipTypes().stream().map(Vocabulary.RelationshipType::name)
                .collect(Collectors.toSet());
        var sources = read("MATCH (s:Source) RETURN s.id AS id").stream().map(r -> r.get("id").asString())
                .collect(Collectors.toSet());
        var entities = read("MATCH (n:Entity) RETURN n.id AS id").stream().map(r -> r.get("id").asString())
                .collect(Collectors.toSet());
        var rows = read("MATCH (a)-[r]->(b) RETURN r, a.id AS a, b.id AS b");
        assertTrue(rows.size() >= 100, "the article states some 150 links, found " + rows.size());
        var ids = new HashSet<String>();
        var problems = new ArrayList<String>();
        for (var row : rows) {
            var r = row.get("r").asRelationship();
            var id = r.get("id").asString("(no id) " + row.get("a") + " " + r.type() + " " + row.get("b"));
            if (!SLUG.matcher(id).matches() || !ids.add(id)) problems.add(id + ": id missing, not a slug or repeated");
            if (!types.contains(r.type())) problems.add(id + ": type " + r.type() + " is not in the vocabulary");
            if (!statuses.contains(r.get("status").asString(""))) problems.add(id + ": status " + r.get("status"));
            var sourceIds = r.get("sourceIds").asList(Value::asString, List.of());
            if (sourceIds.isEmpty()) problems.add(id + ": no source");
            for (var sourceId : sourceIds) {
                if (!sources.contains(sourceId)) problems.add(id + ": source " + sourceId + " is not a Source");
            }
            var quote = r.get("quote").asString("");
            var text = sourceIds.isEmpty() ? null : sourceText(sourceIds.get(0));
            if (quote.isBlank()) problems.add(id + ": no quote");
            else if (text == null) problems.add(id + ": its first source " + sourceIds.get(0) + " has no text to check");
            else if (!text.contains(quote)) problems.add(id + ": quote is not verbatim: " + quote);
            var claimedBy = r.get("claimedBy").asString(null);
            if (claimedBy != null && !entities.contains(claimedBy)) problems.add(id + ": claimedBy " + claimedBy);
            for (var key : List.of("date", "startDate", "endDate")) {
                var date = r.get(key).asString(null);
                if (date != null && !PARTIAL_DATE.matcher(date).matches()) problems.add(id + ": " + key + " " + date);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void contested_claims_stay_side_by_side() {
        // the site's tie to Musavat: denied by RFE/RL and by the Yeni Musavat editor, each on its own
        var claims = read("""
                MATCH (:Entity {id: 'blackmail-video-website'})-[r]->(:Entity {id: 'musavat'})
                RETURN r.status AS status, r.claimedBy AS claimedBy""");
        var claimants = claims.stream().map(r -> r.get("claimedBy").asString(null)).collect(Collectors.toSet());
        assertTrue(claims.size() >= 2 && claimants.size() == claims.size() && !claimants.contains(null),
                "one relationship per denier, each naming who denies: " + claims);
        // Israfilov's authorship of his letter: alleged, and disputed by his uncle
        var authorship = read("""
                MATCH (:Entity {id: 'elnur-israfilov'})-[r:WROTE]->(:Entity {id: 'israfilov-letter'})
                RETURN r.status AS status, r.claimedBy AS claimedBy""");
        var statuses = authorship.stream().map(r -> r.get("status").asString()).collect(Collectors.toSet());
        assertTrue(statuses.contains("disputed") && statuses.size() >= 2, "side by side: " + authorship);
    }

    @Test
    void nodes_carry_the_properties_of_their_type_and_dates_keep_their_precision() {
        var problems = new ArrayList<String>();
        for (var row : read("MATCH (n:Entity) RETURN n, [l IN labels(n) WHERE l <> 'Entity'][0] AS type")) {
            var n = row.get("n").asNode();
            var id = n.get("id").asString();
            var type = row.get("type").asString();
            if (type.equals("Source") && (n.get("title").isNull() || n.get("kind").isNull())) {
                problems.add(id + ": a source needs a title and a kind");
            }
            if ((type.equals("Organisation") || type.equals("Place")) && n.get("kind").isNull()) {
                problems.add(id + ": no kind");
            }
            if (type.equals("Event") && n.get("date").isNull() && n.get("startDate").isNull() && n.get("endDate").isNull()) {
                problems.add(id + ": an event needs a date");
            }
            for (var key : List.of("date", "startDate", "endDate", "published")) {
                var date = n.get(key).asString(null);
                if (date != null && !PARTIAL_DATE.matcher(date).matches()) problems.add(id + ": " + key + " " + date);
            }
            for (var key : n.keys()) {
                if (n.get(key).isNull()) problems.add(id + ": null " + key);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void every_row_of_the_seed_files_made_its_node_or_relationship() throws IOException {
        int nodeRows = 0;
        int relationshipRows = 0;
        for (var file : GraphSetup.SEED_FILES) {
            var text = resource("cypher/" + file);
            nodeRows += count(text, "{id: '");
            relationshipRows += count(text, "{from: '");
        }
        assertEquals(nodeRows, read("MATCH (n:Entity) RETURN count(n) AS c").get(0).get("c").asInt());
        assertEquals(relationshipRows, read("MATCH ()-[r]->() RETURN count(r) AS c").get(0).get("c").asInt(),
                "a relationship row whose ends are not both nodes creates nothing");
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) count++;
        return count;
    }

    private static String sourceText(String sourceId) throws IOException {
        try (InputStream in = SeedGraphTest.class.getClassLoader().getResourceAsStream("sources/" + sourceId + ".txt")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedGraphTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
