// How many entities the graph holds; at start-up, zero means "load the seed".
// Parameters: none. Returns: entities (integer).
MATCH (n:Entity)
RETURN count(n) AS entities
