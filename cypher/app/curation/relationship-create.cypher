// Creates a relationship of one type between two entities, with all its properties (the id among them).
// Parameters: $from, $to (entity ids), $type (relationship type), $properties (map).
// Returns: r.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CREATE (a)-[r:$($type)]->(b)
SET r = $properties
RETURN r
