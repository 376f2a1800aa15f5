package org.tracegraph.curation;

import org.tracegraph.core.ProblemException;
import org.tracegraph.core.Ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracegraph.core.Status;
import org.tracegraph.core.Vocabulary;

/**
 * The evidence and qualifiers of a relationship (cypher/MODEL.md): at least one source, a verbatim quote and
 * an epistemic status are required; who claims it, a role and dates are optional.
 */
public final class RelationshipFields {
    public static final Set<String> WRITABLE = Set.of("sourceIds", "quote", "status", "claimedBy", "role", "date",
            "startDate", "endDate", "dateApprox", "note");
    static final int MAX_SOURCES = 50;
    static final int MAX_SOURCE_ID = 200;
    static final int MAX_STATUS = 20;
    static final int MAX_TYPE = 60;
    private static final Set<String> TYPES = Vocabulary.get().relationshipTypes().stream()
            .map(Vocabulary.RelationshipType::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final List<String> STATUSES = Status.words();
    private static final String ONE_OF_STATUSES = "one of " + String.join(", ", STATUSES);
    private static final String STATUS_REQUIRED = ": " + ONE_OF_STATUSES;

    private RelationshipFields() {
    }

    /** The relationship type: one of the vocabulary's, written UPPER_SNAKE. */
    public static String type(JsonNode body) {
        var type = Fields.requiredText(body, "type", MAX_TYPE, ": a relationship type such as MEMBER_OF (see /api/vocabulary)");
        if (!TYPES.contains(type)) {
            throw ProblemException.badBody("type", "type must be one of the documented relationship types (see /api/vocabulary),"
                    + " such as MEMBER_OF or WORKS_FOR, not '" + type + "'");
        }
        return type;
    }

    /**
     * The properties of a relationship with the given fields. Whether the sources and the claimant exist is
     * checked against the graph by {@link RelationshipWrites}.
     */
    public static Map<String, Object> properties(JsonNode fields) {
        var properties = new LinkedHashMap<String, Object>();
        var sourceIds = fields.get("sourceIds");
        if (sourceIds != null && sourceIds.isTextual()) {
            throw ProblemException.badBody("sourceIds", "sourceIds must be a list of source ids, such as [\"" + sourceIds.asText() + "\"]");
        }
        var sources = Fields.texts(fields, "sourceIds", MAX_SOURCE_ID);
        if (sources.isEmpty()) {
            throw ProblemException.badBody("sourceIds", "sourceIds is required: the ids of the Source entities the claim comes from");
        }
        if (sources.size() > MAX_SOURCES) throw ProblemException.badBody("sourceIds", "sourceIds names more than " + MAX_SOURCES);
        for (var source : sources) {
            if (!Ids.isId(source)) {
                throw ProblemException.badBody("sourceIds", "sourceIds must hold source ids, not '" + source + "'");
            }
        }
        properties.put("sourceIds", sources);
        properties.put("quote", Fields.requiredText(fields, "quote", Fields.MAX_TEXT,
                ": the passage of the source, verbatim, that supports the claim"));
        var status = Fields.requiredText(fields, "status", MAX_STATUS, STATUS_REQUIRED);
        if (!STATUSES.contains(status)) {
            throw ProblemException.badBody("status", "status must be " + ONE_OF_STATUSES + ", not '" + status + "'");
        }
        properties.put("status", status);
        put(properties, "claimedBy", Fields.id(fields, "claimedBy"));
        put(properties, "role", Fields.name(fields, "role", Fields.MAX_NAME));
        put(properties, "note", Fields.text(fields, "note", Fields.MAX_TEXT));
        var date = Fields.date(fields, "date");
        var start = Fields.date(fields, "startDate");
        var end = Fields.date(fields, "endDate");
        Fields.period(start, end);
        put(properties, "date", date);
        put(properties, "startDate", start);
        put(properties, "endDate", end);
        put(properties, "dateApprox", Fields.bool(fields, "dateApprox"));
        return properties;
    }

    /** MEMBER_OF becomes member-of, as relationship ids spell types. */
    static String kebab(String type) {
        return type.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void put(Map<String, Object> properties, String key, Object value) {
        if (value != null) properties.put(key, value);
    }
}
