// The entities old ids were merged into.
// Parameters: $ids (list of old ids).
// Returns: from (the old id), to (the survivor's id).
UNWIND $ids AS id
MATCH (r:Redirect {from: id})
RETURN r.from AS from, r.to AS to
