package org.tracegraph.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A few slots for work that can take a core each (a whole-graph export, an analyst's query), with a short queue
 * in front of them that is fair between clients. A turn is given at once while a slot is free and nobody waits;
 * otherwise the caller waits at most {@code maxWait}, in a queue of at most {@code maxWaiting} places of which one
 * client may take at most {@code maxWaitingPerClient}. A freed slot goes to the waiting client that holds the
 * fewest slots, the earliest of them first: a client that keeps sending cannot push the others' turns back.
 * Without a turn (the queue full, or the wait over) the caller is told so at once and nothing is held.
 *
 * <p>The time a thread spent waiting here is kept ({@link #waitedNanos}), so that a request's cost can leave out
 * the time it merely waited for its turn.
 */
public final class FairQueue {
    private static final ThreadLocal<long[]> WAITED = ThreadLocal.withInitial(() -> new long[1]);

    private final int slots;
    private final int maxWaiting;
    private final int maxWaitingPerClient;
    private final Duration maxWait;
    private final Map<String, Integer> held = new HashMap<>();
    private final Map<String, Integer> queued = new HashMap<>();
    private final List<Waiter> waiting = new ArrayList<>();
    private int running;
    private long arrivals;

    public FairQueue(int slots, int maxWaiting, int maxWaitingPerClient, Duration maxWait) {
        if (slots < 1 || maxWaiting < 0 || maxWaitingPerClient < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException("slots " + slots + ", waiting " + maxWaiting + "/" + maxWaitingPerClient
                    + ", wait " + maxWait);
        }
        this.slots = slots;
        this.maxWaiting = maxWaiting;
        this.maxWaitingPerClient = maxWaitingPerClient;
        this.maxWait = maxWait;
    }

    /** A turn that holds one slot until it is closed. */
    public final class Turn implements AutoCloseable {
        private final String client;
        private boolean closed;

        private Turn(String client) {
            this.client = client;
        }

        @Override
        public void close() {
            synchronized (FairQueue.this) {
                if (closed) return;
                closed = true;
                release(client);
            }
        }
    }

    private static final class Waiter {
        final String client;
        final long arrival;
        boolean granted;

        Waiter(String client, long arrival) {
            this.client = client;
            this.arrival = arrival;
        }
    }

    /**
     * A turn for {@code client}: at once while a slot is free, or when one frees within the wait. Empty at once
     * when the queue (or the client's share of it) is full, and empty when the wait runs out.
     */
    public Optional<Turn> enter(String client) {
        long began = System.nanoTime();
        try {
            synchronized (this) {
                if (running < slots && waiting.isEmpty()) {
                    grant(client);
                    return Optional.of(new Turn(client));
                }
                if (maxWait.isZero() || waiting.size() >= maxWaiting
                        || queued.getOrDefault(client, 0) >= maxWaitingPerClient) {
                    return Optional.empty();
                }
                var me = new Waiter(client, arrivals++);
                waiting.add(me);
                add(queued, client, 1);
                long deadline = began + maxWait.toNanos();
                try {
                    for (long left = maxWait.toNanos(); !me.granted && left > 0; left = deadline - System.nanoTime()) {
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (me.granted) return Optional.of(new Turn(client)); // counted by whoever granted it
                waiting.remove(me);
                add(queued, client, -1);
                return Optional.empty();
            }
        } finally {
            WAITED.get()[0] += System.nanoTime() - began;
        }
    }

    /** How many turns are held now. */
    public synchronized int running() {
        return running;
    }

    /** How many slots there are: the most turns held at once. */
    public int slots() {
        return slots;
    }

    /** How long the calling thread has waited for turns, in all queues, since it started: a running total. */
    public static long waitedNanos() {
        return WAITED.get()[0];
    }

    private void grant(String client) {
        running++;
        add(held, client, 1);
    }

    private void release(String client) {
        running--;
        add(held, client, -1);
        if (waiting.isEmpty()) return;
        Waiter next = null;
        for (var w : waiting) {
            if (next == null || fewerHeld(w, next)) next = w;
        }
        waiting.remove(next);
        add(queued, next.client, -1);
        grant(next.client);
        next.granted = true;
        notifyAll();
    }

    private boolean fewerHeld(Waiter a, Waiter b) {
        int heldA = held.getOrDefault(a.client, 0);
        int heldB = held.getOrDefault(b.client, 0);
        return heldA != heldB ? heldA < heldB : a.arrival < b.arrival;
    }

    private static void add(Map<String, Integer> counts, String client, int delta) {
        counts.merge(client, delta, Integer::sum);
        if (counts.get(client) == 0) counts.remove(client);
    }
}
