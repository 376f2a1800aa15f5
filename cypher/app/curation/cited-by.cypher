// Relationships, other than the entity's own, that cite an entity as a source or name it as claimant.
// Parameters: $id (entity id), $limit (integer).
// Returns: id (relationship id).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($id IN r.sourceIds OR r.claimedBy = $id) AND a.id <> $id AND b.id <> $id
RETURN r.id AS id
ORDER BY id
LIMIT $limit
