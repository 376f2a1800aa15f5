// One page of an entity's direct neighbours, in storage order (stable while the graph does not change), so
// that a hub is shown a page at a time and never read whole.
// Parameters: $id (entity id), $offset, $limit (integers).
// Returns: other (node), otherDegree (integer).
MATCH (:Entity {id: $id})--(other:Entity)
WITH DISTINCT other
SKIP $offset
LIMIT $limit
RETURN other, COUNT { (other)--() } AS otherDegree
