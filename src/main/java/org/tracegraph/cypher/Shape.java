package org.tracegraph.cypher;

import java.util.List;
import java.util.Map;

/**
 * What {@link LoopBound} knows of a value before the query runs: its kind, its size at most (a list's items,
 * a string's characters, a map's entries), how large it is at most as a number, its exact value
 * when it is a known whole number, and the shape of its items.
 *
 * <p>{@code chars} is how many characters it holds at most if it is a string, with no assumption: a literal's
 * or a parameter's length, a property's whose writes are bounded ({@code TextLimits}), or {@link #MANY}. The
 * size of a value read from the graph is an assumption that lets loops over data pass; a regular expression's
 * work grows as a power of the length, and may not rest on one. Whatever builds a shape without saying gets
 * {@link #MANY}: an oversight refuses a query, never lets one through.
 */
record Shape(Kind kind, long size, long magnitude, Long exact, Shape item, long chars) {
    /** Sizes saturate here: "more than can be counted". */
    static final long MANY = Long.MAX_VALUE;

    enum Kind { LIST, STRING, MAP, NUMBER, ENTITY, PATH, OTHER, ANY }

    static final Shape OTHER = new Shape(Kind.OTHER, 0, MANY, null, null);
    static final Shape ENTITY = new Shape(Kind.ENTITY, 0, MANY, null, null);
    static final Shape PATH = new Shape(Kind.PATH, LoopBound.PATH_ITEMS, MANY, null, null);
    /** A value read from the graph, whose kind the analysis does not know: a property, a procedure's column. */
    static final Shape STORED = new Shape(Kind.ANY, LoopBound.STORED_ITEMS, MANY, null, null);

    /** A shape whose length as a string is not known. */
    Shape(Kind kind, long size, long magnitude, Long exact, Shape item) {
        this(kind, size, magnitude, exact, item, MANY);
    }

    static Shape list(long items, Shape item) {
        return new Shape(Kind.LIST, items, MANY, null, item);
    }

    /** A string of at most {@code characters}, known for certain. */
    static Shape string(long characters) {
        return new Shape(Kind.STRING, characters, MANY, null, null, characters);
    }

    /** A string of at most {@code characters} by assumption, and of {@code chars} for certain. */
    static Shape string(long characters, long chars) {
        return new Shape(Kind.STRING, characters, MANY, null, null, chars);
    }

    /**
     * A property read from the graph whose strings hold at most {@code chars} characters ({@code TextLimits}): of
     * unknown kind, at least as large as any stored value is assumed to be, its items (if a list) no longer.
     */
    static Shape storedText(long chars) {
        return new Shape(Kind.ANY, Math.max(LoopBound.STORED_ITEMS, chars), MANY, null, string(chars), chars);
    }

    /** The most characters this value holds as a string: a number's or a boolean's text is short. */
    long text() {
        return kind == Kind.NUMBER || kind == Kind.OTHER ? 64 : chars;
    }

    static Shape number(long magnitude) {
        return new Shape(Kind.NUMBER, 0, magnitude, null, null);
    }

    static Shape exactly(long value) {
        return new Shape(Kind.NUMBER, 0, value == Long.MIN_VALUE ? MANY : Math.abs(value), value, null);
    }

    /** The shape of a parameter's value, as the request gives it. */
    static Shape of(Object value) {
        if (value instanceof String s) return string(s.length());
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return exactly(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            double d = Math.abs(n.doubleValue());
            return number(Double.isFinite(d) && d < MANY ? (long) Math.ceil(d) : MANY);
        }
        if (value instanceof List<?> list) {
            Shape item = null;
            for (var v : list) item = join(item, of(v));
            return list(list.size(), item);
        }
        if (value instanceof Map<?, ?> map) {
            Shape item = null;
            for (var v : map.values()) item = join(item, of(v));
            return new Shape(Kind.MAP, map.size(), MANY, null, item);
        }
        return OTHER;
    }

    /** The shape of the items: what is known of them, or a stored value's when nothing is. */
    Shape each() {
        return item != null ? item : kind == Kind.STRING ? string(1) : STORED;
    }

    /** A list or a map: a value whose items a comparison walks. */
    boolean container() {
        return kind == Kind.LIST || kind == Kind.MAP;
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** A value that could be a list or a string: one the analysis must count the items of. */
    boolean sized() {
        return kind == Kind.LIST || kind == Kind.STRING || kind == Kind.MAP || kind == Kind.ANY;
    }

    /** What either of two values could be: the larger of each measure. */
    static Shape join(Shape a, Shape b) {
        if (a == null) return b;
        if (b == null) return a;
        return new Shape(a.kind == b.kind ? a.kind : Kind.ANY, Math.max(a.size, b.size),
                Math.max(a.magnitude, b.magnitude), a.exact != null && a.exact.equals(b.exact) ? a.exact : null,
                items(a, b), Math.max(a.chars, b.chars));
    }

    /** What the items of either could be; where one's items are unknown, they could be a stored value. */
    private static Shape items(Shape a, Shape b) {
        boolean unknownA = a.unknownItems(), unknownB = b.unknownItems();
        if (unknownA && unknownB) return null;
        if (unknownA) return b.item == null ? null : join(b.item, STORED);
        if (unknownB) return a.item == null ? null : join(a.item, STORED);
        return join(a.item, b.item);
    }

    private boolean unknownItems() {
        return item == null && size > 0 && (kind == Kind.ANY || kind == Kind.LIST || kind == Kind.MAP);
    }

    /**
     * The values a comparison, a sort or a DISTINCT walks in this one: the items of a list or map the query built,
     * at every level down to {@code depth}. A scalar, or a value read from the graph (whose lists are flat and
     * compared within a step), counts none.
     */
    long nested(int depth) {
        if (kind != Kind.LIST && kind != Kind.MAP && !(kind == Kind.ANY && item != null && item.container())) return 0;
        long inner = depth == 0 || item == null ? 0 : item.nested(depth - 1);
        return plus(size, times(size, inner));
    }

    /**
     * Items counted at every level, down to {@code depth}: how much a grown value holds in all. A value read from
     * the graph counts its size, as a string or as a list of strings.
     */
    long weight(int depth) {
        if (kind == Kind.STRING || (kind == Kind.ANY && (item == null || item.is(Kind.STRING)))) return size;
        if (kind != Kind.LIST && kind != Kind.MAP && kind != Kind.ANY) return 1;
        long inner = depth == 0 || item == null ? 1 : item.weight(depth - 1);
        return plus(size, times(size, inner));
    }

    static long plus(long a, long b) {
        long sum = a + b;
        return a >= 0 && b >= 0 && sum < 0 ? MANY : sum;
    }

    static long times(long a, long b) {
        if (a == 0 || b == 0) return 0;
        return a > MANY / b ? MANY : a * b;
    }
}
