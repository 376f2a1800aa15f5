package org.tracegraph.http;

import io.javalin.http.Context;
import java.time.Duration;
import org.tracegraph.core.ProblemType;
import org.tracegraph.system.FairQueue;

/**
 * The few heavy reads ({@link Cost}) that run at once in this process: as many as half the cores, at least two.
 * Another waits its turn briefly, in a queue fair between clients ({@link FairQueue}), then is answered 503 with
 * {@code Retry-After}: six whole-graph exports at once used to push every search to seconds. A turn is taken
 * by {@link AccessCheck} once the request may run, and given back when it is done, whatever its answer.
 */
final class HeavyReads {
    static final int SLOTS = Math.max(2, Runtime.getRuntime().availableProcessors() / 2);
    static final int MAX_WAITING = 64;
    static final int MAX_WAITING_PER_CLIENT = MAX_WAITING / 2;
    /** Long enough for a turn to come round under ordinary load, short enough that a reader is told soon. */
    static final Duration WAIT = Duration.ofSeconds(3);
    private static final String TURN_ATTRIBUTE = "tracegraph.heavy-read";

    private final FairQueue queue = new FairQueue(SLOTS, MAX_WAITING, MAX_WAITING_PER_CLIENT, WAIT);

    /** Takes a turn for a heavy read, or refuses it (503); a light read goes ahead at once. */
    void enter(Context ctx, String client) {
        if (!Cost.isHeavy(ctx)) return;
        var turn = queue.enter(client).orElseThrow(() -> ProblemType.READS_BUSY.exception(String.format(
                "%d heavy reads (exports, path searches, the timeline, mentions, deep neighbourhoods) are running on"
                        + " this server, the most it runs at once, and no turn came free within %d s; nothing was"
                        + " read. Try again in a few seconds", SLOTS, WAIT.toSeconds())));
        ctx.attribute(TURN_ATTRIBUTE, turn);
    }

    /** Gives the request's turn back, if it took one. */
    static void leave(Context ctx) {
        FairQueue.Turn turn = ctx.attribute(TURN_ATTRIBUTE);
        if (turn != null) turn.close();
    }
}
