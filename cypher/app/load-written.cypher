// Which of the given ids name an entity or a relationship: how the load test counts the writes it was
// told were committed (an id missing here is a lost write).
// Parameters: $entityIds (list of entity ids), $relationshipIds (list of relationship ids).
// Returns: entities, relationships (integers: how many of each list are in the graph).
CALL {
  UNWIND $entityIds AS id
  MATCH (n:Entity {id: id})
  RETURN count(n) AS entities
}
CALL {
  // through the relationship_refs index (see relationship-find.cypher), not a scan of every relationship
  UNWIND $relationshipIds AS id
  CALL db.index.fulltext.queryRelationships('relationship_refs', 'id:"' + id + '"') YIELD relationship AS r
  WITH r, id WHERE r.id = id
  RETURN count(DISTINCT r) AS relationships
}
RETURN entities, relationships
