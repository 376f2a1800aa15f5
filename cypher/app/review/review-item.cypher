// One review item by id, with its source's title.
// Parameters: $id.
// Returns: r (the review item), sourceTitle (null when the source is gone).
MATCH (r:ReviewItem {id: $id})
OPTIONAL MATCH (s:Source {id: r.sourceId})
RETURN r, s.title AS sourceTitle
