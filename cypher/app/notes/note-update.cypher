// Replaces a note's text, with who edited it, and moves it to its next version (the caller locked it and
// checked If-Match in the same transaction).
// Parameters: $id, $text, $editor (what the token proved), $editorClaim (X-Editor, or null).
// Returns: n (the note as it is now).
MATCH (n:Note {id: $id})
SET n.text = $text, n.rev = n.rev + 1, n.updated = datetime.realtime(), n.editedBy = $editor,
    n.editedByClaim = $editorClaim
RETURN n
