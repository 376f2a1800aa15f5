// The history, newest first, optionally only the changes concerning some entities, paged by a cursor:
// the changes older than the change $before.
// Parameters: $entities (list of entity ids, or null for all), $before (change id, or null), $limit.
// Returns: c (the change node).
OPTIONAL MATCH (cursor:Change {id: $before})
WITH cursor
MATCH (c:Change)
WHERE ($entities IS NULL OR any(id IN c.entityIds WHERE id IN $entities))
  AND (cursor IS NULL OR c.at < cursor.at OR (c.at = cursor.at AND c.id < cursor.id))
RETURN c
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
