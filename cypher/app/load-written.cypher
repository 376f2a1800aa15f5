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
  MATCH ()-[r]->()
  WHERE r.id IN $relationshipIds
  RETURN count(r) AS relationships
}
RETURN entities, relationships
