// The schema of the Tracegraph graph, applied at every start. Every statement is idempotent.
// Parameters: none.

// Every node is an :Entity with a stable, unique, URL-safe id (a Source, an Event... are entities too).
CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Search: names, other spellings, descriptions and source titles in one full-text index. The
// standard-folding analyzer folds diacritics and case, so "Ismayilova" finds "İsmayılova". nameKeys holds the
// name and aliases transliterated to one Latin spelling (core/Folding, written with every entity), so that
// "Исмаилова" finds Khadija Ismayilova. An index made before nameKeys existed is dropped and made again at
// start (neo4j/NameKeys), since a full-text index cannot be altered.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases, n.description, n.title, n.nameKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};

// Relationships by id, and the relationships that cite an entity as source or claimant. A RANGE index on a
// relationship property needs one relationship type, and these lookups know none; a full-text index may list
// many, so this one lists every type of the vocabulary (IndexUseTest checks that it lists them all).
// The keyword analyzer keeps each id whole: the query 'id:"a-b"' finds exactly the relationship a-b.
// Queries: 'id:"X"', 'sourceIds:"X" OR claimedBy:"X"' (ids are slugs, so they need no escaping in quotes).
CREATE FULLTEXT INDEX relationship_refs IF NOT EXISTS
FOR ()-[r:ACCUSED_OF|ADDRESSED_TO|AFFILIATED_WITH|ARRESTED_IN|CITES|CONCERNS|CONVICTED_IN|DEPICTS|EVIDENCE_IN|FOUNDED|FRIEND_OF|INSTIGATED|LOCATED_IN|MEMBER_OF|PARTICIPATED_IN|PART_OF|PERSUADED|PROMPTED|PUBLISHED|RELATIVE_OF|REPORTED_ON|RUNS|SIGNED|SIMILAR_TO|STUDIED_AT|TARGET_OF|TOLD|WORKS_FOR|WROTE]-() ON EACH [r.id, r.sourceIds, r.claimedBy]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}};

// The lock on relationship ids while a write claims them (relationship-ids-lock.cypher): never committed.
CREATE CONSTRAINT relationship_id_lock IF NOT EXISTS
FOR (k:RelationshipIdLock) REQUIRE k.id IS UNIQUE;

// Events by their (partial, ISO-8601) dates, for analysts' queries (queries/events-in-range.cypher).
CREATE RANGE INDEX event_date IF NOT EXISTS
FOR (n:Event) ON (n.date);

CREATE RANGE INDEX event_start_date IF NOT EXISTS
FOR (n:Event) ON (n.startDate);

// The timeline seeks events by the keys every write derives from their dates (core/TimelineKeys): the start of
// every dated event, and the end ('endDate~') of those that run to another date (app/timeline.cypher).
CREATE RANGE INDEX event_timeline_start IF NOT EXISTS
FOR (n:Event) ON (n.timelineStart);

CREATE RANGE INDEX event_timeline_end IF NOT EXISTS
FOR (n:Event) ON (n.timelineEnd);

// Listing the sources by type of document and publication date.
CREATE RANGE INDEX source_published IF NOT EXISTS
FOR (n:Source) ON (n.published);

// Saved views (embeds): their own labels, not :Entity, so search, counts and paths never see them. A view's
// versions are immutable snapshots; the pair (viewId, version) is unique, which also stops two editors who
// publish at the same moment from both making the same version.
CREATE CONSTRAINT view_id IF NOT EXISTS
FOR (v:View) REQUIRE v.id IS UNIQUE;

CREATE CONSTRAINT view_version IF NOT EXISTS
FOR (s:ViewVersion) REQUIRE (s.viewId, s.version) IS UNIQUE;

// ---- Curation: the history of changes and the old ids of merged entities (neither is an :Entity).
CREATE CONSTRAINT change_id IF NOT EXISTS
FOR (c:Change) REQUIRE c.id IS UNIQUE;

CREATE RANGE INDEX change_at IF NOT EXISTS
FOR (c:Change) ON (c.at);

CREATE RANGE INDEX change_target IF NOT EXISTS
FOR (c:Change) ON (c.targetId);

CREATE CONSTRAINT redirect_from IF NOT EXISTS
FOR (r:Redirect) REQUIRE r.from IS UNIQUE;

CREATE RANGE INDEX redirect_to IF NOT EXISTS
FOR (r:Redirect) ON (r.to);

// Duplicates an editor said are not the same entity (duplicates/): one record per pair of ids, never
// reachable from an :Entity, so that no analyst's query reads who decided what.
CREATE CONSTRAINT duplicate_decision_pair IF NOT EXISTS
FOR (d:DuplicateDecision) REQUIRE d.pair IS UNIQUE;

// Start-up migrations that record what they have done (neo4j/NameKeys: the version of the name keys).
CREATE CONSTRAINT migration_id IF NOT EXISTS
FOR (m:Migration) REQUIRE m.id IS UNIQUE;

// ---- Notes: an editor's private notes on an entity, a relationship or a saved view. Not :Entity, linked to
// nothing, not in any full-text index: only the editor's /api/notes routes read them (docs/security.md).
CREATE CONSTRAINT note_id IF NOT EXISTS
FOR (n:Note) REQUIRE n.id IS UNIQUE;

CREATE RANGE INDEX note_target IF NOT EXISTS
FOR (n:Note) ON (n.targetId);

// ---- Review items (review/): what an ingested document proposes (a link between two known entities, a name
// the graph does not know), until an editor accepts or rejects it. Not :Entity, linked to nothing, not in any
// full-text index: only the editor's /api/review routes read them (docs/cypher-security.md, "Privacy").
CREATE CONSTRAINT review_item_id IF NOT EXISTS
FOR (r:ReviewItem) REQUIRE r.id IS UNIQUE;

CREATE RANGE INDEX review_item_state IF NOT EXISTS
FOR (r:ReviewItem) ON (r.state);

// Ingested documents (ingest/): the source made from a file, found by the file's SHA-256, so that the same
// file is never ingested twice.
CREATE RANGE INDEX source_content_hash IF NOT EXISTS
FOR (s:Source) ON (s.contentHash);

