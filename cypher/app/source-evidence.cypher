// The relationships that cite a source as evidence, with the entities they link.
// Parameters: $id (source id), $limit (integer).
// Returns: r (relationship), a, b (its start and end nodes), aDegree, bDegree (integers).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $id IN r.sourceIds
RETURN r, a, b, COUNT { (a)--() } AS aDegree, COUNT { (b)--() } AS bDegree
ORDER BY type(r), a.name, b.name
LIMIT $limit
