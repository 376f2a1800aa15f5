package org.tracegraph.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Latency percentiles of one client, and throughput of many, for one operation. */
final class Measure {
    private Measure() {
    }

    record Latency(double p50, double p95, double p99, int samples) {
    }

    /** Runs {@code call} one at a time for {@code seconds} (after a warm-up) and gives its percentiles, in ms. */
    static Latency latency(Consumer<SplittableRandom> call, double seconds, long seed) {
        var random = new SplittableRandom(seed);
        long warmUntil = System.nanoTime() + (long) (seconds * 0.2e9);
        while (System.nanoTime() < warmUntil) call.accept(random);
        var samples = new long[1 << 20];
        int n = 0;
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until && n < samples.length) {
            long start = System.nanoTime();
            call.accept(random);
            samples[n++] = System.nanoTime() - start;
        }
        var sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        return new Latency(percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), n);
    }

    /** The q-quantile of sorted nanoseconds, in ms. */
    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** Completed calls per second with {@code clients} threads calling in a loop for {@code seconds}. */
    static double throughput(Consumer<SplittableRandom> call, int clients, double seconds, long seed) {
        var done = new AtomicLong();
        var failed = new AtomicLong();
        var stop = new AtomicBoolean();
        var finished = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            var random = new SplittableRandom(seed + c);
            var thread = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        try {
                            call.accept(random);
                            done.incrementAndGet();
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                } finally {
                    finished.countDown();
                }
            }, "bench-client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        long start = System.nanoTime();
        try {
            Thread.sleep((long) (seconds * 1000));
            stop.set(true);
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failed.get() > 0) System.err.printf("  (%d calls failed at %d clients)%n", failed.get(), clients);
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }
}
