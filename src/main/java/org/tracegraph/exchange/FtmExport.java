package org.tracegraph.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracegraph.json.Json;

/**
 * FollowTheMoney entities as JSON lines ({@code {"id", "schema", "properties": {name: [values]}}}), as Aleph,
 * OpenSanctions and {@code ftm} read them, writing only properties each FtM 4 schema defines (FtmSchemaTest
 * holds every line against the schema files). Entities map to Person, Organization, Event, Address (places)
 * and Document (sources; FtM requires a {@code fileName} on a Document, and Tracegraph keeps no file, so it is
 * the source's id). Relationships map to Membership, Employment (a person and an organisation), Family,
 * Associate (friends) or, for every other type, UnknownLink with the type as its {@code role}. The evidence
 * goes into properties every link schema has from FtM's Interval: the sources are Documents in {@code proof},
 * the quote is {@code summary}, the relationship id {@code recordId}, and the status and claimant are written
 * in {@code description} ("status: alleged; quote: verified; claimed by: x"), which {@link FtmRows} reads back. FtM has no place
 * for the rest, so this export is for those tools, not a backup: the graph JSON export keeps everything.
 */
final class FtmExport implements ExportWriter {
    static final String STATUS = "status: ";
    static final String CLAIMANT = "claimed by: ";
    /** Whether the quote was found in a held text: "quote: verified" or "quote: not checked". */
    static final String QUOTE = "quote: ";
    static final String FRIEND = "friend";
    private final JsonGenerator json;
    private final Map<String, String> schemaOf = new java.util.HashMap<>();

    FtmExport(OutputStream out, ExportHeader header) throws IOException {
        json = Json.objectMapper().getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null); // one entity a line, as writeRaw ends them: no space before the next
    }

    @Override
    public void node(ExportNode node) throws IOException {
        var p = node.properties();
        var properties = new LinkedHashMap<String, List<String>>();
        String schema;
        switch (node.type()) {
            case "Person" -> schema = "Person";
            case "Organisation" -> schema = "Organization";
            case "Event" -> {
                schema = "Event";
                put(properties, "date", p.get("date"));
                put(properties, "startDate", p.get("startDate"));
                put(properties, "endDate", p.get("endDate"));
            }
            case "Place" -> {
                schema = "Address";
                put(properties, "full", p.get("name"));
            }
            case "Source" -> {
                schema = "Document";
                put(properties, "fileName", node.id());
                put(properties, "title", p.get("title"));
                put(properties, "publisher", p.get("publisher"));
                put(properties, "publishedAt", p.get("published"));
                put(properties, "sourceUrl", p.get("url"));
            }
            default -> schema = "Thing";
        }
        schemaOf.put(node.id(), schema);
        put(properties, "name", node.name());
        put(properties, "alias", p.get("aliases"));
        put(properties, "description", p.get("description"));
        write(node.id(), schema, properties);
    }

    @Override
    public void relationship(ExportRelationship r) throws IOException {
        var from = schemaOf.get(r.source());
        var to = schemaOf.get(r.target());
        var role = r.string("role");
        var properties = new LinkedHashMap<String, List<String>>();
        String schema;
        if (r.type().equals("MEMBER_OF") && isLegalEntity(from) && "Organization".equals(to)) {
            schema = "Membership";
            put(properties, "member", r.source());
            put(properties, "organization", r.target());
            put(properties, "role", role);
        } else if (r.type().equals("WORKS_FOR") && "Person".equals(from) && "Organization".equals(to)) {
            schema = "Employment";
            put(properties, "employee", r.source());
            put(properties, "employer", r.target());
            put(properties, "role", role);
        } else if (r.type().equals("RELATIVE_OF") && "Person".equals(from) && "Person".equals(to)) {
            schema = "Family";
            put(properties, "person", r.source());
            put(properties, "relative", r.target());
            put(properties, "relationship", role);
        } else if (r.type().equals("FRIEND_OF") && "Person".equals(from) && "Person".equals(to)) {
            schema = "Associate";
            put(properties, "person", r.source());
            put(properties, "associate", r.target());
            put(properties, "relationship", role == null ? FRIEND : FRIEND + " (" + role + ")");
        } else {
            schema = "UnknownLink";
            put(properties, "subject", r.source());
            put(properties, "object", r.target());
            put(properties, "role", r.type() + (role == null ? "" : " (" + role + ")"));
        }
        put(properties, "summary", r.properties().get("quote"));
        put(properties, "description", evidence(r.string("status"),
                Boolean.TRUE.equals(r.properties().get("quoteVerified")), r.string("claimedBy")));
        put(properties, "proof", r.properties().get("sourceIds"));
        put(properties, "date", r.properties().get("date"));
        put(properties, "startDate", r.properties().get("startDate"));
        put(properties, "endDate", r.properties().get("endDate"));
        put(properties, "recordId", r.id());
        write(r.id(), schema, properties);
    }

    /**
     * The status and claimant as {@link FtmRows} reads them back, and whether the quote was verified (which an
     * import works out again): "status: alleged; quote: verified; claimed by: x".
     */
    static String evidence(String status, boolean quoteVerified, String claimedBy) {
        var text = (status == null ? "" : STATUS + status + "; ") + QUOTE + (quoteVerified ? "verified" : "not checked");
        return claimedBy == null ? text : text + "; " + CLAIMANT + claimedBy;
    }

    private static boolean isLegalEntity(String schema) {
        return "Person".equals(schema) || "Organization".equals(schema);
    }

    private static void put(Map<String, List<String>> properties, String name, Object value) {
        if (value == null) return;
        var values = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(Values.plain(value)));
        if (!values.isEmpty() && !(values.size() == 1 && values.get(0).isEmpty())) properties.put(name, values);
    }

    private void write(String id, String schema, Map<String, List<String>> properties) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("schema", schema);
        json.writeObjectField("properties", properties);
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }
}
