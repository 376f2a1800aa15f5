// For a batch of an import: locks the entities that have the given ids (see ../entity-lock.cypher) and reads
// them, with what a new entity of each id needs to know: whether the id belonged to an entity merged into
// another, and how many changes the history holds for it (a new entity's version starts above them).
// Parameters: $ids (list of entity ids, distinct).
// Returns: id, n (the node, or null), type (or null), mergedInto (or null), changes (integer).
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
FOREACH (locked IN CASE WHEN n IS NULL THEN [] ELSE [n] END | SET locked._lock = true REMOVE locked._lock)
WITH id, n
OPTIONAL MATCH (r:Redirect {from: id})
RETURN id, n, [label IN labels(n) WHERE label <> 'Entity'][0] AS type, r.to AS mergedInto,
       COUNT { MATCH (c:Change {targetId: id}) WHERE c.kind = 'entity' } AS changes
