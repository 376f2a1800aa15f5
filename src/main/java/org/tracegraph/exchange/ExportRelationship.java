package org.tracegraph.exchange;

import java.util.Map;

/** A relationship as exported: its ends, its type and every property it has, the evidence among them. */
public record ExportRelationship(String source, String type, String target, Map<String, Object> properties) {
    public String id() {
        return properties.get("id") instanceof String id ? id : source + "-" + type.toLowerCase().replace('_', '-') + "-" + target;
    }

    public String string(String key) {
        return properties.get(key) instanceof String value ? value : null;
    }
}
