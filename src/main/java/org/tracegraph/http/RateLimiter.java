package org.tracegraph.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client, refilled continuously at {@code perSecond} up to {@code capacity}, the largest burst.
 * It counts either requests ({@link #perMinute}: one token each, taken as the request comes in) or their cost
 * ({@link #serverTime}: seconds of server time, charged once the request is done, when its cost is known; a client
 * may start a request while its bucket holds anything, and pays for it afterwards, into debt if need be). In
 * memory, per API process: behind a load balancer each instance counts its own share.
 */
final class RateLimiter {
    private static final int MAX_CLIENTS = 100_000;
    /** Debt is capped at a minute's refill: however costly a request was, its client waits at most about a minute. */
    private static final double MAX_DEBT_SECONDS = 60;

    private final double perSecond;
    private final double capacity;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private RateLimiter(double perSecond, double capacity) {
        this.perSecond = perSecond;
        this.capacity = capacity;
    }

    /** {@code perMinute} requests a minute, bursts up to a minute's budget; {@code 0}: no limit. */
    static RateLimiter perMinute(int perMinute) {
        return new RateLimiter(perMinute / 60.0, perMinute);
    }

    /**
     * {@code cores} seconds of server time a second, bursts up to {@code burstSeconds} of that rate ({@code cores}
     * × {@code burstSeconds} seconds of server time at once); {@code 0}: no limit.
     */
    static RateLimiter serverTime(double cores, double burstSeconds) {
        return new RateLimiter(cores, cores * burstSeconds);
    }

    boolean enabled() {
        return perSecond > 0;
    }

    /** 0 when the client may go ahead (and one request is counted), otherwise the seconds to wait. */
    long take(String client) {
        if (!enabled()) return 0;
        return bucket(client).take(this, System.nanoTime());
    }

    /** 0 when the client has budget left (nothing is counted yet: see {@link #charge}), otherwise the seconds to wait. */
    long owed(String client) {
        if (!enabled()) return 0;
        return bucket(client).owed(this, System.nanoTime());
    }

    /** Charges {@code amount} (seconds of server time) to the client, once its request is done. */
    void charge(String client, double amount) {
        if (!enabled() || amount <= 0) return;
        bucket(client).charge(this, amount, System.nanoTime());
    }

    private Bucket bucket(String client) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) forgetIdle(now);
        return buckets.computeIfAbsent(client, k -> new Bucket(capacity, now));
    }

    /** Clients whose bucket has filled up again are the same as clients never seen: forget them. */
    private void forgetIdle(long now) {
        buckets.values().removeIf(bucket -> bucket.isFull(this, now));
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(RateLimiter limit, long now) {
            refill(limit, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return secondsUntil(limit, 1);
        }

        synchronized long owed(RateLimiter limit, long now) {
            refill(limit, now);
            return tokens > 0 ? 0 : secondsUntil(limit, Math.ulp(1.0));
        }

        synchronized void charge(RateLimiter limit, double amount, long now) {
            refill(limit, now);
            tokens = Math.max(-MAX_DEBT_SECONDS * limit.perSecond, tokens - amount);
        }

        synchronized boolean isFull(RateLimiter limit, long now) {
            refill(limit, now);
            return tokens >= limit.capacity;
        }

        /** Whole seconds, at least one, until the bucket holds {@code wanted}. */
        private long secondsUntil(RateLimiter limit, double wanted) {
            return Math.max(1, (long) Math.ceil((wanted - tokens) / limit.perSecond));
        }

        private void refill(RateLimiter limit, long now) {
            tokens = Math.min(limit.capacity, tokens + (now - last) / 1e9 * limit.perSecond);
            last = now;
        }
    }
}
