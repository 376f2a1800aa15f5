// Records one change in the history. A :Change is not an :Entity, and is linked to nothing, so that
// counts, search, neighbourhoods and paths never see it; entityIds says which entities it concerns.
// Parameters: $id, $editor (what the token proved: editor, admin, or the importer), $editorClaim (the
// X-Editor name the sender gave, unverified, or null), $action (create, update, delete, restore, merge),
// $kind (entity or relationship), $targetId, $entityIds (list), $before, $after (JSON text, or null).
// Returns: at (when, as recorded).
CREATE (c:Change {id: $id, at: datetime.realtime(), editor: $editor, action: $action, kind: $kind,
                  targetId: $targetId, entityIds: $entityIds})
SET c.editorClaim = $editorClaim, c.before = $before, c.after = $after
RETURN c.at AS at
