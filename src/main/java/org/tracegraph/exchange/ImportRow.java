package org.tracegraph.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One row of an import file, mapped to the body {@code EntityWrites.upsert} or {@code RelationshipWrites.upsert}
 * takes; or, when the reader could not map it, the problem that says why ({@code body} null).
 *
 * @param part   where in the file: "nodes" or "edges" (JSON, CSV), or the file's name (FtM)
 * @param line   the row's line in the file (the CSV file, the JSON document or the JSON lines); 0 for a row the
 *               importer adds itself
 * @param index  JSON only: the row's position in its array, from 0
 */
record ImportRow(Kind kind, String part, long line, Integer index, String id, ObjectNode body, ImportReport.Invalid problem) {
    enum Kind { ENTITY, RELATIONSHIP }

    static ImportRow of(Kind kind, String part, long line, Integer index, ObjectNode body) {
        var id = body.path("id").isTextual() ? body.get("id").asText() : null;
        return new ImportRow(kind, part, line, index, id, body, null);
    }

    static ImportRow invalid(Kind kind, String part, long line, Integer index, String id, String field, String detail) {
        return new ImportRow(kind, part, line, index, id, null,
                new ImportReport.Invalid(part, line, index, id, field, detail));
    }

    ImportReport.Invalid problem(String field, String detail) {
        return new ImportReport.Invalid(part, line, index, id, field, detail);
    }
}
