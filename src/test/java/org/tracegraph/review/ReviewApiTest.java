package org.tracegraph.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.mentions.MentionService;
import org.tracegraph.support.GraphCounts;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * The review queue over real HTTP: a plain-text document ingested once proposes links between the test's own
 * entities and names the graph does not know; editors list, accept and reject them. Nothing proposed is
 * public before it is accepted; an acceptance writes through the curation path (quote verified, history kept);
 * a rejection is remembered; every bad input is a problem that changes nothing.
 */
@ExtendWith(TestServer.class)
class ReviewApiTest {
    private static final String PREFIX = "zz-review-";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WORD = Long.toString(System.nanoTime(), 36);
    private static final String ALPHA = PREFIX + "alpha-" + WORD;
    private static final String BETA = PREFIX + "beta-" + WORD;
    private static final String GAMMA = PREFIX + "gamma-" + WORD;
    /** New names: a person never accepted (the privacy marker), a place rejected, an organisation accepted. */
    private static final String PERSON = "Qzr" + WORD;
    private static final String PLACE = "Qzg" + WORD;
    private static final String ORGANISATION = "Qzo" + WORD + " Foundation";
    private final Http editor = TestServer.editor();
    private static String source;
    private static String held;
    private static int candidates;

    @BeforeAll
    static void ingest() {
        var editor = TestServer.editor();
        for (var id : List.of(ALPHA, BETA, GAMMA)) {
            var name = "Zz Review " + id.substring(PREFIX.length(), id.length() - WORD.length() - 1) + " " + WORD;
            var made = editor.post("/api/entities", json(Map.of("type", "Person", "name", name)));
            assertEquals(201, made.status(), made::toString);
            assertEquals(id, made.json().get("id").asText());
        }
        var text = "Zz Review alpha %s met Zz Review beta %s in %s, according to Zz Review gamma %s. Mr. %s denied it. The %s said nothing."
                .formatted(WORD, WORD, PLACE, WORD, PERSON, ORGANISATION);
        var response = editor.postBytes("/api/documents?name=memo.txt&title=" + Http.encode("zz review memo " + WORD),
                "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, response.status(), response::toString);
        source = response.json().get("source").get("id").asText();
        candidates = response.json().get("candidates").asInt();
        held = editor.get("/api/sources/" + source + "/text").body();
    }

    @AfterAll
    static void cleanUp() {
        TestServer.server().database().writeTransaction(tx -> {
            tx.run("MATCH (r:ReviewItem) WHERE r.sourceId STARTS WITH $p DELETE r", Map.of("p", PREFIX)).consume();
            tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH $p OR n.name CONTAINS $w DETACH DELETE n",
                    Map.of("p", PREFIX, "w", WORD)).consume();
            tx.run("MATCH (c:Change) WHERE any(id IN c.entityIds WHERE id STARTS WITH $p) OR c.targetId STARTS WITH $p"
                    + " OR (c.kind = 'review' AND (c.after CONTAINS $p OR c.before CONTAINS $p)) DELETE c",
                    Map.of("p", PREFIX)).consume();
            return null;
        });
    }

    @Test
    void an_ingested_document_proposes_links_without_type_or_status_and_new_names_with_a_suggested_type() {
        var items = items("source=" + source + "&limit=200");
        assertEquals(candidates, items.size(), "the answer's candidates are the review items the document made");
        var links = items.stream().filter(i -> i.get("kind").asText().equals("link")).toList();
        assertEquals(3, links.size(), "three known entities in one sentence: three pairs");
        for (var link : links) {
            assertFalse(link.has("type"), link::toString);
            assertFalse(link.has("status"), link::toString);
            assertEquals("open", link.get("state").asText());
            var sentence = link.get("sentence");
            assertEquals(held.substring(sentence.get("start").asInt(), sentence.get("end").asInt()),
                    sentence.get("text").asText(), "the quote is the held text's, at its offsets");
            for (var end : List.of("from", "to")) {
                var named = link.get(end);
                assertTrue(held.substring(named.get("start").asInt(), named.get("end").asInt())
                        .startsWith("Zz Review"), link::toString);
            }
            assertEquals("according to", link.get("cues").get(0).get("text").asText());
            assertEquals(List.of("reported"), strings(link.get("suggests")));
            assertEquals(List.of(GAMMA), strings(link.get("claimants")), "the cue names who claims it");
            assertTrue(link.get("claimantRequired").asBoolean());
        }
        assertEquals("Person", entityItem(PERSON).get("suggestedType").asText());
        assertEquals("Place", entityItem(PLACE).get("suggestedType").asText());
        assertEquals("Organisation", entityItem(ORGANISATION).get("suggestedType").asText());
        var person = entityItem(PERSON);
        assertEquals("Mr. " + PERSON + " denied it.", person.get("sentence").get("text").asText());
        assertEquals(PERSON, held.substring(person.get("name").get("start").asInt(), person.get("name").get("end").asInt()));
        assertTrue(items.stream().noneMatch(i -> i.path("name").path("name").asText().startsWith("Zz Review")),
                "a known entity is never a new name");
    }

    @Test
    void a_rejection_is_remembered_and_the_same_candidate_never_comes_back() {
        var place = entityItem(PLACE);
        var path = "/api/review/" + place.get("id").asText();
        var rejected = editor.withHeader("If-Match", etag(place)).post(path, "{\"decision\": \"reject\"}");
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("rejected", rejected.json().get("item").get("state").asText());
        assertEquals("editor", rejected.json().get("item").get("decidedBy").asText());
        assertTrue(items("source=" + source + "&kind=entity&limit=200").stream()
                .noneMatch(i -> i.get("id").equals(place.get("id"))), "no longer in the open queue");
        assertTrue(items("source=" + source + "&state=rejected").stream()
                .anyMatch(i -> i.get("id").equals(place.get("id"))));

        // the same text scanned again proposes the same items: none is new, the rejected one stays rejected
        var db = TestServer.server().database();
        var made = new ReviewService(db, null, null).propose(source, held, new MentionService(db).find(held));
        assertEquals(0, made);
        assertEquals("rejected", editor.get(path).json().get("state").asText());
        // and it cannot be decided again
        var again = editor.withHeader("If-Match", "*").post(path, "{\"decision\": \"reject\"}");
        assertProblem(again, 409);
    }

    @Test
    void accepting_a_link_needs_the_editors_type_status_and_claimant_and_writes_a_verified_relationship() {
        var link = link(ALPHA, BETA);
        var path = "/api/review/" + link.get("id").asText();
        var before = GraphCounts.now();
        var etag = etag(link);
        assertProblem(editor.post(path, "{\"decision\": \"accept\", \"type\": \"FRIEND_OF\", \"status\": \"reported\"}"), 428);
        assertEquals("type", assertProblem(editor.withHeader("If-Match", etag).post(path,
                "{\"decision\": \"accept\", \"status\": \"reported\", \"claimedBy\": \"" + GAMMA + "\"}"), 400)
                .path("parameter").asText(), "no default type");
        assertProblem(editor.withHeader("If-Match", etag).post(path,
                "{\"decision\": \"accept\", \"type\": \"FRIEND_OF\", \"claimedBy\": \"" + GAMMA + "\"}"), 400);
        var claimant = assertProblem(editor.withHeader("If-Match", etag).post(path,
                "{\"decision\": \"accept\", \"type\": \"FRIEND_OF\", \"status\": \"reported\"}"), 400);
        assertTrue(claimant.get("detail").asText().contains("claimedBy"), claimant::toString);
        assertProblem(editor.withHeader("If-Match", etag).post(path,
                "{\"decision\": \"accept\", \"type\": \"NOT_A_TYPE\", \"status\": \"reported\", \"claimedBy\": null}"), 400);
        assertProblem(editor.withHeader("If-Match", etag).post(path,
                "{\"decision\": \"accept\", \"type\": \"FRIEND_OF\", \"status\": \"reported\", \"claimedBy\": null, \"to\": \"ndi\"}"), 400);
        assertProblem(editor.withHeader("If-Match", "\"99\"").post(path,
                "{\"decision\": \"accept\", \"type\": \"FRIEND_OF\", \"status\": \"reported\", \"claimedBy\": null}"), 412);
        assertEquals(before, GraphCounts.now(), "a refused decision changes nothing");

        var accepted = editor.withHeader("If-Match", etag).withHeader("X-Editor", "Test Reviewer").post(path,
                "{\"decision\": \"accept\", \"type\": \"FRIEND_OF\", \"status\": \"reported\", \"claimedBy\": \"" + GAMMA + "\"}");
        assertEquals(200, accepted.status(), accepted::toString);
        var item = accepted.json().get("item");
        assertEquals("accepted", item.get("state").asText());
        var relationship = editor.get("/api/relationships/" + item.get("result").asText());
        assertEquals(200, relationship.status(), relationship::toString);
        var edge = relationship.json();
        assertEquals(link.get("sentence").get("text").asText(), edge.get("quote").asText());
        assertTrue(edge.get("quoteVerified").asBoolean(), edge::toString);
        assertEquals("reported", edge.get("status").asText());
        assertEquals(GAMMA, edge.get("claimedBy").asText());
        assertEquals(source, edge.get("sources").get(0).get("id").asText());
        var changes = editor.get("/api/changes?entity=" + ALPHA).json().get("changes");
        var decided = find(changes, c -> c.get("action").asText().equals("accept"));
        assertEquals("Test Reviewer", decided.get("editorClaim").asText(), decided::toString);

        var twice = editor.withHeader("If-Match", "*").post(path,
                "{\"decision\": \"accept\", \"type\": \"FRIEND_OF\", \"status\": \"reported\", \"claimedBy\": null}");
        assertProblem(twice, 409);
    }

    @Test
    void a_quote_no_held_text_holds_is_refused_and_nothing_is_written() {
        var link = link(ALPHA, GAMMA);
        var id = link.get("id").asText();
        // the item's quote altered in the store: the acceptance checks it against the held text all the same
        TestServer.server().database().writeTransaction(tx -> tx.run(
                "MATCH (r:ReviewItem {id: $id}) SET r.quote = 'words the memo never held'", Map.of("id", id)).consume());
        try {
            var before = GraphCounts.now();
            var refused = editor.withHeader("If-Match", etag(link)).post("/api/review/" + id,
                    "{\"decision\": \"accept\", \"type\": \"FRIEND_OF\", \"status\": \"reported\", \"claimedBy\": null}");
            assertEquals("quote", assertProblem(refused, 422).path("parameter").asText());
            assertEquals(before, GraphCounts.now());
            assertEquals("open", editor.get("/api/review/" + id).json().get("state").asText());
        } finally {
            TestServer.server().database().writeTransaction(tx -> tx.run("MATCH (r:ReviewItem {id: $id}) SET r.quote = $q",
                    Map.of("id", id, "q", link.get("sentence").get("text").asText())).consume());
        }
    }

    @Test
    void accepting_a_new_name_needs_its_fields_and_creates_the_entity() {
        var item = entityItem(ORGANISATION);
        var path = "/api/review/" + item.get("id").asText();
        var before = GraphCounts.now();
        assertProblem(editor.withHeader("If-Match", etag(item)).post(path,
                "{\"decision\": \"accept\", \"name\": \"" + ORGANISATION + "\"}"), 400);
        assertProblem(editor.withHeader("If-Match", etag(item)).post(path,
                "{\"decision\": \"accept\", \"type\": \"Organisation\"}"), 400);
        assertProblem(editor.withHeader("If-Match", etag(item)).post(path,
                "{\"decision\": \"accept\", \"type\": \"Spaceship\", \"name\": \"" + ORGANISATION + "\"}"), 400);
        assertEquals(before, GraphCounts.now());
        var accepted = editor.withHeader("If-Match", etag(item)).post(path, json(Map.of("decision", "accept",
                "type", "Organisation", "name", ORGANISATION, "kind", "NGO")));
        assertEquals(200, accepted.status(), accepted::toString);
        var entity = editor.get("/api/entities/" + accepted.json().get("item").get("result").asText());
        assertEquals(200, entity.status(), entity::toString);
        assertEquals(ORGANISATION, entity.json().get("name").asText());
        assertEquals("Organisation", entity.json().get("type").asText());
    }

    @Test
    void nothing_a_document_proposes_is_public_before_it_is_accepted() {
        var reader = TestServer.http();
        var personId = entityItem(PERSON).get("id").asText();
        for (var http : List.of(reader, editor)) {
            var search = http.get("/api/search?q=" + PERSON);
            assertEquals(200, search.status(), search::toString);
            search.json().get("results").forEach(r -> assertFalse(r.get("name").asText().contains(PERSON), search::toString));
            assertEquals(404, http.get("/api/entities/" + PERSON.toLowerCase()).status());
            var neighbours = http.get("/api/entities/" + BETA + "/neighbourhood");
            assertEquals(200, neighbours.status());
            assertFalse(neighbours.body().contains(GAMMA), "the proposed beta-gamma link is not in the graph");
            var cypher = cypher(http, json(Map.of("query",
                    "MATCH (n:Entity) WHERE n.name CONTAINS $m OR n.id CONTAINS $m RETURN n", "params", Map.of("m", PERSON))));
            assertEquals(200, cypher.status(), cypher::toString);
            assertFalse(cypher.body().contains(PERSON), cypher::toString);
            var label = http.post("/api/cypher", json(Map.of("query", "MATCH (r:ReviewItem) RETURN r")));
            assertTrue(label.status() >= 400, label::toString);
            assertFalse(label.body().contains(PERSON));
            var export = http.get("/api/export?format=json&ids=" + BETA + "," + GAMMA);
            assertEquals(200, export.status(), export::toString);
            assertFalse(export.body().contains(personId));
            export.json().get("edges").forEach(e -> assertFalse(Set.of(BETA, GAMMA).equals(
                    Set.of(e.get("source").asText(), e.get("target").asText())), "no beta-gamma link: " + e));
            // the whole graph: no entity is the unaccepted name (the source's held text, which names it, is the
            // document itself, public as every source's text is)
            var whole = http.get("/api/export?format=json");
            assertEquals(200, whole.status());
            whole.json().get("nodes").forEach(n -> assertFalse(n.get("name").asText().contains(PERSON), n::toString));
            var embed = http.post("/api/mentions", json(Map.of("text", "Mr. " + PERSON + " met Zz Review beta " + WORD + ".")));
            assertEquals(200, embed.status());
            assertFalse(embed.body().contains("\"" + PERSON + "\""), "an unaccepted name is no known entity");
        }
        // the queue itself is the editor's
        assertEquals(401, reader.get("/api/review").status());
        assertEquals(401, reader.get("/api/review/" + personId).status());
        assertEquals(401, reader.post("/api/review/" + personId, "{\"decision\": \"reject\"}").status());
    }

    @Test
    void bad_queries_and_decisions_are_problems_that_change_nothing() {
        var before = GraphCounts.now();
        assertBadParameter(editor.get("/api/review?kind=person"), "kind");
        assertBadParameter(editor.get("/api/review?state=maybe"), "state");
        assertBadParameter(editor.get("/api/review?limit=0"), "limit");
        assertBadParameter(editor.get("/api/review?limit=100000"), "limit");
        assertBadParameter(editor.get("/api/review?offset=-1"), "offset");
        assertBadParameter(editor.get("/api/review?source=Not%20An%20Id"), "source");
        assertBadParameter(editor.get("/api/review?kind=duplicate&source=" + source), "source");
        assertProblem(editor.get("/api/review/link-0000000000"), 404);
        var item = link(BETA, GAMMA);
        var path = "/api/review/" + item.get("id").asText();
        var ifMatch = editor.withHeader("If-Match", etag(item));
        assertProblem(ifMatch.post("/api/review/link-0000000000", "{\"decision\": \"reject\"}"), 404);
        assertProblem(ifMatch.post(path, "{}"), 400);
        assertProblem(ifMatch.post(path, "{\"decision\": \"maybe\"}"), 400);
        assertProblem(ifMatch.post(path, "{\"decision\": \"reject\", \"why\": \"no\"}"), 400);
        assertProblem(ifMatch.post(path, "[1, 2]"), 400);
        assertProblem(ifMatch.post(path, "{\"decision\": \"accept\", \"type\": \"FRIEND_OF\", \"status\": \"probable\", \"claimedBy\": null}"), 400);
        assertProblem(ifMatch.post(path, "{\"decision\": \"accept\", \"type\": \"FRIEND_OF\", \"status\": \"reported\","
                + " \"claimedBy\": null, \"quote\": \"a quote of my own\"}"), 400);
        assertEquals(before, GraphCounts.now());
        assertEquals("open", editor.get(path).json().get("state").asText());
    }

    @Test
    void possible_duplicates_are_in_the_queue_and_a_rejected_pair_leaves_it() {
        var name = "Qzd" + WORD + " Hasanova";
        var ids = new ArrayList<String>();
        for (var suffix : List.of("a", "b")) {
            var made = editor.post("/api/entities", json(Map.of("type", "Person", "name", name,
                    "id", PREFIX + "dup-" + suffix + "-" + WORD)));
            assertEquals(201, made.status(), made::toString);
            ids.add(made.json().get("id").asText());
        }
        var pair = find(items("kind=duplicate&limit=200"), i -> Set.of(ids.get(0), ids.get(1))
                .equals(Set.of(i.get("pair").get("a").get("id").asText(), i.get("pair").get("b").get("id").asText())));
        assertEquals("duplicate", pair.get("kind").asText());
        assertFalse(pair.get("pair").get("why").isEmpty());
        var path = "/api/review/" + pair.get("id").asText();
        assertEquals(200, editor.get(path).status());
        var forbidden = editor.post(path, json(Map.of("decision", "accept", "into", ids.get(0))));
        assertProblem(forbidden, 403);
        var rejected = editor.post(path, "{\"decision\": \"reject\"}");
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("different", rejected.json().get("outcome").get("decision").asText());
        assertTrue(items("kind=duplicate&limit=200").stream().noneMatch(i -> i.get("id").equals(pair.get("id"))));
        assertProblem(editor.get(path), 404);
    }

    // ---- helpers

    /** Runs a query, again after a timeout: the suite's 3 s limit is for the query, not a busy machine. */
    private static Http.Response cypher(Http http, String body) {
        var response = http.post("/api/cypher", body);
        for (int retry = 0; retry < 5 && response.status() == 504; retry++) response = http.post("/api/cypher", body);
        return response;
    }

    private static List<JsonNode> items(String query) {
        var response = TestServer.editor().get("/api/review?" + query);
        assertEquals(200, response.status(), response::toString);
        var list = new ArrayList<JsonNode>();
        response.json().get("items").forEach(list::add);
        return list;
    }

    private static JsonNode entityItem(String name) {
        return find(items("source=" + source + "&kind=entity&state=open&limit=200"),
                i -> i.get("name").get("name").asText().equals(name));
    }

    private static JsonNode link(String a, String b) {
        return find(items("source=" + source + "&kind=link&limit=200"), i -> Set.of(a, b)
                .equals(Set.of(i.get("from").get("id").asText(), i.get("to").get("id").asText())));
    }

    private static JsonNode find(Iterable<JsonNode> nodes, Predicate<JsonNode> test) {
        for (var n : nodes) if (test.test(n)) return n;
        throw new AssertionError("not found in " + nodes);
    }

    private static String etag(JsonNode item) {
        assertNotNull(item.get("rev"), item::toString);
        return "\"" + item.get("rev").asLong() + "\"";
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(v -> list.add(v.asText()));
        return list;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
