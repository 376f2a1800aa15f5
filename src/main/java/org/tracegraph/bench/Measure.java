package org.tracegraph.bench;

import org.tracegraph.system.Cpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Latency percentiles of one client, and throughput of many, for one operation. */
public final class Measure {
    private Measure() {
    }

    /**
     * Percentiles in ms, and the process's CPU time per call in ms (client, server and database together), of
     * the calls that succeeded; and how many failed (an error status or no answer), which are not in the figures.
     */
    record Latency(double p50, double p95, double p99, int samples, double cpuMs, long failed) {
    }

    /** Completed calls per second, and how many calls failed meanwhile. */
    record Throughput(double perSecond, long failed) {
    }

    /** Turns last this long: long enough to be timed apart, short enough that both sides see the same machine. */
    private static final long TURN_NANOS = 250_000_000L;

    /**
     * Latencies of two calls that do the same work, measured in turns over the same {@code seconds} (after a
     * warm-up in turns too): a quarter second of one, then of the other. Neither runs on caches the other
     * warmed, nor on a quieter machine; each has its own random stream, so they ask for different things at
     * once. The process's CPU time in each one's turns, over its calls, is its CPU per call.
     */
    static List<Latency> inTurns(Consumer<SplittableRandom> first, Consumer<SplittableRandom> second,
                                 double seconds, long seed) {
        var calls = List.of(first, second);
        var randoms = List.of(new SplittableRandom(seed), new SplittableRandom(seed + 1));
        long warmUntil = System.nanoTime() + (long) (seconds * 0.4e9);
        var failed = new long[2];
        for (int turn = 0; System.nanoTime() < warmUntil; turn++) {
            long end = Math.min(System.nanoTime() + TURN_NANOS, warmUntil);
            while (System.nanoTime() < end) call(calls.get(turn % 2), randoms.get(turn % 2));
        }
        var samples = new long[][] {new long[1 << 20], new long[1 << 20]};
        var counts = new int[2];
        var cpu = new long[2];
        long until = System.nanoTime() + (long) (seconds * 2e9);
        for (int turn = 0; System.nanoTime() < until; turn++) {
            int side = turn % 2;
            long cpuStart = cpuNanos();
            long end = Math.min(System.nanoTime() + TURN_NANOS, until);
            while (System.nanoTime() < end && counts[side] < samples[side].length) {
                long start = System.nanoTime();
                if (call(calls.get(side), randoms.get(side))) samples[side][counts[side]++] = System.nanoTime() - start;
                else failed[side]++;
            }
            cpu[side] += cpuNanos() - cpuStart;
        }
        var latencies = new ArrayList<Latency>();
        for (int side = 0; side < 2; side++) {
            var sorted = Arrays.copyOf(samples[side], counts[side]);
            Arrays.sort(sorted);
            latencies.add(new Latency(percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                    sorted.length, sorted.length == 0 ? Double.NaN : cpu[side] / 1e6 / sorted.length, failed[side]));
            if (failed[side] > 0) System.err.printf("  (%d calls failed at 1 client)%n", failed[side]);
        }
        return latencies;
    }

    /** Whether the call succeeded; a failure (an error status, no answer) is counted by the caller, not thrown. */
    private static boolean call(Consumer<SplittableRandom> call, SplittableRandom random) {
        try {
            call.accept(random);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The CPU time this process has used, all its threads. */
    public static long cpuNanos() {
        return Cpu.processNanos();
    }

    /** The q-quantile of sorted nanoseconds, in ms. */
    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** Completed calls per second with {@code clients} threads calling in a loop for {@code seconds}. */
    static Throughput throughput(Consumer<SplittableRandom> call, int clients, double seconds, long seed) {
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
        return new Throughput(done.get() / ((System.nanoTime() - start) / 1e9), failed.get());
    }
}
