package org.tracegraph.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracegraph.core.Problem;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.tracegraph.json.Json;

/**
 * A tool's answer as MCP carries it: the API's JSON, as text for the assistant and as structured content for
 * its client. A refusal is an answer too ({@code isError}), with the problem the API would have sent, so the
 * assistant reads what was wrong and can ask again; as in {@code http/Errors}, no internal detail leaves.
 */
final class ToolAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ToolAnswers.class);

    private ToolAnswers() {
    }

    static McpSchema.CallToolResult of(String tool, Supplier<Object> answer) {
        try {
            return result(answer.get(), false);
        } catch (ProblemException e) {
            return result(e.problem(), true);
        } catch (ServiceUnavailableException | SessionExpiredException | TransientException e) {
            LOG.warn("Neo4j unavailable for the MCP tool {}: {}", tool, e.getMessage());
            return result(ProblemType.DATABASE_UNAVAILABLE.problem(
                    "The graph database cannot be reached right now; try again in a few seconds"), true);
        } catch (RuntimeException e) {
            var incident = UUID.randomUUID().toString();
            LOG.error("Unexpected error, incident {}, in the MCP tool {}", incident, tool, e);
            return result(ProblemType.INTERNAL_ERROR.problem(
                    "Something went wrong on the server; it was logged as incident " + incident), true);
        }
    }

    private static McpSchema.CallToolResult result(Object answer, boolean error) {
        try {
            var json = Json.objectMapper().writeValueAsString(answer);
            var structured = Json.objectMapper().readValue(json, Map.class);
            var text = error ? "Refused: " + ((Problem) answer).detail() + "\n" + json : json;
            return McpSchema.CallToolResult.builder().addTextContent(text).structuredContent(structured)
                    .isError(error).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be written as JSON", e);
        }
    }
}
