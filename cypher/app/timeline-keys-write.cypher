// Stores the timeline keys computed in Java (core/TimelineKeys) on a batch of events.
// Parameters: $rows (list of {node: element id, start: string, end: string or null}).
// Returns: written (integer).
UNWIND $rows AS row
MATCH (e:Event) WHERE elementId(e) = row.node
SET e.timelineStart = row.start, e.timelineEnd = row.end
RETURN count(e) AS written
