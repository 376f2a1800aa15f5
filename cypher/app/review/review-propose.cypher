// Stores a document's proposals as review items: private records for editors (review/), each a :ReviewItem
// that is not an :Entity and is linked to nothing, so that no search, export, embed, MCP tool or analyst's
// Cypher (anchored on a public label) ever reaches one before an editor accepts it (docs/cypher-security.md).
// An item's id is derived from its source, kind and content: an item stored before, and above all one rejected
// or accepted before, is left as it is (MERGE), so the same candidate never comes back.
// Parameters: $items (list of maps: id, kind, sourceId, quote, start, end, and for a link from, fromName,
// fromType, fromStart, fromEnd, to, toName, toType, toStart, toEnd, cues (JSON text), suggests, claimants,
// claimantRequired; for an entity name, nameStart, nameEnd, suggestedType).
// Returns: made (how many items are new).
UNWIND $items AS item
MERGE (r:ReviewItem {id: item.id})
ON CREATE SET r += item, r.state = 'open', r.rev = 1, r.created = datetime.realtime(), r._made = true
WITH r, coalesce(r._made, false) AS made
REMOVE r._made
RETURN count(CASE WHEN made THEN 1 END) AS made
