// For a batch of an import: replaces every property of existing entities, and their type label where it
// changes (from and to are checked types, equal when it does not).
// Parameters: $rows (list of {id, from, to, properties}).
// Returns: replaced (integer).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
REMOVE n:$(row.from)
SET n:$(row.to)
SET n = row.properties
RETURN count(n) AS replaced
