// Records an editor's decision on a review item (the caller locked it, checked If-Match and that it was open,
// and wrote what an acceptance creates, all in the same transaction).
// Parameters: $id, $state ('accepted' or 'rejected'), $decidedBy (what the token proved), $decidedByClaim
// (X-Editor, or null), $result (the id of the relationship or entity an acceptance created, or null).
// Returns: r (the review item as it is now), sourceTitle (null when the source is gone).
MATCH (r:ReviewItem {id: $id})
SET r.state = $state, r.decidedBy = $decidedBy, r.decidedByClaim = $decidedByClaim, r.result = $result,
    r.decidedAt = datetime.realtime(), r.rev = r.rev + 1
WITH r
OPTIONAL MATCH (s:Entity {id: r.sourceId})
WHERE s:Source
RETURN r, s.title AS sourceTitle
