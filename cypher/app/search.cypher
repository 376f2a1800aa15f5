// Full-text search over names, aliases, titles and descriptions (diacritics and case folded), best first.
// Parameters: $query (a Lucene query, built from the user's words by SearchService), $type (a label such as
// 'Person', or null for all), $limit (integer).
// Returns: node, score (relevance), degree (integer).
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WHERE $type IS NULL OR $type IN labels(node)
RETURN node, score, COUNT { (node)--() } AS degree
LIMIT $limit
