// The relationships that cite a source as evidence, with the entities they link; found through the
// relationship_refs index (schema.cypher) rather than by reading every relationship.
// Parameters: $id (source id, a slug), $limit (integer).
// Returns: r (relationship), a, b (its start and end nodes), aDegree, bDegree (integers).
CALL db.index.fulltext.queryRelationships('relationship_refs', 'sourceIds:"' + $id + '"') YIELD relationship AS r
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $id IN r.sourceIds
RETURN r, a, b, COUNT { (a)--() } AS aDegree, COUNT { (b)--() } AS bDegree
ORDER BY type(r), a.name, b.name
LIMIT $limit
