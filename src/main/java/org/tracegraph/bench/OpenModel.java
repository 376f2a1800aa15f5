package org.tracegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The open model of load: requests are due at a fixed rate whatever the server does (request {@code i} at
 * {@code start + i / rate}), and each one's latency runs from when it was due, not from when a client got round to
 * sending it. A closed model (each client sends its next request when the last one is answered) sends less when
 * the server slows down, so a stall delays the requests that would have measured it and they never count it
 * ("coordinated omission"); here a stall makes the due requests wait in the queue, and their wait is in their
 * latency. {@code workers} clients take the due requests in order; at the end, requests still waiting are sent
 * for at most {@code drainSeconds} more, and those never sent are counted as {@link Result#unsent}.
 */
public final class OpenModel {
    /** One client's work: makes one request, returns what it was (any label the caller groups by) and its outcome. */
    public interface Worker {
        Outcome call();
    }

    /** What one request was ({@code label}) and, when it went wrong, why ({@code failure}, else null). */
    public record Outcome(String label, String failure) {
    }

    /** A request that was answered: what it was, its outcome, and its latency from when it was due. */
    public record Sample(String label, String failure, long latencyNanos, long serviceNanos) {
    }

    /** What a run did: every request answered, how many were due, and how many were due but never sent. */
    public record Result(List<Sample> samples, long due, long unsent, double seconds) {
    }

    private OpenModel() {
    }

    /**
     * Sends requests due at {@code rate} a second for {@code seconds} (at most {@code maxRequests}), from
     * {@code workers} clients each made by {@code workerFactory} on its own thread.
     */
    public static Result run(double rate, double seconds, long maxRequests, int workers, Supplier<Worker> workerFactory,
                             double drainSeconds) throws InterruptedException {
        if (rate <= 0) throw new IllegalArgumentException("rate must be more than 0");
        var due = new LinkedBlockingQueue<Long>();
        var samples = new java.util.concurrent.ConcurrentLinkedQueue<Sample>();
        var stop = new AtomicLong(Long.MAX_VALUE); // when workers give up on what is still queued
        var dropped = new AtomicLong(); // taken from the queue after that: due, never sent
        long start = System.nanoTime();
        double interval = 1e9 / rate;
        var threads = new ArrayList<Thread>();
        for (int w = 0; w < workers; w++) {
            var worker = workerFactory.get();
            var thread = new Thread(() -> {
                try {
                    while (true) {
                        var intended = due.poll(50, TimeUnit.MILLISECONDS);
                        if (intended == null) {
                            if (Thread.currentThread().isInterrupted() || System.nanoTime() >= stop.get()) return;
                            continue;
                        }
                        if (intended == Long.MIN_VALUE) return;
                        if (System.nanoTime() >= stop.get()) {
                            dropped.incrementAndGet();
                            continue;
                        }
                        long began = System.nanoTime();
                        var outcome = worker.call();
                        long ended = System.nanoTime();
                        samples.add(new Sample(outcome.label(), outcome.failure(), ended - intended, ended - began));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "open-model-" + w);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        long count = Math.min(maxRequests, (long) Math.floor(rate * seconds));
        for (long i = 0; i < count; i++) {
            long intended = start + (long) (i * interval);
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
            due.add(intended);
        }
        long sent = System.nanoTime();
        stop.set(sent + (long) (drainSeconds * 1e9));
        for (int w = 0; w < workers; w++) due.add(Long.MIN_VALUE); // after every due request: each worker ends there
        for (var thread : threads) thread.join(Math.max(1, (long) (drainSeconds * 1000) + 60_000));
        long unsent = dropped.get() + due.stream().filter(t -> t != Long.MIN_VALUE).count();
        return new Result(List.copyOf(samples), count, unsent, (System.nanoTime() - start) / 1e9);
    }
}
