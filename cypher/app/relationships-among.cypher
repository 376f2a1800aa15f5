// The relationships between members of a set of entities, so a neighbourhood shows how they link to each other.
// Parameters: $ids (list of entity ids), $limit (integer).
// Returns: r (relationship).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN r
LIMIT $limit
