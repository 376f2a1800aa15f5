package org.tracegraph.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.regex.Pattern;

/** The one Jackson configuration of the app. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** Jackson's limits: "Document nesting depth (1001) exceeds the maximum allowed (1000, from `...`)". */
    private static final Pattern LIMIT = Pattern.compile("(.+?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    /** Where an unclosed object or array began, with Jackson's note on why it does not quote the source. */
    private static final Pattern START_MARKER = Pattern.compile(
            "\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");
    /** "enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow": an option of ours, not the client's. */
    private static final Pattern OPTION = Pattern.compile(":?\\s*enable `[^`]*` to allow");
    /** What Jackson quotes in backticks is Java: a type, a method, an option. */
    private static final Pattern JAVA_QUOTED = Pattern.compile("`[^`]*`");
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error|Constraints|Feature)\\b");

    private Json() {
    }

    /**
     * What is wrong with a JSON (or CSV) text, in words its sender can act on: Jackson's message without the Java
     * it names (its limits are named after the methods that set them, its options after their enums).
     */
    public static String problemIn(JsonProcessingException e) {
        var message = String.valueOf(e.getOriginalMessage());
        var limit = LIMIT.matcher(message);
        if (limit.lookingAt()) {
            return limit(limit.group(1), limit.group(2), limit.group(3));
        }
        message = START_MARKER.matcher(message).replaceAll("(opened at line $1, column $2)");
        message = SOURCE.matcher(message).replaceAll("");
        message = OPTION.matcher(message).replaceAll(", which JSON does not allow");
        message = JAVA_QUOTED.matcher(message).replaceAll("a value");
        return CLASS_NAME.matcher(message).replaceAll("a value");
    }

    private static String limit(String what, String found, String allowed) {
        return switch (what) {
            case "Document nesting depth" -> "it is nested more than " + allowed + " levels deep";
            case "Number value length" -> "a number is " + found + " characters long; at most " + allowed + " are read";
            case "String value length" -> "a string is " + found + " characters long; at most " + allowed + " are read";
            case "Name length" -> "a field name is " + found + " characters long; at most " + allowed + " are read";
            case "Token count" -> "it holds more than " + allowed + " values";
            default -> "it passes a limit on its size (" + found + "; at most " + allowed + ")";
        };
    }

    public static ObjectMapper objectMapper() {
        return MAPPER;
    }

}
