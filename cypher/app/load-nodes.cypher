// Loads a batch of entities as the seed does (MERGE on id, so a batch can run again): the benchmark's loader.
// Parameters: $rows (list of {id, label, properties}).
// Returns: nothing.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label), n += row.properties
