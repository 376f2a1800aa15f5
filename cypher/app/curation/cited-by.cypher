// Relationships, other than the entity's own, that cite an entity as a source or name it as claimant
// (through the relationship_refs index, schema.cypher).
// Parameters: $id (entity id, a slug), $limit (integer).
// Returns: id (relationship id).
CALL db.index.fulltext.queryRelationships('relationship_refs', 'sourceIds:"' + $id + '" OR claimedBy:"' + $id + '"')
  YIELD relationship AS r
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($id IN r.sourceIds OR r.claimedBy = $id) AND a.id <> $id AND b.id <> $id
RETURN r.id AS id
ORDER BY id
LIMIT $limit
