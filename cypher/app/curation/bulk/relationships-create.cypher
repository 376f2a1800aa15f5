// For a batch of an import: creates relationships between existing entities, with all their properties. The
// type is one of the vocabulary's (vocabulary.json), checked in Java before it gets here.
// Parameters: $rows (list of {from, to, type, properties}).
// Returns: created (integer).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS created
