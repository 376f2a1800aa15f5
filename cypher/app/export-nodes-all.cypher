// Every entity, with all its properties, for an export of the whole graph.
// Parameters: none.
// Returns: id (string), type (string: Person, Organisation, Event, Place or Source), properties (map).
MATCH (n:Entity)
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS type, properties(n) AS properties
ORDER BY id
