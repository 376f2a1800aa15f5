package org.tracegraph.docs;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI 3.1 document of the API, and the page that shows it. */
public final class DocsController {
    private final String openApi;

    public DocsController() {
        try (var in = getClass().getClassLoader().getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json is missing from the class path");
            openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    public void page(Context ctx) {
        ctx.redirect("/docs/");
    }
}
