package org.tracegraph.exchange;

import java.util.Map;

/** An entity as exported: its id, its type (the label beside {@code Entity}) and every property it has. */
public record ExportNode(String id, String type, Map<String, Object> properties) {
    public String name() {
        return properties.get("name") instanceof String name ? name : id;
    }
}
