package org.tracegraph.curation;

import org.tracegraph.core.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tracegraph.core.EntityType;
import org.tracegraph.core.Folding;

/**
 * The fields an entity of each type may carry (cypher/MODEL.md), checked and turned into the properties
 * stored on its node. No property is ever stored as null: an absent or blank field is left out.
 */
public final class EntityFields {
    public static final List<String> TYPES = EntityType.labels();
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_SLUG = 80;
    static final int MAX_KIND = 100;
    static final int MAX_TITLE = Fields.MAX_NAME * 2;
    private static final String ONE_OF_TYPES = "one of " + String.join(", ", TYPES);
    private static final String TYPE_REQUIRED = ": " + ONE_OF_TYPES;
    /** By type, what {@link #writable} gives: built once, since an import asks for every row. */
    private static final Map<String, Set<String>> WRITABLE = TYPES.stream().collect(
            java.util.stream.Collectors.toUnmodifiableMap(type -> type, EntityFields::fieldsOf));

    private EntityFields() {
    }

    /** The fields an editor may set on an entity of {@code type}, in name order. */
    public static Set<String> writable(String type) {
        var fields = WRITABLE.get(type);
        return fields != null ? fields : fieldsOf(type);
    }

    private static Set<String> fieldsOf(String type) {
        var fields = new java.util.TreeSet<>(List.of("name", "aliases", "description"));
        if (!type.equals("Person")) fields.add("kind");
        if (type.equals("Event")) fields.addAll(List.of("date", "startDate", "endDate", "dateApprox"));
        if (type.equals("Source")) fields.addAll(List.of("title", "publisher", "url", "published", "dateApprox", "text", "contentHash"));
        return java.util.Collections.unmodifiableSortedSet(fields);
    }

    public static String type(JsonNode body) {
        var type = Fields.requiredText(body, "type", 20, TYPE_REQUIRED);
        return EntityType.ofIgnoringCase(type).map(EntityType::label).orElseThrow(() ->
                ProblemException.badBody("type", "type must be " + ONE_OF_TYPES + ", not '" + type + "'"));
    }

    /** The properties of an entity of {@code type} with the given fields (the writable ones are read). */
    public static Map<String, Object> properties(String type, JsonNode fields) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("name", Fields.requiredName(fields, "name", Fields.MAX_NAME, ""));
        var aliases = Fields.texts(fields, "aliases", Fields.MAX_NAME);
        aliases.forEach(alias -> Fields.checkName("aliases", alias));
        properties.put("aliases", aliases);
        put(properties, "description", Fields.text(fields, "description", Fields.MAX_TEXT));
        if (!type.equals("Person")) put(properties, "kind", Fields.name(fields, "kind", MAX_KIND));
        if (type.equals("Event")) {
            var date = Fields.date(fields, "date");
            var start = Fields.date(fields, "startDate");
            var end = Fields.date(fields, "endDate");
            if (date == null && start == null && end == null) {
                throw ProblemException.badBody("date", "date is required for an event (or startDate and endDate for a period),"
                        + " such as 2012, 2012-03 or 2012-05-26");
            }
            if (date != null && (start != null || end != null)) {
                throw ProblemException.badBody("date", "date is for an event on one day, month or year; a period has"
                        + " startDate and endDate instead: give one or the other");
            }
            Fields.period(start, end);
            put(properties, "date", date);
            put(properties, "startDate", start);
            put(properties, "endDate", end);
        }
        if (type.equals("Source")) {
            put(properties, "title", Fields.requiredName(fields, "title", MAX_TITLE,
                    ": the document's title, or a descriptive one that says the title is not given"));
            put(properties, "publisher", Fields.name(fields, "publisher", Fields.MAX_NAME));
            put(properties, "text", HeldTexts.text(fields, "text"));
            put(properties, "url", Fields.url(fields, "url"));
            put(properties, "published", Fields.date(fields, "published"));
            put(properties, "contentHash", contentHash(fields));
        }
        if (type.equals("Event") || type.equals("Source")) put(properties, "dateApprox", Fields.bool(fields, "dateApprox"));
        return properties;
    }

    /** The SHA-256 of the file a source's text was taken from (ingest/), in lower-case hex; null when absent. */
    private static String contentHash(JsonNode fields) {
        var hash = Fields.text(fields, "contentHash", 64);
        if (hash != null && !hash.matches("[0-9a-f]{64}")) {
            throw ProblemException.badBody("contentHash", "contentHash is the SHA-256 of the document, 64 lower-case hex digits");
        }
        return hash;
    }

    /** "Xədicə İsmayılova" becomes "xadica-ismayilova": the id of an entity created without one. */
    public static String slug(String name) {
        var slug = NOT_SLUG.matcher(Folding.fold(name).toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        if (slug.isEmpty()) {
            throw ProblemException.badBody("id", "id is required when the name has no letters or digits to make one from");
        }
        return slug;
    }

    private static void put(Map<String, Object> properties, String key, Object value) {
        if (value != null) properties.put(key, value);
    }
}
