// The properties the full-text index entity_text covers, to tell whether it predates one schema.cypher names.
// Parameters: none.
// Returns: properties (list of strings; no row when the index does not exist).
SHOW FULLTEXT INDEXES YIELD name, properties
WHERE name = 'entity_text'
RETURN properties
