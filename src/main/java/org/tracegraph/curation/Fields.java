package org.tracegraph.curation;

import org.tracegraph.core.Ids;

import org.tracegraph.core.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.text.Normalizer;
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
        var text = Normalizer.normalize(value.asText(), Normalizer.Form.NFC).strip();
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

    /**
     * A name-like field (a name, an alias, a title, a publisher, a kind, a role): a {@link #text} that holds no
     * unpaired surrogate and no invisible format character (bidirectional controls such as U+202E, zero-width
     * characters such as U+200B, U+200D, U+FEFF: Unicode category Cf), which would make two names that read
     * alike different, or one read backwards. Texts and quotes keep them: a quote must match its source.
     */
    static String name(JsonNode body, String field, int max) {
        var text = text(body, field, max);
        if (text != null) checkName(field, text);
        return text;
    }

    static String requiredName(JsonNode body, String field, int max, String why) {
        var text = name(body, field, max);
        if (text == null) throw ProblemException.badBody(field, field + " is required" + why);
        return text;
    }

    static void checkName(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw ProblemException.badBody(field, field + " holds an unpaired surrogate (U+"
                        + String.format("%04X", (int) c) + " at character " + i + "): it is not text");
            }
            if (Character.getType(c) == Character.FORMAT) {
                throw ProblemException.badBody(field, field + " holds the invisible control character U+"
                        + String.format("%04X", (int) c) + " at character " + i
                        + " (a bidirectional or zero-width control): names may not hold them");
            }
        }
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
            var text = Normalizer.normalize(item.asText(), Normalizer.Form.NFC).strip();
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
