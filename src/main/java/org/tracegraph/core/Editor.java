package org.tracegraph.core;

/** The person (or tool) behind a write, as the history of changes names them. */
public record Editor(String name) {
}
