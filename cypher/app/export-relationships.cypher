// The relationships among a set of entities, with all their properties (the evidence among them).
// Parameters: $ids (list of entity ids).
// Returns: source (string), type (string), target (string), properties (map).
UNWIND $ids AS wanted
MATCH (a:Entity {id: wanted})-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties
