package org.tracegraph.exchange;

import org.tracegraph.core.Ids;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tracegraph.core.Status;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.curation.EntityFields;
import org.tracegraph.core.ProblemException;
import org.tracegraph.json.Json;

/**
 * FollowTheMoney entities as JSON lines ({@code {"id", "schema", "properties": {name: [values]}}}), mapped to
 * Tracegraph as {@link FtmExport} writes them, so that its export imports back unchanged:
 * <ul>
 *   <li>Person → Person; Organization, Company, PublicBody, LegalEntity → Organisation (Company and PublicBody
 *       with that kind); Event → Event; Address → Place; Document and its kin → Source. {@code name} (the first;
 *       the others become aliases), {@code alias}, {@code description}, and per type the dates, title,
 *       publisher, publishedAt, sourceUrl.</li>
 *   <li>Links: Membership → MEMBER_OF, Employment → WORKS_FOR, Directorship → RUNS, Family → RELATIVE_OF,
 *       Associate → FRIEND_OF (relationship "friend", or "friend (role)") or AFFILIATED_WITH, Ownership, Representation →
 *       AFFILIATED_WITH (role owner, representative), UnknownLink → the type its {@code role} starts with when it
 *       is one of the vocabulary's (as the export writes it), else AFFILIATED_WITH with that role.</li>
 *   <li>Evidence, which Tracegraph requires: the sources are the Documents in {@code proof} (FtM 4), else those
 *       an earlier export wrote in {@code description} ("sources: a, b; claimed by: c"), else the Source the
 *       import names ({@code source}), else a Source made for the file, {@code ftm-<file name>}. The quote is
 *       {@code summary}, else {@code description} (unless it is the export's evidence line), else "(imported
 *       from FtM file NAME)". The status and claimant are those the export writes in {@code description}
 *       ("status: alleged; claimed by: x"); else the status is {@code status} when it is one of the
 *       vocabulary's, else reported. The relationship's id is {@code recordId} when it is an id.</li>
 *   <li>An FtM id that is not a Tracegraph id (lowercase letters, digits, single hyphens) is made into one as a
 *       name is: "Q7747" becomes "q7747". Other schemata are invalid rows (skip them with skipInvalid).</li>
 * </ul>
 */
final class FtmRows implements RowReader {
    private static final Map<String, String> ENTITY_TYPES = Map.ofEntries(
            Map.entry("Person", "Person"), Map.entry("Organization", "Organisation"),
            Map.entry("Company", "Organisation"), Map.entry("PublicBody", "Organisation"),
            Map.entry("LegalEntity", "Organisation"), Map.entry("Event", "Event"), Map.entry("Address", "Place"),
            Map.entry("Document", "Source"), Map.entry("Article", "Source"), Map.entry("PlainText", "Source"),
            Map.entry("HyperText", "Source"), Map.entry("Pages", "Source"), Map.entry("Email", "Source"),
            Map.entry("Image", "Source"), Map.entry("Video", "Source"), Map.entry("Audio", "Source"),
            Map.entry("Table", "Source"), Map.entry("Workbook", "Source"), Map.entry("Folder", "Source"),
            Map.entry("Package", "Source"));
    private static final Map<String, String> KINDS = Map.of("Company", "company", "PublicBody", "public body",
            "Article", "article", "Video", "video", "Image", "photo", "Email", "letter");
    /** Link schema → its two ends and the relationship type. */
    private record Link(String from, String to, String type, String role) {
    }
    private static final Map<String, Link> LINKS = Map.of(
            "Membership", new Link("member", "organization", "MEMBER_OF", null),
            "Employment", new Link("employee", "employer", "WORKS_FOR", null),
            "Directorship", new Link("director", "organization", "RUNS", null),
            "Family", new Link("person", "relative", "RELATIVE_OF", null),
            "Associate", new Link("person", "associate", "AFFILIATED_WITH", null),
            "Ownership", new Link("owner", "asset", "AFFILIATED_WITH", "owner"),
            "Representation", new Link("agent", "client", "AFFILIATED_WITH", "representative"),
            "UnknownLink", new Link("subject", "object", "AFFILIATED_WITH", null));
    private static final Pattern TYPED_ROLE = Pattern.compile("([A-Z][A-Z_]*[A-Z])(?: \\((.*)\\))?", Pattern.DOTALL);
    private static final Pattern FRIEND_ROLE = Pattern.compile("friend \\((.*)\\)", Pattern.DOTALL);
    /** What exports before FtM 4's {@code proof} wrote in a link's description: "sources: a, b; claimed by: c". */
    private static final String EXPORTED_SOURCES = "sources: ";
    private static final String EXPORTED_CLAIMANT = "; claimed by: ";

    private final BufferedReader lines;
    private final ImportRow.Kind kind;
    private final ImportOptions options;
    private final String fileSource;
    private long line;
    private boolean needsFileSource;
    private boolean done;

    FtmRows(InputStream in, ImportRow.Kind kind, ImportOptions options) {
        lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.kind = kind;
        this.options = options;
        this.fileSource = fileSourceId(options.fileName());
    }

    /** The id of the Source made for an FtM file whose links name no Tracegraph source. */
    static String fileSourceId(String fileName) {
        var slug = EntityFields.slug("ftm " + fileName.replaceAll("(?i)\\.(ftm\\.json|jsonl|ndjson|json|ftm)$", ""));
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    @Override
    public ImportRow next() throws IOException {
        if (done) return null;
        for (var text = lines.readLine(); text != null; text = lines.readLine()) {
            line++;
            // a line that is no FtM entity at all is reported once, with the entities
            if (text.isBlank()) continue;
            JsonNode entity;
            try {
                entity = Json.objectMapper().readTree(text);
            } catch (JsonProcessingException e) {
                if (kind == ImportRow.Kind.RELATIONSHIP) continue;
                return invalid(null, null, "The line is not JSON: " + Json.problemIn(e));
            }
            var id = entity.path("id").asText(null);
            var schema = entity.path("schema").asText("");
            if (id == null || !entity.path("properties").isObject()) {
                if (kind == ImportRow.Kind.RELATIONSHIP) continue;
                return invalid(id, null, "An FtM entity needs an id, a schema and properties");
            }
            boolean link = LINKS.containsKey(schema);
            if (!link && !ENTITY_TYPES.containsKey(schema)) {
                if (kind == ImportRow.Kind.RELATIONSHIP) continue;
                return invalid(id, "schema", "FtM schema " + schema + " has no Tracegraph type; imported are "
                        + String.join(", ", new java.util.TreeSet<>(ENTITY_TYPES.keySet())) + " and the links "
                        + String.join(", ", new java.util.TreeSet<>(LINKS.keySet())));
            }
            var properties = entity.get("properties");
            if (link && sources(properties).isEmpty()) needsFileSource = true;
            if (link != (kind == ImportRow.Kind.RELATIONSHIP)) continue;
            try {
                var body = link ? relationship(id, schema, properties) : entity(id, schema, properties);
                return ImportRow.of(kind, options.fileName(), line, null, body);
            } catch (ProblemException e) {
                return invalid(id, e.problem().parameter(), e.problem().detail());
            }
        }
        done = true;
        if (kind == ImportRow.Kind.ENTITY && needsFileSource && options.source() == null) {
            var source = Json.objectMapper().createObjectNode();
            source.put("id", fileSource);
            source.put("type", "Source");
            source.put("name", "FtM file " + options.fileName());
            source.put("title", "FtM file " + options.fileName() + " (title not given)");
            source.put("kind", "dataset");
            source.put("description", "Made by the importer: the FtM links of this file that name no Tracegraph"
                    + " source cite it.");
            return ImportRow.of(kind, options.fileName(), 0, null, source);
        }
        return null;
    }

    private ImportRow invalid(String id, String field, String detail) {
        return ImportRow.invalid(kind, options.fileName(), line, null, id, field, detail);
    }

    private static String id(String ftmId) {
        return Ids.isId(ftmId) ? ftmId : EntityFields.slug(ftmId);
    }

    private static ObjectNode entity(String ftmId, String schema, JsonNode p) {
        var body = Json.objectMapper().createObjectNode();
        var type = ENTITY_TYPES.get(schema);
        body.put("id", id(ftmId));
        body.put("type", type);
        var names = new ArrayList<>(texts(p, "name"));
        if (type.equals("Place") && names.isEmpty()) names.addAll(texts(p, "full"));
        if (type.equals("Source") && names.isEmpty()) names.addAll(texts(p, "title"));
        if (!names.isEmpty()) body.put("name", names.get(0));
        var aliases = new java.util.LinkedHashSet<>(texts(p, "alias"));
        aliases.addAll(names.subList(Math.min(1, names.size()), names.size()));
        if (!aliases.isEmpty()) {
            var array = body.putArray("aliases");
            aliases.forEach(array::add);
        }
        put(body, "description", first(p, "description"));
        if (KINDS.containsKey(schema)) body.put("kind", KINDS.get(schema));
        switch (type) {
            case "Event" -> {
                put(body, "date", date(first(p, "date")));
                put(body, "startDate", date(first(p, "startDate")));
                put(body, "endDate", date(first(p, "endDate")));
            }
            case "Source" -> {
                put(body, "title", first(p, "title") != null ? first(p, "title") : body.path("name").asText(null));
                put(body, "publisher", first(p, "publisher"));
                put(body, "published", date(first(p, "publishedAt") != null ? first(p, "publishedAt") : first(p, "date")));
                put(body, "url", first(p, "sourceUrl"));
            }
            default -> { }
        }
        return body;
    }

    private ObjectNode relationship(String ftmId, String schema, JsonNode p) {
        var link = LINKS.get(schema);
        var body = Json.objectMapper().createObjectNode();
        var recordId = first(p, "recordId");
        body.put("id", recordId != null && Ids.isId(recordId) ? recordId : id(ftmId));
        var from = first(p, link.from());
        var to = first(p, link.to());
        if (from != null) body.put("from", id(from));
        if (to != null) body.put("to", id(to));
        var type = link.type();
        var role = first(p, "role") != null ? first(p, "role") : link.role();
        var relationship = first(p, "relationship");
        if (schema.equals("Associate") && relationship != null && relationship.toLowerCase(java.util.Locale.ROOT).contains(FtmExport.FRIEND)) {
            type = "FRIEND_OF";
            var friendRole = FRIEND_ROLE.matcher(relationship);
            if (role == null && friendRole.matches()) role = friendRole.group(1);
        } else if (role == null && relationship != null) {
            role = relationship;
        }
        if (schema.equals("UnknownLink") && role != null) {
            var typed = TYPED_ROLE.matcher(role);
            if (typed.matches() && isRelationshipType(typed.group(1))) {
                type = typed.group(1);
                role = typed.group(2);
            }
        }
        body.put("type", type);
        put(body, "role", role);
        var sources = sources(p);
        var array = body.putArray("sourceIds");
        if (!sources.isEmpty()) sources.forEach(array::add);
        else array.add(options.source() != null ? options.source() : fileSource);
        var description = first(p, "description");
        var evidence = Evidence.of(description);
        if (evidence.claimedBy() != null) body.put("claimedBy", evidence.claimedBy());
        var quote = first(p, "summary");
        if (quote == null && !evidence.exported()) quote = description;
        body.put("quote", quote != null ? quote : "(imported from FtM file " + options.fileName() + ")");
        var status = evidence.status() != null ? evidence.status() : first(p, "status");
        body.put("status", status != null && isStatus(status) ? status : "reported");
        put(body, "date", date(first(p, "date")));
        put(body, "startDate", date(first(p, "startDate")));
        put(body, "endDate", date(first(p, "endDate")));
        var publisher = first(p, "publisher");
        var url = first(p, "sourceUrl");
        if (publisher != null || url != null) {
            body.put("note", "FtM " + schema + (publisher == null ? "" : "; publisher: " + publisher)
                    + (url == null ? "" : "; source: " + url));
        }
        return body;
    }

    /** A link's sources: its {@code proof} (FtM 4), else what an earlier export wrote in its description. */
    private static List<String> sources(JsonNode p) {
        var proof = texts(p, "proof");
        if (!proof.isEmpty()) return proof.stream().map(FtmRows::id).distinct().toList();
        var description = first(p, "description");
        if (description == null || !description.startsWith(EXPORTED_SOURCES)) return List.of();
        var end = description.indexOf(EXPORTED_CLAIMANT);
        var list = description.substring(EXPORTED_SOURCES.length(), end < 0 ? description.length() : end);
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The status and claimant an export wrote in a link's description: "status: alleged; claimed by: x" (this
     * export) or "sources: a, b; claimed by: x" (exports before FtM 4's proof). {@code exported} says the
     * description is such a line, not a text to keep as the quote.
     */
    private record Evidence(boolean exported, String status, String claimedBy) {
        static Evidence of(String description) {
            if (description == null) return new Evidence(false, null, null);
            if (description.startsWith(EXPORTED_SOURCES)) {
                int at = description.indexOf(EXPORTED_CLAIMANT);
                return new Evidence(true, null, at < 0 ? null : description.substring(at + EXPORTED_CLAIMANT.length()).strip());
            }
            String status = null;
            String claimedBy = null;
            for (var part : description.split("; ", -1)) {
                if (part.startsWith(FtmExport.STATUS) && status == null) status = part.substring(FtmExport.STATUS.length()).strip();
                else if (part.startsWith(FtmExport.CLAIMANT) && claimedBy == null) claimedBy = part.substring(FtmExport.CLAIMANT.length()).strip();
                else if (part.startsWith(FtmExport.QUOTE)) continue; // worked out again from the held texts
                else return new Evidence(false, null, null);
            }
            // a description of some other tool's that happens to start so is a description, not our evidence
            if (status != null && !isStatus(status)) return new Evidence(false, null, null);
            return new Evidence(true, status, claimedBy);
        }
    }

    private static boolean isRelationshipType(String type) {
        return Vocabulary.get().relationshipTypes().stream().anyMatch(t -> t.name().equals(type));
    }

    private static boolean isStatus(String status) {
        return Status.of(status).isPresent();
    }

    /** FtM dates may be full timestamps: Tracegraph keeps the (partial) date. */
    private static String date(String value) {
        return value == null || value.length() <= 10 ? value : value.substring(0, 10);
    }

    private static List<String> texts(JsonNode p, String name) {
        var values = new ArrayList<String>();
        var node = p.get(name);
        if (node == null) return values;
        if (node.isArray()) node.forEach(v -> {
            if (v.isValueNode() && !v.asText().isBlank()) values.add(v.asText());
        });
        else if (node.isValueNode() && !node.asText().isBlank()) values.add(node.asText());
        return values;
    }

    private static String first(JsonNode p, String name) {
        var values = texts(p, name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static void put(ObjectNode body, String field, String value) {
        if (value != null) body.put(field, value);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
