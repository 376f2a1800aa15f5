package org.tracegraph.cypher;

import io.javalin.http.Context;
import java.util.Map;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Access;
import org.tracegraph.http.Bodies;
import org.tracegraph.json.Json;

/** HTTP in and out for analysts' Cypher: their own queries, and the saved ones. */
public final class CypherController {
    public static final int MAX_QUERY_LENGTH = 20_000;

    private final CypherService cypher;
    private final SavedQueries saved;

    public CypherController(CypherService cypher, SavedQueries saved) {
        this.cypher = cypher;
        this.saved = saved;
    }

    public void run(Context ctx) {
        var body = Bodies.object(ctx);
        var query = body.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            throw ProblemException.badBody("query", "query is required: the Cypher to run, as text");
        }
        if (query.asText().length() > MAX_QUERY_LENGTH) {
            throw ProblemException.badBody("query", "query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        var params = body.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            throw ProblemException.badBody("params", "params must be a JSON object of parameter names and values");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = params == null || params.isNull() ? Map.of()
                : Json.objectMapper().convertValue(params, Map.class);
        ctx.json(cypher.run(Access.client(ctx), query.asText(), values));
    }

    public void list(Context ctx) {
        ctx.json(new SavedQuery.Listing(saved.all()));
    }

    public void runSaved(Context ctx) {
        var name = ctx.pathParam("name");
        var query = saved.get(name).orElseThrow(() -> ProblemException.notFound("saved query", name));
        var body = Bodies.object(ctx);
        var params = body.has("params") ? body.get("params") : Json.objectMapper().createObjectNode();
        if (!params.isObject()) throw ProblemException.badBody("params", "params must be a JSON object");
        ctx.json(cypher.run(Access.client(ctx), query.cypher(), ParameterCheck.check(query, params)));
    }
}
