// Every index of the database and how far along it is: /readyz answers 200 only when each one is ONLINE
// (an offline load leaves the full-text indexes to populate after the start, for minutes at a million entities).
// Parameters: none. Returns: name (string), type (string), state (ONLINE, POPULATING or FAILED),
// populationPercent (float).
SHOW INDEXES YIELD name, type, state, populationPercent
RETURN name, type, state, populationPercent
ORDER BY name
