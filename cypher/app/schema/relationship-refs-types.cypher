// The relationship types the full-text index relationship_refs covers, to tell whether it predates a type the
// vocabulary has since gained.
// Parameters: none.
// Returns: types (list of strings; no row when the index does not exist).
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes
WHERE name = 'relationship_refs'
RETURN labelsOrTypes AS types
