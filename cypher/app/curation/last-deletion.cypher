// The most recent deletion of an entity, from which it can be restored.
// Parameters: $id (entity id).
// Returns: c (the change node).
MATCH (c:Change {targetId: $id})
WHERE c.kind = 'entity' AND c.action = 'delete'
RETURN c
ORDER BY c.at DESC, c.id DESC
LIMIT 1
