// Stores the nameKeys computed in Java (core/Folding.nameKeys) on a batch of entities.
// Parameters: $rows (list of {node: element id, keys: list of strings}).
// Returns: written (integer).
UNWIND $rows AS row
MATCH (n:Entity) WHERE elementId(n) = row.node
SET n.nameKeys = row.keys
RETURN count(n) AS written
