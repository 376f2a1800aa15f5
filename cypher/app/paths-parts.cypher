// The nodes and relationships of the longer paths PathSearch found, by element id, to show them.
// Parameters: $nodes, $relationships (lists of element ids).
// Returns: nodes (list of {n, degree}), relationships (list of relationships).
CALL {
  UNWIND $nodes AS id
  MATCH (n)
  WHERE elementId(n) = id
  RETURN collect({n: n, degree: COUNT { (n)--() }}) AS nodes
}
CALL {
  UNWIND $relationships AS id
  MATCH ()-[r]->()
  WHERE elementId(r) = id
  RETURN collect(r) AS relationships
}
RETURN nodes, relationships
