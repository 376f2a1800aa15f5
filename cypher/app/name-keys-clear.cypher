// Removes the nameKeys of a batch of entities, so that the backfill computes them again with a new folding.
// Parameters: $batch (integer).
// Returns: cleared (integer: 0 when none is left).
MATCH (n:Entity)
WHERE n.nameKeys IS NOT NULL
WITH n LIMIT $batch
REMOVE n.nameKeys
RETURN count(n) AS cleared
