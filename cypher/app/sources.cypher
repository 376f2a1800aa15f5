// The source documents, oldest first.
// Parameters: $limit (integer).
// Returns: s (source node), degree (integer).
MATCH (s:Source)
RETURN s, COUNT { (s)--() } AS degree
ORDER BY s.published, s.title
LIMIT $limit
