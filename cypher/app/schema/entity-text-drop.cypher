// Drops the full-text index entity_text so that schema.cypher creates it again with the properties it names
// today (a full-text index cannot be altered). Run only when its properties differ; the index is rebuilt from
// the graph, which loses nothing.
// Parameters: none.
// Returns: nothing.
DROP INDEX entity_text IF EXISTS
