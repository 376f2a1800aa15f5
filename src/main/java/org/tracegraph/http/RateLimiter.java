package org.tracegraph.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code perMinute} requests a minute, refilled continuously, with a whole
 * minute's budget as the largest burst. In memory, per API process: behind a load balancer each instance
 * counts its own share.
 */
final class RateLimiter {
    private static final int MAX_CLIENTS = 100_000;
    private final int perMinute;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** 0 when the client may go ahead (and one request is counted), otherwise the seconds to wait. */
    long take(String client) {
        if (perMinute <= 0) return 0;
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) forgetIdle(now);
        return buckets.computeIfAbsent(client, k -> new Bucket(perMinute, now)).take(perMinute, now);
    }

    /** Clients whose bucket has filled up again are the same as clients never seen: forget them. */
    private void forgetIdle(long now) {
        buckets.values().removeIf(bucket -> bucket.isFull(perMinute, now));
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int perMinute, long now) {
            this.tokens = perMinute;
            this.last = now;
        }

        synchronized long take(int perMinute, long now) {
            refill(perMinute, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double perSecond = perMinute / 60.0;
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized boolean isFull(int perMinute, long now) {
            refill(perMinute, now);
            return tokens >= perMinute;
        }

        private void refill(int perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - last) / 60e9 * perMinute);
            last = now;
        }
    }
}
