// The entities of a set, with all their properties, for an export of part of the graph.
// Parameters: $ids (list of entity ids).
// Returns: id (string), type (string), properties (map).
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS type, properties(n) AS properties
ORDER BY id
