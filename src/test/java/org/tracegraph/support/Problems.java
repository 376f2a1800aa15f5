package org.tracegraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on problem+json answers. */
public final class Problems {
    private Problems() {
    }

    /** Asserts an RFC 9457 problem with {@code status}, a useful detail and no internal detail; returns it. */
    public static JsonNode assertProblem(Http.Response response, int status) {
        assertEquals(status, response.status(), response::toString);
        assertTrue(response.contentType().startsWith("application/problem+json"), response::toString);
        var problem = response.json();
        assertEquals(status, problem.get("status").asInt());
        assertFalse(problem.get("type").asText().isBlank());
        assertFalse(problem.get("title").asText().isBlank());
        assertFalse(problem.get("detail").asText().isBlank());
        for (var leak : new String[] {"Exception", "\tat ", "org.neo4j", "org.tracegraph", "java."}) {
            assertFalse(response.body().contains(leak), () -> "internal detail in " + response.body());
        }
        return problem;
    }

    public static void assertBadParameter(Http.Response response, String parameter) {
        var problem = assertProblem(response, 400);
        assertEquals(parameter, problem.path("parameter").asText(), response::toString);
        assertTrue(problem.get("detail").asText().contains(parameter), response::toString);
    }
}
