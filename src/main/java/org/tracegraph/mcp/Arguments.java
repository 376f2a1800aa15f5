package org.tracegraph.mcp;

import java.util.Map;
import java.util.Optional;
import org.tracegraph.core.Ids;
import org.tracegraph.core.PartialDate;
import org.tracegraph.core.ProblemException;

/**
 * A tool's arguments, checked as the API checks its parameters, with the same words. The SDK has already held
 * them against the tool's input schema; this is the second check, which the services rely on.
 */
final class Arguments {
    private final Map<String, Object> values;

    Arguments(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    Optional<String> text(String name) {
        var value = values.get(name);
        if (value == null) return Optional.empty();
        if (!(value instanceof String text)) throw ProblemException.badParameter(name, name + " must be text");
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    String id(String name) {
        return optionalId(name).orElseThrow(() -> ProblemException.badParameter(name, name + " is required"));
    }

    Optional<String> optionalId(String name) {
        return text(name).map(value -> {
            if (value.length() > Ids.MAX_LENGTH || !Ids.isId(value)) {
                throw ProblemException.badParameter(name, name + " must be an entity id (lowercase letters, digits and"
                        + " single hyphens, such as 'khadija-ismayilova'): find it with the search tool");
            }
            return value;
        });
    }

    Optional<String> date(String name) {
        return text(name).map(value -> PartialDate.check(name, value));
    }

    int integer(String name, int fallback, int min, int max) {
        var value = values.get(name);
        if (value == null) return fallback;
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && number.doubleValue() >= min && number.doubleValue() <= max) {
            return number.intValue();
        }
        throw ProblemException.badParameter(name, name + " must be a whole number from " + min + " to " + max);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) {
        var value = values.get(name);
        if (value == null) return Map.of();
        if (!(value instanceof Map<?, ?> map)) {
            throw ProblemException.badParameter(name, name + " must be a JSON object of names and values");
        }
        return (Map<String, Object>) map;
    }
}
