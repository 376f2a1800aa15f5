package org.tracegraph.ops;

import io.javalin.http.Context;

/** {@code /metrics}: the admin token, or an address of {@code METRICS_ALLOW} (checked before, by its route's roles). */
public final class MetricsController {
    /** The Prometheus text exposition format, which every scraper reads. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final AppMetrics metrics;

    public MetricsController(AppMetrics metrics) {
        this.metrics = metrics;
    }

    public void scrape(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType(CONTENT_TYPE).result(metrics.scrape());
    }
}
