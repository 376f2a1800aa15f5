// Loads a batch of relationships as the seed does (MERGE on id, so a batch can run again): the benchmark's loader.
// Parameters: $rows (list of {from, type, to, id, properties}).
// Returns: nothing.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.properties
