package org.tracegraph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.summary.Plan;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.support.LargeGraph;

/**
 * Every query of {@code cypher/app/} that starts from an id, a list of ids or a date finds its start through
 * an index, on a generated graph of a few thousand entities ({@link LargeGraph}, imported through the importer, as
 * users would, and its statistics made current before the first plan):
 * its plan, from EXPLAIN, has an index seek or a full-text procedure call, and no scan of every node, every
 * node of a label, or every relationship. The queries that read everything on purpose are listed with why.
 */
@ExtendWith(LargeGraph.class)
class IndexUseTest {

    /** Plan operators that read every node, every node of a label, or every relationship (of a type). */
    private static final Set<String> SCANS = Set.of("AllNodesScan", "NodeByLabelScan", "NodeIndexScan",
            "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan", "DirectedRelationshipTypeScan",
            "UndirectedRelationshipTypeScan", "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan");

    /** Operators that find a start without reading everything. */
    private static final Set<String> SEEKS = Set.of("NodeUniqueIndexSeek", "NodeIndexSeek", "NodeIndexSeekByRange",
            "MultiNodeIndexSeek", "ProcedureCall", "NodeByElementIdSeek", "DirectedRelationshipByElementIdSeek",
            "UndirectedRelationshipByElementIdSeek", "NodeCountFromCountStore", "RelationshipCountFromCountStore");

    /** Queries that read a whole label or the whole graph by design, and why that is right. */
    private static final Map<String, String> READ_EVERYTHING = Map.ofEntries(
            Map.entry("app/export-nodes-all.cypher", "the export of the whole graph"),
            Map.entry("app/export-relationships-all.cypher", "the export of the whole graph"),
            Map.entry("app/export-source-titles.cypher", "the export of the whole graph: every source's title"),
            Map.entry("app/export-property-keys.cypher", "the export's columns: every property key (ids null: the whole graph)"),
            Map.entry("app/mention-names.cypher", "the mention index is built from every name, then kept in memory"),
            Map.entry("app/mention-fingerprint.cypher", "counts entities and reads the newest change: count store and index"),
            Map.entry("app/sources.cypher", "the list of every source, ordered"),
            Map.entry("app/evidence/citing-relationships.cypher", "the relationships citing a source, when its held text"
                    + " changes: sourceIds is a list, which no RANGE index seeks into"),
            Map.entry("app/evidence/integrity.cypher", "the integrity report checks every relationship"),
            Map.entry("app/evidence/held-texts-all.cypher", "the integrity report reads every held text"),
            Map.entry("app/views.cypher", "the list of every saved view"),
            Map.entry("app/curation/changes.cypher", "the history, newest first; filtered by entity it reads the changes"
                    + " (entityIds is a list, which no RANGE index seeks into): see docs/performance.md, Indexes"),
            Map.entry("app/name-keys-missing.cypher", "the start-up backfill of nameKeys: entities without them,"
                    + " a batch at a time (all of them once, after an upgrade)"),
            Map.entry("app/duplicate-candidates.cypher", "duplicates: at most DuplicateService.SCAN entities read,"
                    + " each looked up in the full-text index (never all pairs)"),
            Map.entry("app/name-keys-clear.cypher", "the start-up backfill after a change of folding: every"
                    + " entity's nameKeys cleared, a batch at a time"),
            Map.entry("app/timeline-keys-missing.cypher", "the start-up backfill of the timeline keys: dated events"
                    + " without them, a batch at a time (all of them once, after an upgrade)"),
            Map.entry("app/timeline-keys-clear.cypher", "the start-up backfill after a change of the timeline keys:"
                    + " every event's keys cleared, a batch at a time"));

    /** Queries that read no graph at all: the list of procedures. */
    private static final Set<String> NOT_THE_GRAPH = Set.of("app/paths-procedure.cypher",
            "app/schema/entity-text-properties.cypher", "app/schema/entity-text-drop.cypher",
            "app/schema/relationship-refs-types.cypher", "app/schema/relationship-refs-drop.cypher",
            "app/index-states.cypher");

    /** Queries that only create: they start from nothing, so there is nothing to seek. */
    private static final Set<String> CREATE_ONLY = Set.of("app/view-create.cypher", "app/notes/note-create.cypher",
            "app/curation/change-record.cypher", "app/curation/entity-create.cypher",
            "app/curation/entity-create-recorded.cypher",
            "app/curation/bulk/changes-record.cypher", "app/curation/bulk/entities-create.cypher");

    private static final String E1 = "e10";
    private static final String E2 = "e20";
    private static final String SOURCE_ID = "e33";

    /** Parameters for each anchored query: ids of the generated graph, which names its entities e0, e1... */
    private static Map<String, Map<String, Object>> anchored() {
        var rowEntity = Map.<String, Object>of("id", E1, "type", "Person", "from", "Person", "to", "Person",
                "properties", Map.of("id", E1));
        var rowRelationship = Map.<String, Object>of("from", E1, "to", E2, "type", "TOLD", "properties", Map.of("id", "x"));
        var queries = new LinkedHashMap<String, Map<String, Object>>();
        queries.put("app/count-entities.cypher", Map.of());
        queries.put("app/entities-exist.cypher", Map.of("ids", List.of(E1, E2)));
        queries.put("app/entities.cypher", Map.of("ids", List.of(E1, E2)));
        queries.put("app/entity-with-relationships.cypher", Map.of("id", E1, "limit", 50));
        queries.put("app/entity.cypher", Map.of("id", E1));
        queries.put("app/export-nodes.cypher", Map.of("ids", List.of(E1, E2)));
        queries.put("app/export-relationships.cypher", Map.of("ids", List.of(E1, E2)));
        queries.put("app/neighbourhood-step.cypher", Map.of("frontier", List.of(E1), "limit", 25));
        queries.put("app/neighbours-page.cypher", Map.of("id", E1, "offset", 0, "limit", 25));
        queries.put("app/nodes-by-element-id.cypher", Map.of("ids", List.of("4:x:1")));
        queries.put("app/paths.cypher", Map.of("from", E1, "to", E2, "candidates", 50));
        queries.put("app/paths-in-kernel.cypher", Map.of("from", E1, "to", E2, "maxHops", 4, "candidates", 50));
        queries.put("app/paths-expand.cypher", Map.of("ids", List.of("4:x:1")));
        queries.put("app/paths-parts.cypher", Map.of("nodes", List.of("4:x:1"), "relationships", List.of("5:x:1")));
        queries.put("app/references.cypher", Map.of("ids", List.of(E1, E2)));
        queries.put("app/relationships-among.cypher", Map.of("ids", List.of(E1, E2), "limit", 50));
        queries.put("app/relationships-touching.cypher", Map.of("ids", List.of(E1), "among", List.of(E2), "limit", 50));
        queries.put("app/search.cypher", Map.of("query", "name:bashirli", "type", "Person", "limit", 10));
        queries.put("app/source-evidence.cypher", Map.of("id", SOURCE_ID, "limit", 50));
        queries.put("app/source.cypher", Map.of("id", SOURCE_ID));
        queries.put("app/view-create.cypher", view(null));
        queries.put("app/view-exists.cypher", Map.of("id", "v"));
        queries.put("app/name-keys-version.cypher", Map.of());
        queries.put("app/timeline-keys-version.cypher", Map.of());
        queries.put("app/timeline-keys-done.cypher", Map.of("version", 1));
        var keys = new HashMap<String, Object>(Map.of("node", "4:x:1", "start", "2012"));
        keys.put("end", null);
        queries.put("app/timeline-keys-write.cypher", Map.of("rows", List.of(keys)));
        queries.put("app/timeline.cypher", Map.of("from", "2001-06", "to", "2002", "limit", 51));
        queries.put("app/timeline-entity.cypher", Map.of("entity", E1, "from", "2001-06", "to", "2002", "limit", 51));
        var decision = new HashMap<String, Object>(Map.of("pair", E1 + "|" + E2, "a", E1, "b", E2,
                "decision", "different", "decidedBy", "editor"));
        decision.put("note", null);
        queries.put("app/duplicate-decide.cypher", decision);
        queries.put("app/name-keys-done.cypher", Map.of("version", 1));
        queries.put("app/name-keys-write.cypher", Map.of("rows", List.of(Map.of("node", "4:x:1", "keys", List.of("x")))));
        queries.put("app/view-publish.cypher", view(1));
        queries.put("app/view-version.cypher", Map.of("id", "v", "version", 1));
        queries.put("app/view-versions.cypher", Map.of("id", "v"));
        queries.put("app/curation/change-count.cypher", Map.of("kind", "entity", "targetId", E1));
        queries.put("app/curation/change-record.cypher", change());
        queries.put("app/curation/change.cypher", Map.of("id", "c"));
        queries.put("app/curation/cited-by.cypher", Map.of("id", SOURCE_ID, "limit", 6));
        queries.put("app/curation/entity-create.cypher", Map.of("type", "Person", "properties", Map.of("id", "n")));
        queries.put("app/curation/entity-create-recorded.cypher", Map.of("type", "Person", "properties", Map.of("id", "n"),
                "change", change()));
        queries.put("app/curation/entity-id-free.cypher", Map.of("id", E1, "kind", "entity"));
        queries.put("app/curation/entity-delete.cypher", Map.of("id", E1));
        queries.put("app/curation/entity-lock.cypher", Map.of("id", E1));
        queries.put("app/curation/entity-relationships-all.cypher", Map.of("id", E1));
        queries.put("app/curation/entity-replace.cypher", Map.of("id", E1, "properties", Map.of("id", E1)));
        queries.put("app/curation/entity-retype.cypher", Map.of("id", E1, "from", "Person", "to", "Place"));
        queries.put("app/curation/entity-types.cypher", Map.of("ids", List.of(E1, E2)));
        queries.put("app/curation/id-taken.cypher", Map.of("id", E1));
        queries.put("app/curation/last-deletion.cypher", Map.of("id", E1));
        queries.put("app/curation/redirect-target.cypher", Map.of("ids", List.of(E1)));
        queries.put("app/curation/redirect.cypher", Map.of("from", E1, "into", E2));
        queries.put("app/curation/redirected-here.cypher", Map.of("id", E1));
        queries.put("app/curation/references-rewrite.cypher", Map.of("from", E1, "into", E2));
        queries.put("app/curation/relationship-create.cypher", Map.of("from", E1, "to", E2, "type", "TOLD",
                "properties", Map.of("id", "x")));
        queries.put("app/curation/relationship-delete.cypher", Map.of("elementId", "5:x:1"));
        queries.put("app/curation/relationship-find.cypher", Map.of("id", "r1"));
        queries.put("app/curation/relationship-ids-like.cypher", Map.of("base", "e1-told-e2"));
        queries.put("app/curation/relationship-ids-lock.cypher", Map.of("ids", List.of("e1-told-e2")));
        queries.put("app/curation/relationship-lock.cypher", Map.of("id", "r1"));
        queries.put("app/curation/relationship-replace.cypher", Map.of("elementId", "5:x:1", "properties", Map.of("id", "x")));
        queries.put("app/curation/bulk/change-counts.cypher", Map.of("kind", "entity", "ids", List.of(E1, E2)));
        queries.put("app/curation/bulk/changes-record.cypher", Map.of("rows", List.of(change())));
        queries.put("app/curation/bulk/entities-create.cypher", Map.of("rows", List.of(rowEntity)));
        queries.put("app/curation/bulk/entities-lock.cypher", Map.of("ids", List.of(E1, E2)));
        queries.put("app/curation/bulk/entities-replace.cypher", Map.of("rows", List.of(rowEntity)));
        queries.put("app/curation/bulk/relationships-create.cypher", Map.of("rows", List.of(rowRelationship)));
        queries.put("app/notes/note.cypher", Map.of("id", "n1"));
        queries.put("app/notes/note-create.cypher", Map.of("id", "n1", "targetKind", "entity", "targetId", E1, "text", "t",
                "author", "editor", "authorClaim", "x"));
        queries.put("app/notes/note-lock.cypher", Map.of("id", "n1"));
        queries.put("app/notes/note-delete.cypher", Map.of("id", "n1"));
        queries.put("app/notes/note-update.cypher", Map.of("id", "n1", "text", "t", "editor", "editor", "editorClaim", "x"));
        queries.put("app/notes/notes-on.cypher", Map.of("targetKind", "entity", "targetIds", List.of(E1), "limit", 10));
        queries.put("app/ingest/source-by-hash.cypher", Map.of("hash", "0".repeat(64)));
        var reviewItem = new HashMap<String, Object>(Map.of("id", "link-0", "kind", "link", "sourceId", SOURCE_ID,
                "quote", "q", "start", 0, "end", 1));
        queries.put("app/review/review-propose.cypher", Map.of("items", List.of(reviewItem)));
        var reviewPage = new HashMap<String, Object>(Map.of("state", "open", "offset", 0, "limit", 10));
        reviewPage.put("source", SOURCE_ID);
        reviewPage.put("kind", null);
        queries.put("app/review/review-items.cypher", reviewPage);
        queries.put("app/review/review-item.cypher", Map.of("id", "link-0"));
        queries.put("app/review/review-lock.cypher", Map.of("id", "link-0"));
        var reviewDecision = new HashMap<String, Object>(Map.of("id", "link-0", "state", "rejected", "decidedBy", "editor"));
        reviewDecision.put("decidedByClaim", null);
        reviewDecision.put("result", null);
        queries.put("app/review/review-decide.cypher", reviewDecision);
        queries.put("app/evidence/held-texts.cypher", Map.of("ids", List.of(SOURCE_ID)));
        queries.put("app/evidence/source-text.cypher", Map.of("id", SOURCE_ID));
        queries.put("app/evidence/source-text-set.cypher", Map.of("id", SOURCE_ID, "text", "t"));
        queries.put("app/evidence/quote-verification-set.cypher", Map.of("rows",
                List.of(Map.of("elementId", "5:x:1", "verified", true, "offsets", List.of()))));
        queries.put("app/load-written.cypher", Map.of("entityIds", List.of(E1, E2), "relationshipIds", List.of("r1", "r2")));
        queries.put("app/curation/bulk/relationships-lock.cypher", Map.of("groups", List.of(List.of("r1", "r2"))));
        queries.put("app/curation/bulk/relationships-replace.cypher", Map.of("rows",
                List.of(Map.of("elementId", "5:x:1", "properties", Map.of("id", "x")))));
        return queries;
    }

    private static Map<String, Object> view(Integer expected) {
        var parameters = new HashMap<String, Object>(Map.of("id", "v", "title", "t", "savedAt", "2026-01-01T00:00:00Z",
                "savedBy", "e", "snapshot", "{}"));
        parameters.put("note", null);
        if (expected != null) parameters.put("expected", expected);
        return parameters;
    }

    private static Map<String, Object> change() {
        var parameters = new HashMap<String, Object>(Map.of("id", "c", "editor", "e", "action", "create", "kind",
                "entity", "targetId", E1, "entityIds", List.of(E1)));
        parameters.put("editorClaim", null);
        parameters.put("before", null);
        parameters.put("after", null);
        return parameters;
    }

    @Test
    void every_query_that_starts_from_an_id_or_a_date_finds_it_through_an_index() {
        var failures = new ArrayList<String>();
        anchored().forEach((file, parameters) -> {
            var operators = operators(file, parameters);
            var scans = new TreeSet<>(operators);
            scans.retainAll(SCANS);
            boolean seeks = CREATE_ONLY.contains(file) || operators.stream().anyMatch(SEEKS::contains);
            if (!scans.isEmpty() || !seeks) failures.add(file + ": " + operators);
        });
        assertTrue(failures.isEmpty(), "queries that scan instead of seeking:\n" + String.join("\n", failures));
    }

    @Test
    void every_app_query_is_checked_or_said_to_read_everything() throws Exception {
        var checked = new TreeSet<>(anchored().keySet());
        checked.addAll(READ_EVERYTHING.keySet());
        checked.addAll(NOT_THE_GRAPH);
        try (var files = Files.walk(Path.of("cypher/app"))) {
            var all = new TreeSet<String>();
            files.filter(f -> f.toString().endsWith(".cypher"))
                    .forEach(f -> all.add(Path.of("cypher").relativize(f).toString().replace('\\', '/')));
            assertEquals(all, checked);
        }
    }

    @Test
    void the_relationship_index_covers_every_relationship_type_of_the_vocabulary() {
        var types = LargeGraph.server().database().read(
                "SHOW INDEXES YIELD name, labelsOrTypes WHERE name = 'relationship_refs' RETURN labelsOrTypes", Map.of())
                .get(0).get("labelsOrTypes").asList(v -> v.asString());
        var vocabulary = Vocabulary.get().relationshipTypes().stream().map(Vocabulary.RelationshipType::name).toList();
        assertEquals(new TreeSet<>(vocabulary), new TreeSet<>(types));
    }

    @Test
    void the_page_cache_is_the_store_and_a_fifth_within_what_the_machine_has() {
        long mib = 1L << 20;
        assertEquals(256 * mib, PageCacheSize.choose(10 * mib, 16L << 30, 2L << 30), "small store: the minimum");
        assertEquals(1200 * mib, PageCacheSize.choose(1000 * mib, 16L << 30, 2L << 30), "store + 20%");
        assertEquals((24L << 30) - (8L << 30) - 1024 * mib,
                PageCacheSize.choose(20L << 30, 24L << 30, 8L << 30), "capped by memory beside the heap");
        assertTrue(PageCacheSize.storeBytes(LargeGraph.dataDir().resolve("neo4j")) > 0);
    }

    /** The operator types of the query's plan, without suffixes (NodeIndexSeek@neo4j, ...Seek(Locking)). */
    private static List<String> operators(String file, Map<String, Object> parameters) {
        var plan = LargeGraph.server().database().writeTransactionThenRollBack(tx ->
                tx.run("EXPLAIN " + CypherFile.query(file), parameters).consume().plan());
        var operators = new ArrayList<String>();
        collect(plan, operators);
        return operators;
    }

    private static void collect(Plan plan, List<String> into) {
        into.add(plan.operatorType().replaceAll("@.*", "").replace("(Locking)", ""));
        plan.children().forEach(child -> collect(child, into));
    }
}
