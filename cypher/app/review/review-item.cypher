// One review item by id, with its source's title.
// Parameters: $id.
// Returns: r (the review item), sourceTitle (null when the source is gone).
MATCH (r:ReviewItem {id: $id})
OPTIONAL MATCH (s:Entity {id: r.sourceId})
WHERE s:Source
RETURN r, s.title AS sourceTitle
