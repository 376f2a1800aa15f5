package org.tracegraph.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.tracegraph.core.Editor;
import org.tracegraph.core.Folding;
import org.tracegraph.core.Precondition;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.curation.ChangeLog;
import org.tracegraph.curation.CurationService;
import org.tracegraph.curation.EntityWrites;
import org.tracegraph.curation.Fields;
import org.tracegraph.curation.RelationshipWrites;
import org.tracegraph.duplicates.DuplicatePair;
import org.tracegraph.duplicates.DuplicateService;
import org.tracegraph.json.Json;
import org.tracegraph.mentions.Cues;
import org.tracegraph.mentions.Mention;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * The review queue: what ingested documents propose, kept as private {@code :ReviewItem}s (cypher/app/review/)
 * until an editor decides, and the pairs of possible duplicates, read from {@link DuplicateService} as they are
 * now. An acceptance writes through the curation write path in the same transaction as the decision (a link's
 * quote is checked against the held text; the history records who decided); a rejection is kept, so the same
 * candidate never comes back.
 */
public final class ReviewService {
    public static final String KIND = "review";
    public static final String LINK = "link";
    public static final String ENTITY = "entity";
    public static final String DUPLICATE = "duplicate";
    public static final List<String> KINDS = List.of(LINK, ENTITY, DUPLICATE);
    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
    public static final List<String> STATES = List.of(OPEN, ACCEPTED, REJECTED);
    /** The most a document proposes: links first, then new names. */
    static final int MAX_ITEMS = 2_000;
    /** The entities of one sentence that are paired: the first so many named (at most six links a sentence). */
    static final int MAX_PAIRED = 4;
    /** How deep the duplicates' list is read for the queue: a page of it, or the pair an id names. */
    static final int MAX_DUPLICATES = 200;
    private static final Set<String> LINK_FIELDS = Set.of("decision", "type", "status", "claimedBy", "from", "to",
            "role", "date", "startDate", "endDate", "dateApprox", "note");
    private static final String DUPLICATE_PREFIX = DUPLICATE + "-";

    private final Database db;
    private final CurationService curation;
    private final DuplicateService duplicates;

    public ReviewService(Database db, CurationService curation, DuplicateService duplicates) {
        this.db = db;
        this.curation = curation;
        this.duplicates = duplicates;
    }

    // ---- proposals, at ingestion

    /**
     * Stores what {@code text} (the source {@code sourceId}'s held text, which {@code found} was found in)
     * proposes: a link for each pair of known entities named in one sentence, an entity for each name the graph
     * does not know. Returns how many items are new (an item stored before, decided or not, stays as it is).
     */
    public int propose(String sourceId, String text, Mention.Found found) {
        var items = proposals(sourceId, text, found);
        if (items.isEmpty()) return 0;
        return db.writeTransaction(tx -> tx.run(CypherFile.query("app/review/review-propose.cypher"),
                Map.of("items", items)).single().get("made").asInt());
    }

    static List<Map<String, Object>> proposals(String sourceId, String text, Mention.Found found) {
        var items = new LinkedHashMap<String, Map<String, Object>>();
        for (var sentence : found.sentences()) {
            var inside = found.mentions().stream()
                    .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).toList();
            var paired = sentence.entities().subList(0, Math.min(MAX_PAIRED, sentence.entities().size()));
            for (int i = 0; i < paired.size(); i++) {
                for (int j = i + 1; j < paired.size(); j++) {
                    if (items.size() >= MAX_ITEMS) return List.copyOf(items.values());
                    var item = link(sourceId, text, sentence, first(inside, paired.get(i)), first(inside, paired.get(j)));
                    items.putIfAbsent((String) item.get("id"), item);
                }
            }
        }
        for (var name : NewNames.in(text, found.mentions())) {
            if (items.size() >= MAX_ITEMS) break;
            var item = new HashMap<String, Object>();
            item.put("id", id(sourceId, ENTITY, Folding.fold(name.name())));
            item.put("kind", ENTITY);
            item.put("sourceId", sourceId);
            item.put("quote", text.substring(name.sentence().start(), name.sentence().end()));
            item.put("start", name.sentence().start());
            item.put("end", name.sentence().end());
            item.put("name", name.name());
            item.put("nameStart", name.start());
            item.put("nameEnd", name.end());
            item.put("suggestedType", name.suggestedType());
            items.putIfAbsent((String) item.get("id"), item);
        }
        return List.copyOf(items.values());
    }

    private static Mention first(List<Mention> mentions, String entity) {
        return mentions.stream().filter(m -> m.id().equals(entity)).findFirst().orElseThrow();
    }

    private static Map<String, Object> link(String sourceId, String text, Mention.Sentence sentence, Mention a,
                                            Mention b) {
        var quote = text.substring(sentence.start(), sentence.end());
        var item = new HashMap<String, Object>();
        item.put("id", id(sourceId, LINK, a.id() + "\n" + b.id() + "\n" + quote.strip().replaceAll("\\s+", " ")));
        item.put("kind", LINK);
        item.put("sourceId", sourceId);
        item.put("quote", quote);
        item.put("start", sentence.start());
        item.put("end", sentence.end());
        for (var end : List.of(Map.entry("from", a), Map.entry("to", b))) {
            var m = end.getValue();
            item.put(end.getKey(), m.id());
            item.put(end.getKey() + "Name", m.name());
            item.put(end.getKey() + "Type", m.type());
            item.put(end.getKey() + "Start", m.start());
            item.put(end.getKey() + "End", m.end());
        }
        var cues = sentence.cues();
        item.put("cues", json(cues));
        item.put("suggests", cues.stream().map(Cues.Found::suggests).distinct().toList());
        item.put("claimants", cues.stream().map(Cues.Found::claimant).filter(c -> c != null).distinct().toList());
        item.put("claimantRequired", cues.stream().anyMatch(ReviewService::attributes));
        return item;
    }

    /** Whether a cue found attributes the claim to someone (the vocabulary says where its claimant is named). */
    private static boolean attributes(Cues.Found cue) {
        return Vocabulary.get().cues().stream().anyMatch(c -> c.kind().equals(cue.kind()) && c.claimant() != null
                && c.words().stream().anyMatch(w -> w.equalsIgnoreCase(cue.text())));
    }

    /** An item's id: from its source, kind and content, so the same candidate is always the same item. */
    static String id(String sourceId, String kind, String content) {
        return kind + "-" + digest(sourceId + "\n" + kind + "\n" + content);
    }

    private static String digest(String text) {
        try {
            var bytes = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(bytes, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the queue

    /** A page of the queue: items of {@code kind} (null: links and entities) in {@code state}. */
    public ReviewItem.Page items(String source, String kind, String state, int offset, int limit) {
        if (DUPLICATE.equals(kind)) return duplicates(source, state, offset, limit);
        var params = new HashMap<String, Object>();
        params.put("state", state);
        params.put("source", source);
        params.put("kind", kind);
        params.put("offset", offset);
        params.put("limit", limit + 1);
        var items = db.read(CypherFile.query("app/review/review-items.cypher"), params).stream()
                .map(ReviewService::item).toList();
        var more = items.size() > limit;
        return new ReviewItem.Page(more ? items.subList(0, limit) : items, more ? offset + limit : null);
    }

    private ReviewItem.Page duplicates(String source, String state, int offset, int limit) {
        if (source != null) {
            throw ProblemException.badParameter("source", "Possible duplicates are pairs of entities, not of one"
                    + " source: leave source out with kind=duplicate");
        }
        // a pair decided is no longer listed by the duplicates' service: only open pairs are in the queue
        if (!OPEN.equals(state)) return new ReviewItem.Page(List.of(), null);
        if (offset + limit > MAX_DUPLICATES) {
            throw ProblemException.badParameter("offset", "The queue lists the best " + MAX_DUPLICATES
                    + " possible duplicates: offset + limit must be at most " + MAX_DUPLICATES);
        }
        var pairs = duplicates.pairs(Optional.empty(), offset + limit + 1).pairs();
        var page = pairs.subList(Math.min(offset, pairs.size()), Math.min(offset + limit, pairs.size())).stream()
                .map(ReviewService::duplicate).toList();
        return new ReviewItem.Page(page, pairs.size() > offset + limit ? offset + limit : null);
    }

    private static ReviewItem duplicate(DuplicatePair pair) {
        return duplicate(pair, OPEN);
    }

    private static ReviewItem duplicate(DuplicatePair pair, String state) {
        return new ReviewItem(duplicateId(pair.a().id(), pair.b().id()), DUPLICATE, state, null, null, null, null,
                null, null, null, null, null, null, pair, null, null, null, null, null, null);
    }

    static String duplicateId(String a, String b) {
        return DUPLICATE_PREFIX + digest(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
    }

    public ReviewItem item(String id) {
        if (id.startsWith(DUPLICATE_PREFIX)) return duplicate(pair(id));
        var rows = db.read(CypherFile.query("app/review/review-item.cypher"), Map.of("id", id));
        if (rows.isEmpty()) throw ProblemException.notFound("review item", id);
        return item(rows.get(0));
    }

    private DuplicatePair pair(String id) {
        return duplicates.pairs(Optional.empty(), MAX_DUPLICATES).pairs().stream()
                .filter(p -> duplicateId(p.a().id(), p.b().id()).equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("review item", id));
    }

    // ---- decisions

    /** A decision's outcome: the item as it is now, and, for a duplicate, what the service that decided answered. */
    public record Decided(ReviewItem item, Object outcome) {
    }

    /** Rejects an item: it stays, rejected, so that the same candidate never comes back. */
    public Decided reject(Editor editor, String id, Precondition expected, JsonNode body) {
        Fields.onlyKnown(body, Set.of("decision"), "a rejection");
        if (id.startsWith(DUPLICATE_PREFIX)) {
            var pair = pair(id);
            var decision = duplicates.decideDifferent(editor, pair.a().id(), pair.b().id(), null);
            return new Decided(duplicate(pair, REJECTED), decision);
        }
        return db.writeTransaction(tx -> {
            var before = lockOpen(tx, id, expected);
            return new Decided(decide(tx, editor, before, REJECTED, null, entityIds(before)), null);
        });
    }

    /**
     * Accepts a link or a new entity with the fields the editor gives ({@code type} and {@code status} for a
     * link, and {@code claimedBy} when its cues attribute the claim; the entity's fields for a name), written
     * through the curation write path in the same transaction as the decision.
     */
    public Decided accept(Editor editor, String id, Precondition expected, JsonNode body) {
        if (id.startsWith(DUPLICATE_PREFIX)) return merge(editor, id, body);
        return db.writeTransaction(tx -> {
            var before = lockOpen(tx, id, expected);
            String result;
            List<String> entityIds;
            if (LINK.equals(before.kind())) {
                var relationship = RelationshipWrites.create(tx, editor, relationship(before, body));
                result = relationship.id();
                entityIds = List.of(relationship.from(), relationship.to());
            } else {
                result = EntityWrites.create(tx, editor, entity(body)).id();
                entityIds = List.of(result);
            }
            return new Decided(decide(tx, editor, before, ACCEPTED, result, entityIds), null);
        });
    }

    /** Accepting a pair of duplicates merges one into the other ({@code into}): the admin's merge, under If-Match of the survivor. */
    private Decided merge(Editor editor, String id, JsonNode body) {
        Fields.onlyKnown(body, Set.of("decision", "into"), "the acceptance of a pair of duplicates");
        var into = Fields.id(body, "into");
        var pair = pair(id);
        if (into == null || !into.equals(pair.a().id()) && !into.equals(pair.b().id())) {
            throw ProblemException.badBody("into", "into is required: the id of the one of the two that survives, '"
                    + pair.a().id() + "' or '" + pair.b().id() + "'");
        }
        var other = into.equals(pair.a().id()) ? pair.b().id() : pair.a().id();
        return new Decided(duplicate(pair, ACCEPTED), curation.merge(editor, other, into, Precondition.ANY));
    }

    private static ObjectNode relationship(ReviewItem item, JsonNode body) {
        Fields.onlyKnown(body, LINK_FIELDS, "the acceptance of a link");
        for (var field : List.of("type", "status")) {
            if (body.get(field) == null || body.get(field).isNull()) {
                throw ProblemException.badBody(field, field + " is required: a proposed link has no " + field
                        + " until an editor chooses one (see /api/vocabulary)");
            }
        }
        if (Boolean.TRUE.equals(item.claimantRequired()) && !body.has("claimedBy")) {
            throw ProblemException.badBody("claimedBy", "claimedBy is required: the sentence attributes the claim ("
                    + String.join(", ", item.cues().stream().map(Cues.Found::text).toList()) + "); give the id of who"
                    + " claims it, or null if no one in the source does");
        }
        var ends = Set.of(item.from().id(), item.to().id());
        var from = body.has("from") ? Fields.id(body, "from") : item.from().id();
        var to = body.has("to") ? Fields.id(body, "to") : item.to().id();
        if (from == null || to == null || from.equals(to) || !ends.contains(from) || !ends.contains(to)) {
            throw ProblemException.badBody(body.has("from") ? "from" : "to", "from and to must be the link's two"
                    + " entities, '" + item.from().id() + "' and '" + item.to().id() + "', in either order");
        }
        var relationship = ((ObjectNode) body).deepCopy();
        relationship.remove("decision");
        relationship.put("from", from);
        relationship.put("to", to);
        relationship.putArray("sourceIds").add(item.source().id());
        relationship.put("quote", item.sentence().text());
        if (relationship.has("claimedBy") && relationship.get("claimedBy").isNull()) relationship.remove("claimedBy");
        return relationship;
    }

    private static ObjectNode entity(JsonNode body) {
        for (var field : List.of("type", "name")) {
            if (body.get(field) == null || body.get(field).isNull()) {
                throw ProblemException.badBody(field, field + " is required: a new entity is what the editor says it"
                        + " is (the suggested type is only a suggestion)");
            }
        }
        var entity = ((ObjectNode) body).deepCopy();
        entity.remove("decision");
        return entity;
    }

    private static ReviewItem lockOpen(TransactionContext tx, String id, Precondition expected) {
        var rows = tx.run(CypherFile.query("app/review/review-lock.cypher"), Map.of("id", id)).list();
        if (rows.isEmpty()) throw ProblemException.notFound("review item", id);
        var item = item(rows.get(0));
        expected.check("review item", id, item.rev());
        if (!OPEN.equals(item.state())) {
            throw ProblemType.CONFLICT.exception("The review item '" + id + "' was " + item.state() + " by "
                    + item.decidedBy() + " at " + item.decidedAt() + ": it is decided", "decision");
        }
        return item;
    }

    private static ReviewItem decide(TransactionContext tx, Editor editor, ReviewItem before, String state,
                                     String result, List<String> entityIds) {
        var params = new HashMap<String, Object>();
        params.put("id", before.id());
        params.put("state", state);
        params.put("decidedBy", editor.name());
        params.put("decidedByClaim", editor.claim());
        params.put("result", result);
        var after = item(tx.run(CypherFile.query("app/review/review-decide.cypher"), params).single());
        ChangeLog.record(tx, editor, ACCEPTED.equals(state) ? "accept" : "reject", KIND, before.id(), entityIds,
                before, after);
        return after;
    }

    private static List<String> entityIds(ReviewItem item) {
        return LINK.equals(item.kind()) ? List.of(item.from().id(), item.to().id()) : List.of();
    }

    // ---- from the store

    static ReviewItem item(Record row) {
        var r = row.get("r").asNode();
        var kind = r.get("kind").asString();
        var link = LINK.equals(kind);
        return new ReviewItem(r.get("id").asString(), kind, r.get("state").asString(),
                new ReviewItem.Ref(r.get("sourceId").asString(), row.get("sourceTitle").asString(null)),
                new ReviewItem.Quote(r.get("quote").asString(), r.get("start").asInt(), r.get("end").asInt()),
                link ? named(r, "from") : null, link ? named(r, "to") : null,
                link ? null : new ReviewItem.Named(null, r.get("name").asString(), null, r.get("nameStart").asInt(),
                        r.get("nameEnd").asInt()),
                link ? null : r.get("suggestedType").asString(null),
                link ? cues(r.get("cues").asString("[]")) : null,
                link ? r.get("suggests").asList(Value::asString) : null,
                link ? r.get("claimants").asList(Value::asString) : null,
                link ? r.get("claimantRequired").asBoolean(false) : null, null,
                instant(r, "created"), r.get("decidedBy").asString(null), r.get("decidedByClaim").asString(null),
                instant(r, "decidedAt"), r.get("result").asString(null), r.get("rev").asLong());
    }

    private static ReviewItem.Named named(Node r, String end) {
        return new ReviewItem.Named(r.get(end).asString(), r.get(end + "Name").asString(null),
                r.get(end + "Type").asString(null), r.get(end + "Start").asInt(), r.get(end + "End").asInt());
    }

    private static String instant(Node n, String key) {
        var value = n.get(key);
        return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime().toString();
    }

    private static String json(List<Cues.Found> cues) {
        try {
            return Json.objectMapper().writeValueAsString(cues);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Cues.Found> cues(String json) {
        try {
            return Json.objectMapper().readValue(json, new TypeReference<List<Cues.Found>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
