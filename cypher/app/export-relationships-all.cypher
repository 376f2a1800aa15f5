// Every relationship between entities, with all its properties (the evidence among them).
// Parameters: none.
// Returns: source (string), type (string), target (string), properties (map).
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties
