package org.tracegraph.graph;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.tracegraph.json.Json;

/**
 * An entity's answer ({@link EntityJson}) written straight from the row of {@code entity-with-relationships.cypher}
 * in one pass: no record per relationship, no second walk by Jackson's reflection. A profile of
 * {@code GET /api/entities/{id}} had the mapping into records and their serialisation as a large share of what the
 * API adds over the driver. The bytes are exactly those Jackson writes for the {@link EntityJson} that
 * {@link EntityService#entity(org.neo4j.driver.SimpleQueryRunner, String, int)} builds from the same row (same
 * fields, order, omissions), so the ETag of a read and of a write's answer agree; {@code EntityJsonWriterTest}
 * compares the two for every entity of the seed.
 */
final class EntityJsonWriter {
    private EntityJsonWriter() {
    }

    /** The JSON of the entity in {@code row}, showing at most {@code limit} of its relationships. */
    static byte[] write(String id, Record row, int limit) {
        var out = new ByteArrayOutputStream(4096);
        try (var json = Json.objectMapper().getFactory().createGenerator(out)) {
            var node = row.get("n").asNode();
            var rows = row.get("relationships");
            int count = rows.size();
            boolean truncated = count > limit;
            var refs = GraphBuilder.References.of(row.get("references").values());
            json.writeStartObject();
            nodeFields(json, node, row.get("degree").asLong());
            json.writeArrayFieldStart("relationships");
            for (int i = 0, shown = Math.min(count, limit); i < shown; i++) {
                var item = rows.get(i);
                Relationship r = item.get("r").asRelationship();
                var other = item.get("other").asNode();
                var otherId = GraphBuilder.entityId(other);
                var outgoing = item.get("outgoing").asBoolean();
                json.writeStartObject();
                edgeFields(json, r, outgoing ? id : otherId, outgoing ? otherId : id, refs);
                json.writeStringField("direction", outgoing ? "out" : "in");
                json.writeFieldName("other");
                json.writeStartObject();
                nodeFields(json, other, item.get("otherDegree").asLong());
                json.writeEndObject();
                json.writeNumberField("rev", EntityService.rev(r));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeBooleanField("relationshipsTruncated", truncated);
            json.writeNumberField("rev", EntityService.rev(node));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The fields of {@link NodeJson}, in its order, nulls left out. */
    private static void nodeFields(JsonGenerator json, Node n, long degree) throws IOException {
        json.writeStringField("id", GraphBuilder.entityId(n));
        string(json, "name", n.get("name"));
        json.writeStringField("type", GraphBuilder.type(n.labels()));
        strings(json, "aliases", GraphBuilder.strings(n.get("aliases")));
        string(json, "description", n.get("description"));
        string(json, "kind", n.get("kind"));
        string(json, "date", n.get("date"));
        string(json, "startDate", n.get("startDate"));
        string(json, "endDate", n.get("endDate"));
        bool(json, "dateApprox", n.get("dateApprox"));
        string(json, "title", n.get("title"));
        string(json, "publisher", n.get("publisher"));
        string(json, "published", n.get("published"));
        string(json, "url", n.get("url"));
        json.writeNumberField("degree", degree);
    }

    /** The fields of {@link EdgeJson}, in its order, nulls left out ({@link GraphBuilder#edge} says what each is). */
    private static void edgeFields(JsonGenerator json, Relationship r, String source, String target,
                                   GraphBuilder.References refs) throws IOException {
        string(json, "id", r.get("id"));
        json.writeStringField("source", source);
        json.writeStringField("target", target);
        json.writeStringField("type", r.type());
        string(json, "status", r.get("status"));
        json.writeArrayFieldStart("sources");
        for (var ref : refs.sources(GraphBuilder.strings(r.get("sourceIds")))) {
            json.writeStartObject();
            nonNull(json, "id", ref.id());
            nonNull(json, "title", ref.title());
            nonNull(json, "publisher", ref.publisher());
            nonNull(json, "published", ref.published());
            nonNull(json, "url", ref.url());
            nonNull(json, "kind", ref.kind());
            json.writeEndObject();
        }
        json.writeEndArray();
        string(json, "quote", r.get("quote"));
        var claimedBy = GraphBuilder.string(r.get("claimedBy"));
        nonNull(json, "claimedBy", claimedBy);
        if (claimedBy != null) nonNull(json, "claimedByName", refs.name(claimedBy));
        string(json, "role", r.get("role"));
        string(json, "date", r.get("date"));
        string(json, "startDate", r.get("startDate"));
        string(json, "endDate", r.get("endDate"));
        bool(json, "dateApprox", r.get("dateApprox"));
        string(json, "note", r.get("note"));
        json.writeBooleanField("quoteVerified", Boolean.TRUE.equals(GraphBuilder.bool(r.get("quoteVerified"))));
        var offsets = GraphBuilder.offsets(r.get("quoteOffsets"));
        if (offsets != null) {
            json.writeArrayFieldStart("quoteOffsets");
            for (var o : offsets) {
                json.writeStartObject();
                nonNull(json, "source", o.source());
                json.writeNumberField("start", o.start());
                json.writeNumberField("end", o.end());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    private static void string(JsonGenerator json, String field, Value value) throws IOException {
        nonNull(json, field, GraphBuilder.string(value));
    }

    private static void nonNull(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) json.writeStringField(field, value);
    }

    private static void bool(JsonGenerator json, String field, Value value) throws IOException {
        var b = GraphBuilder.bool(value);
        if (b != null) json.writeBooleanField(field, b);
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (var v : values) json.writeString(v);
        json.writeEndArray();
    }
}
