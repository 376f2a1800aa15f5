package org.tracegraph.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.tracegraph.core.Problem;
import org.tracegraph.core.ProblemType;
import org.tracegraph.json.Json;

/**
 * What Jetty answers itself, before a request reaches the app (an address or headers too long, a request it
 * cannot parse): a problem like every other answer, in place of Jetty's HTML page, and without Jetty's own
 * message, which may name its internals.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        var detail = switch (code) {
            case 414 -> "The address is too long: keep it under 64 KiB, or send the data in a POST body";
            case 431 -> "The request's headers are too large: this server takes at most 64 KiB of them";
            case 400 -> "The request is not well-formed HTTP (an address with characters it may not hold?)";
            default -> Errors.reason(code);
        };
        var problem = new Problem(code == 404 ? ProblemType.NOT_FOUND.uri() : "about:blank", Errors.reason(code), code, detail, null);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(Json.objectMapper().writeValueAsBytes(problem)), callback);
    }
}
