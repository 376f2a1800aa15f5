// How many changes the history holds for each of some ids (see ../change-count.cypher).
// Parameters: $kind (entity or relationship), $ids (list).
// Returns: id, changes (integer).
UNWIND $ids AS id
RETURN id, COUNT { MATCH (c:Change {targetId: id}) WHERE c.kind = $kind } AS changes
