// Changes the type of an entity: its type label is replaced (it stays an :Entity).
// Parameters: $id (entity id), $from, $to (types: Person, Organisation, Event, Place or Source).
// Returns: nothing.
MATCH (n:Entity {id: $id})
REMOVE n:$($from)
SET n:$($to)
