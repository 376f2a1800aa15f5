package org.tracegraph.curation;

import org.tracegraph.core.Ids;

import org.tracegraph.core.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tracegraph.core.PartialDate;

/** Checks of single fields of a request body; each failure is a 400 naming the field. */
public final class Fields {
    static final int MAX_NAME = 300;
    public static final int MAX_TEXT = 5000;
    static final int MAX_LIST = 200;
    static final int MAX_URL = 2000;
    static final int MAX_DATE = 10;

    private Fields() {
    }

    /** A text field, stripped; null when absent, JSON null or blank. */
    public static String text(JsonNode body, String field, int max) {
        var value = body.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw ProblemException.badBody(field, field + " must be a string");
        var text = value.asText().strip();
        if (text.isEmpty()) return null;
        if (text.length() > max) throw ProblemException.badBody(field, field + " is longer than " + max + " characters");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw ProblemException.badBody(field, field + " holds control characters");
            }
        }
        return text;
    }

    static String requiredText(JsonNode body, String field, int max, String why) {
        var text = text(body, field, max);
        if (text == null) throw ProblemException.badBody(field, field + " is required" + why);
        return text;
    }

    static Boolean bool(JsonNode body, String field) {
        var value = body.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isBoolean()) throw ProblemException.badBody(field, field + " must be true or false");
        return value.asBoolean();
    }

    static String date(JsonNode body, String field) {
        var text = text(body, field, MAX_DATE);
        return text == null ? null : PartialDate.check(field, text);
    }

    /** A list of distinct texts, in the order given; empty when absent. */
    static List<String> texts(JsonNode body, String field, int maxLength) {
        var value = body.get(field);
        if (value == null || value.isNull()) return List.of();
        if (!value.isArray()) throw ProblemException.badBody(field, field + " must be a list of strings");
        if (value.size() > MAX_LIST) throw ProblemException.badBody(field, field + " holds more than " + MAX_LIST + " items");
        var texts = new LinkedHashSet<String>();
        for (var item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw ProblemException.badBody(field, field + " must be a list of non-empty strings");
            }
            var text = item.asText().strip();
            if (text.length() > maxLength) {
                throw ProblemException.badBody(field, field + " holds an item longer than " + maxLength + " characters");
            }
            texts.add(text);
        }
        return new ArrayList<>(texts);
    }

    /** An entity id given in a body field. */
    public static String id(JsonNode body, String field) {
        var text = text(body, field, Ids.MAX_LENGTH);
        if (text == null) return null;
        if (!Ids.isId(text)) {
            throw ProblemException.badBody(field, field + " must be an id (lowercase letters, digits and single hyphens, such"
                    + " as 'khadija-ismayilova'), not '" + text + "'");
        }
        return text;
    }

    static String url(JsonNode body, String field) {
        var text = text(body, field, MAX_URL);
        if (text == null) return null;
        try {
            var uri = new URI(text);
            if (uri.isAbsolute() && Set.of("http", "https").contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                    && uri.getHost() != null) {
                return text;
            }
        } catch (java.net.URISyntaxException ignored) {
            // reported below
        }
        throw ProblemException.badBody(field, field + " must be an http or https address, not '" + text + "'");
    }

    /** A period runs from its start to the end of its end: "2012-03" to "2012" is fine, "2013" to "2012" not. */
    static void period(String start, String end) {
        if (start != null && end != null && start.compareTo(end + "~") > 0) {
            throw ProblemException.badBody("endDate", "endDate " + end + " is before startDate " + start);
        }
    }

    /** Refuses the fields of {@code body} that are not in {@code allowed}, naming the first. */
    public static void onlyKnown(JsonNode body, Set<String> allowed, String what) {
        var names = body.fieldNames();
        while (names.hasNext()) {
            var name = names.next();
            if (!allowed.contains(name)) {
                throw ProblemException.badBody(name, name + " is not a field of " + what + "; its fields are "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }
}
