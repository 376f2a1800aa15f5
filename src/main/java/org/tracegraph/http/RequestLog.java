package org.tracegraph.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Each request's id, its line in the access log and its place in the request metrics.
 *
 * <p>The id is {@code X-Request-Id} as a trusted proxy ({@link ClientAddress}) sent it, or one made here; it is
 * echoed in the answer's header, put in the logging context (MDC {@value #MDC_KEY}) for every line logged while
 * the request runs, and set in every problem the request is answered with ({@link Errors}).
 *
 * <p>The access log ({@value #ACCESS_LOGGER}) writes one line a request once it is answered: method, route template
 * (never the address as sent, whose query may name what an investigator is looking for), status, duration, bytes,
 * the client through trusted proxies and the role the token proved; never the token.
 */
public final class RequestLog {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String ACCESS_LOGGER = "tracegraph.access";
    private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);
    private static final String ATTRIBUTE = "tracegraph.requestId";
    /** What a proxy's id may look like: a UUID, a hex trace id, nginx's $request_id; nothing a log line could be forged with. */
    private static final Pattern PROXY_ID = Pattern.compile("[A-Za-z0-9._:@+=-]{1,128}");
    /** Latency buckets of the request histogram, in seconds: from a cached read to a timed-out query. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30)};

    private final ClientAddress clients;
    private final Function<Context, String> role;
    private final MeterRegistry meters;

    /** {@code role}: the role label the request's token proves ({@link AccessCheck#roleLabel}). */
    public RequestLog(ClientAddress clients, Function<Context, String> role, MeterRegistry meters) {
        this.clients = clients;
        this.role = role;
        this.meters = meters;
    }

    /** First of all before-handlers, so that even a request refused there has its id; the log line at the very end. */
    public void register(JavalinConfig config) {
        config.routes.before(this::begin);
        config.requestLogger.http(this::end);
    }

    /** The request's id; null only outside a request the app saw (Jetty's own refusals). */
    public static String id(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    private void begin(Context ctx) {
        var sent = ctx.header(HEADER);
        var id = sent != null && PROXY_ID.matcher(sent).matches() && clients.peerIsTrusted(ctx)
                ? sent : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    private void end(Context ctx, Float millis) {
        try {
            var method = ctx.method().name();
            var route = route(ctx);
            int status = ctx.statusCode();
            long nanos = (long) (millis * 1_000_000);
            Timer.builder("http.server.requests").description("HTTP requests by method, route template and status")
                    .tags("method", method, "uri", route, "status", String.valueOf(status))
                    .serviceLevelObjectives(BUCKETS).register(meters).record(nanos, TimeUnit.NANOSECONDS);
            if (!ACCESS.isInfoEnabled()) return;
            var client = clients.of(ctx);
            var proved = role.apply(ctx);
            long bytes = bytes(ctx);
            ACCESS.atInfo().addKeyValue("method", method).addKeyValue("route", route).addKeyValue("status", status)
                    .addKeyValue("durationMs", millis).addKeyValue("bytes", bytes).addKeyValue("client", client)
                    .addKeyValue("role", proved)
                    .log(String.format(Locale.ROOT, "%s %s %d %.1f ms %d B client %s role %s", method, route, status,
                            millis, bytes, client, proved));
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * The route template ({@code /api/entities/{id}}), so that metrics and logs have one series a route; what no
     * route served is {@code static} (the app's files) or {@code NOT_FOUND}, never the address as sent.
     */
    private static String route(Context ctx) {
        var endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) return endpoint.path;
        if (ctx.statusCode() == 404) return "NOT_FOUND";
        return ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD ? "static" : "UNMATCHED";
    }

    /**
     * The body's bytes as the app wrote them (compressed, if it was), buffered in Jetty or already sent: the line is
     * written before Jetty sends the last of them. -1 if Jetty cannot say.
     */
    private static long bytes(Context ctx) {
        try {
            return ServletContextResponse.getServletContextResponse(ctx.res()).getHttpOutput().getWritten();
        } catch (RuntimeException notJetty) {
            return -1;
        }
    }
}
