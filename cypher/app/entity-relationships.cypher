// The relationships of one entity with the entity at their other end, grouped by type, up to $limit.
// Parameters: $id (entity id), $limit (integer).
// Returns: r (relationship), outgoing (true when it starts at the entity), other (node), otherDegree (integer).
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
RETURN r,
       startNode(r) = n AS outgoing,
       other,
       COUNT { (other)--() } AS otherDegree
ORDER BY type(r), other.name, r.id
LIMIT $limit
