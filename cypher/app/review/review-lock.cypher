// Locks one review item for the rest of the write transaction, then reads it: two editors deciding the same
// item at once decide it one after the other, and the second finds it decided (see curation/entity-lock.cypher).
// Parameters: $id.
// Returns: r (the review item), sourceTitle (null when the source is gone).
MATCH (r:ReviewItem {id: $id})
SET r._lock = true
REMOVE r._lock
WITH r
OPTIONAL MATCH (s:Entity {id: r.sourceId})
WHERE s:Source
RETURN r, s.title AS sourceTitle
