package org.tracegraph.http;

import org.tracegraph.core.Ids;

import org.tracegraph.core.ProblemException;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Query and path parameters, checked: every bad value becomes a 400 naming the parameter. */
public final class Params {
    public static final int MAX_TEXT_LENGTH = Ids.MAX_LENGTH;

    private Params() {
    }

    public static Optional<String> text(Context ctx, String name) {
        var value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return Optional.empty();
        if (value.length() > MAX_TEXT_LENGTH) {
            throw ProblemException.badParameter(name, name + " is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return Optional.of(value.strip());
    }

    public static String requiredText(Context ctx, String name) {
        return text(ctx, name).orElseThrow(() -> ProblemException.badParameter(name, name + " is required"));
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        var raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return fallback;
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException ignored) {
            // reported below, with the range
        }
        throw ProblemException.badParameter(name, name + " must be a whole number from " + min + " to " + max
                + ", not '" + abbreviate(raw) + "'");
    }

    /** An entity id from the path or the query: a lowercase slug, as every id in the graph is. */
    public static String id(String name, String value) {
        if (value == null || value.isBlank()) throw ProblemException.badParameter(name, name + " is required");
        if (value.length() > MAX_TEXT_LENGTH || !isId(value)) {
            throw ProblemException.badParameter(name, name + " must be an entity id (lowercase letters, digits and"
                    + " single hyphens, such as 'khadija-ismayilova'), not '" + abbreviate(value) + "'");
        }
        return value;
    }

    /** Whether {@code value} has the shape of an entity id: {@link Ids#isId}. */
    public static boolean isId(String value) {
        return Ids.isId(value);
    }

    public static String pathId(Context ctx, String name) {
        return id(name, ctx.pathParam(name));
    }

    public static String requiredId(Context ctx, String name) {
        return id(name, ctx.queryParam(name));
    }

    public static Optional<String> optionalId(Context ctx, String name) {
        var value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(id(name, value));
    }

    /** A comma-separated list of entity ids, at least one and at most {@code max}, without repeats. */
    public static List<String> ids(Context ctx, String name, int max) {
        var raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) throw ProblemException.badParameter(name, name + " is required");
        var ids = new LinkedHashSet<String>();
        for (var part : raw.split(",", -1)) {
            if (!part.isBlank()) ids.add(id(name, part.strip()));
        }
        if (ids.isEmpty()) throw ProblemException.badParameter(name, name + " is required");
        if (ids.size() > max) {
            throw ProblemException.badParameter(name, name + " names " + ids.size() + " entities; at most " + max);
        }
        return List.copyOf(ids);
    }

    /** A value cut short for a message. */
    public static String abbreviated(String value) {
        return abbreviate(value);
    }

    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
