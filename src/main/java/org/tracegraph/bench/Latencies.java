package org.tracegraph.bench;

import org.HdrHistogram.ConcurrentHistogram;

/**
 * Latencies recorded into an HdrHistogram (3 significant digits, from 1 µs to an hour), safe to record from many
 * threads at once; percentiles read in milliseconds.
 */
final class Latencies {
    private final ConcurrentHistogram histogram = new ConcurrentHistogram(1_000L, 3_600_000_000_000L, 3);

    void record(long nanos) {
        histogram.recordValue(Math.max(1_000L, Math.min(nanos, histogram.getHighestTrackableValue())));
    }

    void add(Latencies other) {
        histogram.add(other.histogram);
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The {@code q} quantile (0.5, 0.99...) in milliseconds, rounded to hundredths; 0 when nothing was recorded. */
    double ms(double q) {
        if (histogram.getTotalCount() == 0) return 0;
        return Math.round(histogram.getValueAtPercentile(q * 100) / 1e4) / 100.0;
    }

    double maxMs() {
        return histogram.getTotalCount() == 0 ? 0 : Math.round(histogram.getMaxValue() / 1e4) / 100.0;
    }
}
