// Locks one entity for the rest of the write transaction, then reads it: a version compared after this
// cannot change before the transaction commits, so two editors can never both write over the same version.
// Parameters: $id (entity id).
// Returns: n (the node), type. Setting and removing _lock changes nothing but takes the write lock.
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN n, [label IN labels(n) WHERE label <> 'Entity'][0] AS type
