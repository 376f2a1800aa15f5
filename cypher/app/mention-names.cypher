// Every entity's names, for the mention finder's index.
// Parameters: none.
// Returns: id (string), name (string), type (string), aliases (list of strings).
MATCH (n:Entity)
RETURN n.id AS id, n.name AS name, [label IN labels(n) WHERE label <> 'Entity'][0] AS type,
       coalesce(n.aliases, []) AS aliases
