package org.tracegraph.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tracegraph.core.Problem;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Bodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * {@code /mcp}: the Model Context Protocol over Streamable HTTP, as a route of the app like any other, so that
 * {@code AccessCheck} gives it the reader's role, token and rate budget before a byte of MCP is read. The
 * protocol (initialize, tools/list, tools/call, the tools' argument schemas) is the official MCP Java SDK's
 * stateless server; this class is the thin transport between it and Javalin, after the SDK's own
 * {@code HttpServletStatelessServerTransport}: each POST carries one JSON-RPC message and its answer is the
 * POST's response, as {@code application/json}. No session and no event stream: no state lives in the API
 * process, so any instance behind a load balancer answers any request (docs/deploy.md).
 */
public final class McpController implements McpStatelessServerTransport {
    private static final Logger LOG = LoggerFactory.getLogger(McpController.class);
    /** The protocol's own JSON: a plain Jackson 2 mapper, as the SDK's defaults make it. */
    private final McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
    private volatile McpStatelessServerHandler handler;

    private McpController() {
    }

    /** The transport with the SDK's server behind it, serving {@code tools}. */
    public static McpController serving(EvidenceTools tools) {
        var transport = new McpController();
        var version = java.util.Objects.requireNonNullElse(McpController.class.getPackage().getImplementationVersion(), "dev");
        McpServer.sync(transport)
                .serverInfo(McpSchema.Implementation.builder("tracegraph", version).title("Tracegraph").build())
                .instructions(EvidenceTools.INSTRUCTIONS)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .jsonMapper(transport.json)
                // on the request's own thread, as every handler of the app runs: its limits and timeouts apply
                .immediateExecution(true)
                .tools(tools.specifications())
                .build();
        return transport;
    }

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) {
        this.handler = handler;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }

    /** One JSON-RPC message: a request is answered in the response; a notification or a response is taken (202). */
    public void post(Context ctx) {
        EvidenceTools.CLIENT.set(org.tracegraph.http.Access.client(ctx));
        try {
            handle(ctx);
        } finally {
            EvidenceTools.CLIENT.remove();
        }
    }

    private void handle(Context ctx) {
        var body = Bodies.object(ctx).toString();
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(json, body);
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.badBody(null, "The body must be one JSON-RPC 2.0 message, as MCP clients send"
                    + " them: {\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/list\"}");
        }
        if (message instanceof McpSchema.JSONRPCRequest request) {
            McpSchema.JSONRPCResponse response;
            try {
                response = withoutInternals(handler.handleRequest(McpTransportContext.EMPTY, request).block());
            } catch (IllegalArgumentException e) {
                // the SDK reads a method's params before it answers: params of the wrong shape fail there
                LOG.warn("MCP request {} ({}) has params of the wrong shape: {}", request.id(), request.method(), e.getMessage());
                response = invalidParams(request.id());
            }
            ctx.contentType("application/json").result(write(response));
        } else if (message instanceof McpSchema.JSONRPCNotification notification) {
            handler.handleNotification(McpTransportContext.EMPTY, notification).block();
            ctx.status(202);
        } else {
            ctx.status(202); // a response to a request of ours: this server sends none
        }
    }

    /** No event stream: the protocol's answer for a server that has none is 405 (Streamable HTTP, "Listening"). */
    public void stream(Context ctx) {
        ctx.header("Allow", "POST");
        throw new ProblemException(new Problem("about:blank", "Method not allowed", 405,
                "This MCP server answers each request in the response to its POST; it opens no event stream"
                        + " and keeps no session: POST JSON-RPC messages to /mcp", null));
    }

    /**
     * The SDK answers a failure it did not foresee (params of the wrong shape, say) with the exception's message,
     * which can name Java classes: as everywhere in the app, the client gets a plain sentence and the log the rest.
     */
    private static McpSchema.JSONRPCResponse withoutInternals(McpSchema.JSONRPCResponse response) {
        var error = response == null ? null : response.error();
        if (error == null || !Integer.valueOf(McpSchema.ErrorCodes.INTERNAL_ERROR).equals(error.code())) return response;
        LOG.warn("MCP request {} failed: {}", response.id(), error.message());
        return invalidParams(response.id());
    }

    private static McpSchema.JSONRPCResponse invalidParams(Object id) {
        return McpSchema.JSONRPCResponse.error(id, new McpSchema.JSONRPCResponse.JSONRPCError(
                McpSchema.ErrorCodes.INVALID_PARAMS, "The server could not handle this request: check its method and"
                + " params against the protocol and, for a tool, against its input schema (tools/list)", null));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
