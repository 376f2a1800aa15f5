// Creates an entity of one type with all its properties (the id among them).
// Parameters: $type (Person, Organisation, Event, Place or Source), $properties (map).
// Returns: n.
CREATE (n:Entity)
SET n:$($type)
SET n = $properties
RETURN n
