// One page of the review queue: the items in one state, of one source and kind when given, in the order of
// their source and of where they are in its text.
// Parameters: $state ('open', 'accepted' or 'rejected'), $source (a source id, or null: all), $kind ('link',
// 'entity', or null: both), $offset, $limit.
// Returns: r (the review item), sourceTitle (its source's title, null when the source is gone).
MATCH (r:ReviewItem {state: $state})
WHERE ($source IS NULL OR r.sourceId = $source) AND ($kind IS NULL OR r.kind = $kind)
WITH r
ORDER BY r.sourceId, r.start, r.kind, r.id
SKIP $offset
LIMIT $limit
OPTIONAL MATCH (s:Entity {id: r.sourceId})
WHERE s:Source
RETURN r, s.title AS sourceTitle
