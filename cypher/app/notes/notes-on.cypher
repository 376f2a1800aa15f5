// The notes on one target, oldest first. An entity's include the notes on the entities merged into it, whose
// old ids the caller passes too.
// Parameters: $targetKind ('entity', 'relationship' or 'view'), $targetIds (list: the id, and for an entity its
// merged ids), $limit.
// Returns: n (the note).
MATCH (n:Note {targetKind: $targetKind})
WHERE n.targetId IN $targetIds
RETURN n
ORDER BY n.created, n.id
LIMIT $limit
