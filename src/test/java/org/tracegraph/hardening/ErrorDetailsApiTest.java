package org.tracegraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.GraphCounts;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * A body the JSON parser refuses, at any of its limits or for its syntax, gets a detail that says what is wrong
 * in words, and names no Java class, method or option (Jackson's messages name {@code StreamReadConstraints},
 * {@code StreamReadFeature}, {@code JsonReadFeature}).
 */
@ExtendWith(TestServer.class)
class ErrorDetailsApiTest {
    /** A package-qualified name, a Java-style Class.method, a type named like an exception, or Jackson's backticks. */
    private static final Pattern JAVA = Pattern.compile("java\\.|javax\\.|com\\.fasterxml|org\\.neo4j|org\\.tracegraph|`"
            + "|\\b[a-z]+\\.[a-z]+\\.[A-Za-z]|\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\\.[a-zA-Z]"
            + "|\\b[A-Z]\\w*(?:Exception|Error|Constraints|Feature)\\b");
    private final Http editor = TestServer.editor();

    private static final Map<String, String> BODIES = Map.of(
            "nested more than 1000 levels", "{\"a\":" + "[".repeat(1500) + "]".repeat(1500) + "}",
            "a number is 1500 characters long", "{\"query\": " + "9".repeat(1500) + "}",
            "a field name is 60000 characters long", "{\"" + "k".repeat(60_000) + "\": 1}",
            "opened at line 1, column 1", "{\"query\": \"RETURN 1\"",
            "which JSON does not allow", "{\"query\": NaN}");

    @Test
    void a_body_past_the_json_parsers_limits_or_broken_gets_a_plain_detail_naming_no_java_class() {
        var before = GraphCounts.now();
        BODIES.forEach((said, body) -> {
            for (var path : new String[] {"/api/entities", "/api/cypher", "/api/mentions", "/api/views"}) {
                var problem = assertProblem(editor.post(path, body), 400);
                var detail = problem.get("detail").asText();
                assertFalse(JAVA.matcher(detail).find(), path + ": " + detail);
                assertTrue(detail.contains(said), path + ": " + detail);
            }
        });
        assertEquals(before, GraphCounts.now(), "nothing changed");
    }

    @Test
    void an_import_past_the_json_parsers_limits_gets_a_plain_detail_and_imports_nothing() {
        var before = GraphCounts.now();
        var longString = "{\"nodes\": [{\"id\": \"long-one\", \"type\": \"Person\", \"name\": \""
                + "x".repeat(20_000_001) + "\"}], \"edges\": []}";
        var cases = Map.of(
                "nested more than 1000 levels", "{\"nodes\": [{\"id\": \"deep-one\", \"type\": \"Person\", \"x\": "
                        + "[".repeat(1500) + "]".repeat(1500) + "}], \"edges\": []}",
                "a number is 1500 characters long", "{\"nodes\": [{\"id\": \"big-one\", \"type\": \"Person\", \"x\": "
                        + "9".repeat(1500) + "}], \"edges\": []}",
                "a string is 20000001 characters long", longString);
        cases.forEach((said, file) -> {
            for (var format : new String[] {"json", "ftm"}) {
                var body = format.equals("json") ? file : file.replace("\n", " ");
                var problem = editor.postAs("/api/import?format=" + format, "application/json", body);
                var detail = problem.json().path("detail").asText(problem.body());
                if (problem.status() == 422) detail = problem.json().path("report").toString();
                assertFalse(JAVA.matcher(detail).find(), format + ": " + detail);
                assertTrue(detail.contains(said), format + ": " + detail);
            }
        });
        assertEquals(before, GraphCounts.now(), "nothing imported");
    }
}
