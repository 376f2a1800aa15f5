// For a batch of an import: locks and reads the relationships that have the given ids, each found through
// the relationship_refs index (schema.cypher). Ids are slugs: they need no escaping in the index's query.
// Parameters: $ids (list of relationship ids, distinct).
// Returns: id, r, elementId, from, to (entity ids); nothing for an id no relationship has.
UNWIND $ids AS id
CALL (id) {
  CALL db.index.fulltext.queryRelationships('relationship_refs', 'id:"' + id + '"') YIELD relationship AS r
  WITH r WHERE r.id = id
  MATCH (a:Entity)-[r]->(b:Entity)
  SET r._lock = true
  REMOVE r._lock
  RETURN r, a.id AS from, b.id AS to
}
RETURN id, r, elementId(r) AS elementId, from, to
