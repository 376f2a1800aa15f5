package org.tracegraph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A real HTTP client for the tests, reading JSON answers; {@link #withHeader} adds a header to every request. */
public record Http(String base, Map<String, String> headers) {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    public Http(String base) {
        this(base, Map.of());
    }

    public Http withHeader(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(base, Map.copyOf(more));
    }

    public Response get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null);
    }

    public Response post(String path, String json) {
        return postAs(path, "application/json", json);
    }

    public Response postAs(String path, String contentType, String body) {
        return send("POST", path, contentType, body);
    }

    /** A POST of bytes (an archive, a file to import). */
    public Response postBytes(String path, String contentType, byte[] body) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
        headers.forEach(builder::header);
        return exchange(builder.timeout(Duration.ofSeconds(120)).build());
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, "application/json", json);
    }

    public Response put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** The body of a GET as bytes (an archive, an image), or an assertion error naming the status. */
    public byte[] bytes(String pathAndQuery) {
        var request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        try {
            var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + pathAndQuery + ": " + response.statusCode() + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method; {@code body} null sends none. */
    public Response send(String method, String pathAndQuery, String contentType, String body) {
        var builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return exchange(builder.timeout(Duration.ofSeconds(60)).build());
    }

    private static Response exchange(HttpRequest request) {
        try {
            var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Response(int status, String contentType, String retryAfter, String location, String body,
                           HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
        }
    }
}
