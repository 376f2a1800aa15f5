// For a batch of an import: creates entities, each with its type label and all its properties. The type is
// one of EntityFields.TYPES, checked in Java before it gets here.
// Parameters: $rows (list of {type, properties}).
// Returns: created (integer).
UNWIND $rows AS row
CREATE (n:Entity)
SET n:$(row.type)
SET n = row.properties
RETURN count(n) AS created
