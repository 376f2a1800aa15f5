// Creates an entity of one type with all its properties (the id among them) and records the change in the
// history, in one statement (one round trip): entity-create.cypher and change-record.cypher together.
// Parameters: $type (Person, Organisation, Event, Place or Source), $properties (map),
//             $change (map with the parameters of change-record.cypher: id, editor, editorClaim, action, kind,
//             targetId, entityIds, before, after).
// Returns: n.
CREATE (n:Entity)
SET n:$($type)
SET n = $properties
CREATE (c:Change {id: $change.id, at: datetime.realtime(), editor: $change.editor, action: $change.action,
                  kind: $change.kind, targetId: $change.targetId, entityIds: $change.entityIds})
SET c.editorClaim = $change.editorClaim, c.before = $change.before, c.after = $change.after
RETURN n
