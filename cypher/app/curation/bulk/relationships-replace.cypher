// For a batch of an import: replaces every property of relationships found by element id.
// Parameters: $rows (list of {elementId, properties}).
// Returns: replaced (integer).
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
SET r = row.properties
RETURN count(r) AS replaced
