package org.tracegraph.core;

/** Entity ids: stable, URL-safe slugs such as {@code khadija-ismayilova}. */
public final class Ids {
    /** The longest id (and the longest short text a parameter may carry). */
    public static final int MAX_LENGTH = 200;

    private Ids() {
    }

    /**
     * Whether {@code value} has the shape of an entity id, {@code [a-z0-9]+(-[a-z0-9]+)*}: checked without a
     * regex, since an offline load checks several ids on each of millions of rows.
     */
    public static boolean isId(String value) {
        int last = value.length() - 1;
        if (last < 0 || value.charAt(0) == '-' || value.charAt(last) == '-') return false;
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            boolean hyphen = c == '-';
            if (hyphen ? value.charAt(i - 1) == '-' : !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }
}
