// A batch of entities without nameKeys (the seed, a graph from before names in any script, a store loaded
// offline by an older version), with the names to compute them from.
// Parameters: $batch (integer).
// Returns: node (element id), name (string or null), aliases (list of strings).
MATCH (n:Entity)
WHERE n.nameKeys IS NULL
RETURN elementId(n) AS node, n.name AS name, coalesce(n.aliases, []) AS aliases
LIMIT $batch
