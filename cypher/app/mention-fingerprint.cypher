// What moves whenever an entity's names may have changed: how many entities there are, and the time of the
// latest recorded change (every write through the API records one). The mention finder rebuilds its index
// when either moves.
// Parameters: none.
// Returns: entities (integer), latest (list: the latest change's time, or empty).
RETURN COUNT { (:Entity) } AS entities,
       COLLECT { MATCH (c:Change) WHERE c.at IS NOT NULL RETURN c.at ORDER BY c.at DESC LIMIT 1 } AS latest
