package org.tracegraph.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * HTML (and XML) written on the server without a template engine, and without ever pasting data into markup:
 * every piece of text goes through {@link #escape}, and markup exists only as {@link Raw} values built here.
 */
final class Html {
    private Html() {
    }

    /** Markup that is already safe to insert as is. */
    record Raw(String html) {
        @Override
        public String toString() {
            return html;
        }
    }

    static String escape(String text) {
        if (text == null) return "";
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 has no place for other control characters; they carry nothing a reader sees
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * {@code element("a", attrs("href", url), "text")}: children are text (escaped), {@link Raw} markup, lists
     * of either, or null (left out); attributes with a null value are left out.
     */
    static Raw element(String tag, List<String> attributes, Object... children) {
        var out = new StringBuilder("<").append(tag);
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i + 1) != null) {
                out.append(' ').append(attributes.get(i)).append("=\"").append(escape(attributes.get(i + 1))).append('"');
            }
        }
        out.append('>');
        appendChildren(out, children);
        return new Raw(out.append("</").append(tag).append('>').toString());
    }

    /** An element without content, such as {@code <img>} or an SVG {@code <circle/>}. */
    static Raw empty(String tag, List<String> attributes, boolean xml) {
        var open = element(tag, attributes).html();
        return new Raw(open.substring(0, open.length() - tag.length() - 4) + (xml ? "/>" : ">"));
    }

    static List<String> attrs(String... namesAndValues) {
        var list = new ArrayList<String>(namesAndValues.length);
        for (var s : namesAndValues) list.add(s);
        return list;
    }

    private static void appendChildren(StringBuilder out, Object[] children) {
        for (var child : children) {
            if (child == null) continue;
            if (child instanceof Raw raw) out.append(raw.html());
            else if (child instanceof List<?> list) appendChildren(out, list.toArray());
            else out.append(escape(String.valueOf(child)));
        }
    }

    /** A URL a reader may follow: http(s) only; anything else is not linked. */
    static String safeUrl(String url) {
        if (url == null) return null;
        var lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }
}
