package org.tracegraph.cypher;

import org.tracegraph.core.Ids;

import org.tracegraph.core.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.tracegraph.paths.Evidence;
import org.tracegraph.core.PartialDate;

/** Checks the parameters given to a saved query against what its header declares; fills in defaults. */
final class ParameterCheck {

    private ParameterCheck() {
    }

    static Map<String, Object> check(SavedQuery query, JsonNode given) {
        var declared = new HashMap<String, SavedQuery.Parameter>();
        query.parameters().forEach(p -> declared.put(p.name(), p));
        given.fieldNames().forEachRemaining(name -> {
            if (!declared.containsKey(name)) {
                throw ProblemException.badBody("params." + name, "The query '" + query.name() + "' takes no parameter '" + name
                        + "'; it takes: " + String.join(", ", declared.keySet().stream().sorted().toList()));
            }
        });
        var values = new HashMap<String, Object>();
        for (var p : query.parameters()) {
            var value = given.get(p.name());
            if (value == null || value.isNull()) {
                if (p.required()) throw ProblemException.badBody("params." + p.name(), p.name() + " is required: " + p.description());
                values.put(p.name(), p.defaultValue());
            } else {
                values.put(p.name(), convert(p, value));
            }
        }
        return values;
    }

    private static Object convert(SavedQuery.Parameter p, JsonNode value) {
        var field = "params." + p.name();
        switch (p.type()) {
            case "integer" -> {
                if (!value.canConvertToLong() || !value.isIntegralNumber()) throw wrong(p, field, "a whole number");
                long n = value.asLong();
                if ((p.min() != null && n < p.min()) || (p.max() != null && n > p.max())) {
                    throw ProblemException.badBody(field, p.name() + " must be from " + p.min() + " to " + p.max() + ", not " + n);
                }
                return n;
            }
            case "float" -> {
                if (!value.isNumber()) throw wrong(p, field, "a number");
                return value.asDouble();
            }
            case "boolean" -> {
                if (!value.isBoolean()) throw wrong(p, field, "true or false");
                return value.asBoolean();
            }
            default -> {
                if (!value.isTextual()) throw wrong(p, field, "text");
                var text = value.asText();
                if (text.length() > 200) throw ProblemException.badBody(field, p.name() + " is longer than 200 characters");
                if (p.type().equals("id") && !Ids.isId(text)) throw wrong(p, field, "an entity id");
                if (p.type().equals("status") && !Evidence.STATUSES.contains(text)) {
                    throw wrong(p, field, "one of " + String.join(", ", Evidence.STATUSES));
                }
                if (p.type().equals("date")) {
                    try {
                        PartialDate.check(p.name(), text);
                    } catch (RuntimeException e) {
                        throw wrong(p, field, "a date such as 2012, 2012-03 or 2012-05-26");
                    }
                }
                return text;
            }
        }
    }

    private static RuntimeException wrong(SavedQuery.Parameter p, String field, String expected) {
        return ProblemException.badBody(field, p.name() + " must be " + expected + " (" + p.description() + ")");
    }
}
