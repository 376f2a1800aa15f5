// Locks one note for the rest of the write transaction, then reads it: a version compared after this cannot
// change before the transaction commits (see curation/entity-lock.cypher).
// Parameters: $id.
// Returns: n (the note). Setting and removing _lock changes nothing but takes the write lock.
MATCH (n:Note {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN n
