// The relationships of some entities that lead into a set: a page of neighbours with their ties to the
// centre and to each other. Read from the neighbours' side, so a hub at the centre is not read whole.
// Parameters: $ids (entity ids to start from), $among (entity ids the other end must be in), $limit (integer).
// Returns: r (relationship).
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(other:Entity)
WHERE other.id IN $among
RETURN DISTINCT r
LIMIT $limit
