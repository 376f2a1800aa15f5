// For a batch of an import: records one change per row written, as ../change-record.cypher does for one.
// Parameters: $rows (list of {id, editor, editorClaim, action, kind, targetId, entityIds, before, after}).
// Returns: recorded (integer).
UNWIND $rows AS row
CREATE (c:Change {id: row.id, at: datetime.realtime(), editor: row.editor, action: row.action, kind: row.kind,
                  targetId: row.targetId, entityIds: row.entityIds})
SET c.editorClaim = row.editorClaim, c.before = row.before, c.after = row.after
RETURN count(c) AS recorded
