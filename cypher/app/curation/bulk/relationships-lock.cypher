// For a batch of an import: locks and reads the relationships that have the given ids. One query of the
// relationship_refs index (schema.cypher) per group of ids, not one per id: each query of a full-text index
// has a fixed cost that would otherwise be paid a thousand times a batch. The ids are slugs, so they need
// no escaping inside quotes; a group stays under Lucene's limit of 1,024 clauses a query. The matches are
// collected before any is locked, so that the locks (writes) cannot make the index read its own changes.
// Parameters: $groups (list of lists of relationship ids, at most 500 each, all distinct).
// Returns: r, elementId, from, to (entity ids); nothing for an id no relationship has.
UNWIND $groups AS ids
CALL db.index.fulltext.queryRelationships('relationship_refs',
       'id:(' + reduce(query = '', id IN ids | query + ' "' + id + '"') + ')') YIELD relationship
WITH collect(relationship) AS found
UNWIND found AS r
WITH r WHERE any(ids IN $groups WHERE r.id IN ids)
MATCH (a:Entity)-[r]->(b:Entity)
SET r._lock = true
REMOVE r._lock
RETURN r, elementId(r) AS elementId, a.id AS from, b.id AS to
