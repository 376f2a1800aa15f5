package org.tracegraph.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Cypher script that rebuilds what was exported in any Neo4j 5.26+ (cypher-shell, Neo4j Browser, or a
 * Tracegraph's own seed folder): the uniqueness constraint, then the rows in the seed's own shape
 * ({@code UNWIND [...] AS row MERGE ... SET +=}), {@value #BATCH} rows a statement. Every statement merges on
 * {@code id}, so running it twice changes nothing. Values are Cypher literals, escaped; never built from
 * anything but the graph's own data, and then only as quoted strings and backticked keys.
 */
final class CypherExport implements ExportWriter {
    static final int BATCH = 500;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private final Writer out;
    private final List<String> rows = new ArrayList<>();
    private boolean edges;

    CypherExport(OutputStream stream, ExportHeader header) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write("// " + header.title() + ", exported " + header.exported() + " by Tracegraph.\n");
        out.write("// Re-runnable: every statement merges on id. Run it with cypher-shell -f or paste it into Neo4j Browser.\n\n");
        out.write("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n");
    }

    @Override
    public void node(ExportNode node) throws IOException {
        var properties = new java.util.LinkedHashMap<>(node.properties());
        properties.remove("id");
        rows.add("{id: " + literal(node.id()) + ", label: " + literal(node.type()) + ", properties: "
                + literal(properties) + "}");
        if (rows.size() == BATCH) flushNodes();
    }

    private void flushNodes() throws IOException {
        flush("MERGE (n:Entity {id: row.id})\nSET n:$(row.label), n += row.properties;\n");
    }

    @Override
    public void relationship(ExportRelationship r) throws IOException {
        if (!edges) {
            flushNodes();
            edges = true;
        }
        var properties = new java.util.LinkedHashMap<>(r.properties());
        properties.remove("id");
        rows.add("{from: " + literal(r.source()) + ", type: " + literal(r.type()) + ", to: " + literal(r.target())
                + ", id: " + literal(r.id()) + ", properties: " + literal(properties) + "}");
        if (rows.size() == BATCH) flushRelationships();
    }

    private void flushRelationships() throws IOException {
        flush("MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})\n"
                + "MERGE (a)-[r:$(row.type) {id: row.id}]->(b)\nSET r += row.properties;\n");
    }

    private void flush(String statement) throws IOException {
        if (rows.isEmpty()) return;
        out.write("\nUNWIND [\n  ");
        out.write(String.join(",\n  ", rows));
        out.write("\n] AS row\n");
        out.write(statement);
        rows.clear();
    }

    @Override
    public void finish() throws IOException {
        if (edges) flushRelationships();
        else flushNodes();
        out.flush();
    }

    /** A value as a Cypher literal. */
    static String literal(Object value) {
        if (value instanceof Map<?, ?> map) {
            var entries = new ArrayList<String>();
            map.forEach((k, v) -> entries.add(key(String.valueOf(k)) + ": " + literal(v)));
            return "{" + String.join(", ", entries) + "}";
        }
        var plain = Values.plain(value);
        if (plain == null) return "null";
        if (plain instanceof String s) return quote(s);
        if (plain instanceof Number || plain instanceof Boolean) return plain.toString();
        if (plain instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(CypherExport::literal).toList()) + "]";
        }
        return quote(plain.toString());
    }

    private static String key(String name) {
        return IDENTIFIER.matcher(name).matches() ? name : "`" + name.replace("`", "``") + "`";
    }

    private static String quote(String s) {
        var b = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'' -> b.append("\\'");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('\'').toString();
    }
}
