package org.tracegraph.cypher;

import java.util.List;
import java.util.Map;

/**
 * What {@link LoopBound} knows of a value before the query runs: its kind, its size at most (a list's items,
 * a string's characters, a map's entries), how large it is at most as a number, its exact value
 * when it is a known whole number, and the shape of its items.
 */
record Shape(Kind kind, long size, long magnitude, Long exact, Shape item) {
    /** Sizes saturate here: "more than can be counted". */
    static final long MANY = Long.MAX_VALUE;

    enum Kind { LIST, STRING, MAP, NUMBER, ENTITY, PATH, OTHER, ANY }

    static final Shape OTHER = new Shape(Kind.OTHER, 0, MANY, null, null);
    static final Shape ENTITY = new Shape(Kind.ENTITY, 0, MANY, null, null);
    static final Shape PATH = new Shape(Kind.PATH, LoopBound.PATH_ITEMS, MANY, null, null);
    /** A value read from the graph, whose kind the analysis does not know: a property, a procedure's column. */
    static final Shape STORED = new Shape(Kind.ANY, LoopBound.STORED_ITEMS, MANY, null, null);

    static Shape list(long items, Shape item) {
        return new Shape(Kind.LIST, items, MANY, null, item);
    }

    static Shape string(long characters) {
        return new Shape(Kind.STRING, characters, MANY, null, null);
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
                items(a, b));
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

    /** Items counted at every level, down to {@code depth}: how much a grown value holds in all. */
    long weight(int depth) {
        if (kind == Kind.STRING || (kind == Kind.ANY && item == null)) return size;
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
