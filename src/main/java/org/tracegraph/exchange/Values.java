package org.tracegraph.exchange;

import java.util.List;

/** Property values as the export formats write them. */
final class Values {
    private Values() {
    }

    /** Strings, numbers, booleans and lists of them stay as they are; anything else (a temporal value, a point) as text. */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Values::plain).toList();
        }
        return value.toString();
    }

    /** A value as one piece of text: a list's items separated by {@code separator}. */
    static String text(Object value, String separator) {
        if (value == null) return "";
        if (value instanceof List<?> list) {
            return String.join(separator, list.stream().map(v -> String.valueOf(plain(v))).toList());
        }
        return String.valueOf(plain(value));
    }
}
