package org.tracegraph.exchange;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.tracegraph.json.Json;

/**
 * The graph JSON of docs/api.md as the JSON export writes it: {@code {"nodes": [...], "edges": [...]}} (any
 * other top-level field is ignored). A node is an entity body as it is ({@code rev}, which the graph keeps for
 * itself, left out); an edge's {@code source} and {@code target} become {@code from} and {@code to}, and its
 * {@code sources} (the titles beside {@code sourceIds}) are left out.
 */
final class JsonRows implements RowReader {
    private final JsonParser parser;
    private final ImportRow.Kind kind;
    private final String wanted;
    private boolean inArray;
    private boolean done;
    private int index;

    JsonRows(InputStream in, ImportRow.Kind kind) throws IOException {
        this.kind = kind;
        this.wanted = kind == ImportRow.Kind.ENTITY ? "nodes" : "edges";
        parser = Json.objectMapper().getFactory().createParser(in);
        if (token() != JsonToken.START_OBJECT) {
            throw new ImportFileException("The file is not graph JSON: it must be an object with nodes and edges arrays", line());
        }
    }

    @Override
    public ImportRow next() throws IOException {
        if (done) return null;
        try {
            while (true) {
                if (inArray) {
                    var token = token();
                    if (token == JsonToken.END_ARRAY) {
                        // a graph has one array of each: the rest of a large file need not be read for this kind
                        inArray = false;
                        done = true;
                        return null;
                    }
                    long line = line();
                    int at = index++;
                    if (token != JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        return ImportRow.invalid(kind, wanted, line, at, null, null, "Each of " + wanted + " must be a JSON object");
                    }
                    ObjectNode row = Json.objectMapper().readTree(parser);
                    return ImportRow.of(kind, wanted, line, at, kind == ImportRow.Kind.ENTITY ? node(row) : edge(row));
                }
                var token = token();
                if (token == JsonToken.END_OBJECT || token == null) return null;
                var field = parser.currentName();
                var value = token();
                if (field.equals(wanted)) {
                    if (value != JsonToken.START_ARRAY) throw new ImportFileException(wanted + " must be an array", line());
                    inArray = true;
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonParseException e) {
            throw new ImportFileException("The file is not valid JSON: " + Json.problemIn(e),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        }
    }

    private JsonToken token() throws IOException {
        return parser.nextToken();
    }

    private long line() {
        return parser.currentTokenLocation().getLineNr();
    }

    static ObjectNode node(ObjectNode row) {
        row.remove(Imports.KEPT_BY_THE_GRAPH);
        return row;
    }

    static ObjectNode edge(ObjectNode row) {
        var body = Json.objectMapper().createObjectNode();
        row.fields().forEachRemaining(field -> {
            switch (field.getKey()) {
                case "source" -> body.set("from", field.getValue());
                case "target" -> body.set("to", field.getValue());
                case "sources" -> { }
                default -> body.set(field.getKey(), field.getValue());
            }
        });
        body.remove(Imports.KEPT_BY_THE_GRAPH);
        return body;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
