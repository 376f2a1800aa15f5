package org.tracegraph.ops;

import io.javalin.http.Context;

/** {@code /livez}: the process answers (no database call). {@code /readyz}: it should take traffic ({@link Readiness}). */
public final class ProbeController {
    public record Live(String status) {
    }

    private static final Live ALIVE = new Live("alive");
    private final Readiness readiness;

    public ProbeController(Readiness readiness) {
        this.readiness = readiness;
    }

    public void live(Context ctx) {
        ctx.header("Cache-Control", "no-store").json(ALIVE);
    }

    public void ready(Context ctx) {
        ctx.header("Cache-Control", "no-store").json(readiness.check());
    }
}
