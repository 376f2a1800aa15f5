// Names and titles of the entities that relationships refer to by id: their sources and claimants.
// Parameters: $ids (list of entity ids).
// Returns: id, name, type (Person, Organisation, Event, Place or Source), title, publisher, published, url, kind.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id,
       n.name AS name,
       [label IN labels(n) WHERE label <> 'Entity'][0] AS type,
       n.title AS title,
       n.publisher AS publisher,
       n.published AS published,
       n.url AS url,
       n.kind AS kind
