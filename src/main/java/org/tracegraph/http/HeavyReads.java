package org.tracegraph.http;

import io.javalin.http.Context;
import java.time.Duration;
import org.tracegraph.core.ProblemType;
import org.tracegraph.system.FairQueue;

/**
 * The few heavy reads ({@link Cost}) that run at once in this process: as many as half the cores, at least two,
 * of which one client holds at most half (each can keep a core busy for as long as it runs, before the server
 * time it took is charged). Another waits its turn briefly, in a queue fair between clients ({@link FairQueue}),
 * then is answered 503 with
 * {@code Retry-After}: six whole-graph exports at once used to push every search to seconds. A turn is taken
 * by {@link AccessCheck} once the request may run, and given back when it is done, whatever its answer.
 */
final class HeavyReads {
    static final int SLOTS = Math.max(2, Runtime.getRuntime().availableProcessors() / 2);
    static final int MAX_HELD_PER_CLIENT = Math.max(1, SLOTS / 2);
    static final int MAX_WAITING = 64;
    static final int MAX_WAITING_PER_CLIENT = MAX_WAITING / 2;
    /** Long enough for a turn to come round under ordinary load, short enough that a reader is told soon. */
    static final Duration WAIT = Duration.ofSeconds(3);
    private static final String TURN_ATTRIBUTE = "tracegraph.heavy-read";

    private final FairQueue queue = new FairQueue(SLOTS, MAX_HELD_PER_CLIENT, MAX_WAITING, MAX_WAITING_PER_CLIENT, WAIT);

    /** Takes a turn for a heavy read, or refuses it (503); a light read goes ahead at once. */
    void enter(Context ctx, String client) {
        if (!Cost.isHeavy(ctx)) return;
        var entry = queue.enter(client);
        if (entry instanceof FairQueue.Turn turn) {
            ctx.attribute(TURN_ATTRIBUTE, turn);
            return;
        }
        throw ProblemType.READS_BUSY.exception(String.format((entry == FairQueue.Refused.QUEUE_FULL
                ? "The queue of heavy reads waiting for a turn is full (%4$d, %5$d from one client)"
                : "No turn for a heavy read came free within %1$d s") + ": this server runs %2$d heavy reads (exports,"
                + " path searches, the timeline, mentions, deep neighbourhoods) at once, at most %3$d for one client;"
                + " nothing was read. Try again in a few seconds", WAIT.toSeconds(), SLOTS, MAX_HELD_PER_CLIENT,
                MAX_WAITING, MAX_WAITING_PER_CLIENT));
    }

    /** Gives the request's turn back, if it took one. */
    static void leave(Context ctx) {
        FairQueue.Turn turn = ctx.attribute(TURN_ATTRIBUTE);
        if (turn != null) turn.close();
    }
}
