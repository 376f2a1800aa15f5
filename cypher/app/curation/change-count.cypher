// How many changes the history holds for one entity or relationship id: a new version number for an id
// used before starts above every version it had, so an old ETag can never match the new one.
// Parameters: $kind (entity or relationship), $targetId.
// Returns: changes (integer).
MATCH (c:Change {targetId: $targetId})
WHERE c.kind = $kind
RETURN count(c) AS changes
