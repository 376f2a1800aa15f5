// Saves a new note. A :Note is not an :Entity and is linked to nothing: it names what it is about by
// targetKind and targetId, so that no Cypher an analyst may run (anchored on a public label), no export, no
// embed and no search ever reaches it (docs/security.md, "Notes").
// Parameters: $id, $targetKind ('entity', 'relationship' or 'view'), $targetId, $text, $author (what the token
// proved: editor or admin), $authorClaim (the X-Editor name, unverified, or null).
// Returns: n (the note).
CREATE (n:Note {id: $id, targetKind: $targetKind, targetId: $targetId, text: $text, author: $author, rev: 1,
                created: datetime.realtime()})
SET n.authorClaim = $authorClaim, n.updated = n.created
RETURN n
