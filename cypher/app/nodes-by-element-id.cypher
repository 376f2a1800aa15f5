// Nodes by their element id: the ends of relationships an analyst's query returned without their nodes.
// Parameters: $ids (list of element ids).
// Returns: n (node).
MATCH (n)
WHERE elementId(n) IN $ids
RETURN n
