package org.tracegraph.core;

/**
 * Who is behind a write: {@code name}, what the token proves ("editor", "admin") or the tool that writes
 * ("import: file.csv"); {@code claim}, the name the sender gave in X-Editor, unverified (null: none given).
 */
public record Editor(String name, String claim) {
    public Editor(String name) {
        this(name, null);
    }
}
