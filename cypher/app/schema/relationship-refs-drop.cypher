// Drops the full-text index relationship_refs so that schema.cypher creates it again over every relationship
// type of the vocabulary (a full-text index cannot be altered). Run only when its types differ; the index is
// rebuilt from the graph, which loses nothing.
// Parameters: none.
// Returns: nothing.
DROP INDEX relationship_refs IF EXISTS
