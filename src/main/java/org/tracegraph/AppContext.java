package org.tracegraph;

import org.tracegraph.neo4j.Database;

/** What the web app needs from the running process: the database, and how it is reached. */
public record AppContext(Database database, String neo4jMode, String editorToken) {
}
