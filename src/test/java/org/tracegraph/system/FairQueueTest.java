package org.tracegraph.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The queue in front of the heavy reads' and the analysts' slots: bounds, per-client shares, and whose turn is next. */
class FairQueueTest {

    /** Waits until {@code waiters} threads are parked in the queue (their threads are WAITING/TIMED_WAITING). */
    private static void awaitWaiting(List<Thread> threads) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (threads.stream().allMatch(t -> t.getState() == Thread.State.TIMED_WAITING)) return;
            Thread.sleep(10);
        }
        throw new AssertionError("not waiting: " + threads.stream().map(Thread::getState).toList());
    }

    private static FairQueue.Turn turn(FairQueue queue, String client) {
        return (FairQueue.Turn) queue.enter(client);
    }

    private static Thread waiter(FairQueue queue, String client, List<String> order) {
        var thread = new Thread(() -> {
            if (queue.enter(client) instanceof FairQueue.Turn turn) {
                order.add(client);
                turn.close();
            }
        });
        thread.start();
        return thread;
    }

    @Test
    void a_freed_slot_goes_to_the_waiting_client_that_holds_the_fewest_not_to_the_one_that_came_first() throws Exception {
        var queue = new FairQueue(2, 2, 10, 10, Duration.ofSeconds(30));
        var a1 = turn(queue, "a");
        var a2 = turn(queue, "a");
        var order = new CopyOnWriteArrayList<String>();
        var first = waiter(queue, "a", order);
        awaitWaiting(List.of(first));
        var second = waiter(queue, "b", order);
        awaitWaiting(List.of(first, second));
        a1.close(); // "a" still holds one slot, "b" none: "b" goes first, though it came second
        second.join(5000);
        first.join(5000);
        a2.close();
        assertEquals(List.of("b", "a"), order);
    }

    @Test
    void one_client_holds_at_most_its_share_and_waits_for_its_own_turn_while_another_goes_ahead() throws Exception {
        var queue = new FairQueue(2, 1, 10, 10, Duration.ofMillis(300));
        var a = turn(queue, "a");
        assertEquals(FairQueue.Refused.WAIT_OVER, queue.enter("a"), "a second slot for the same client, after its wait");
        var b = turn(queue, "b");
        a.close();
        b.close();
        assertTrue(queue.enter("a") instanceof FairQueue.Turn);
    }

    @Test
    void beyond_a_clients_share_of_the_queue_the_answer_is_at_once_and_another_client_still_finds_a_place() throws Exception {
        var queue = new FairQueue(1, 1, 3, 2, Duration.ofSeconds(30));
        var held = turn(queue, "x");
        var order = new CopyOnWriteArrayList<String>();
        var a1 = waiter(queue, "a", order);
        var a2 = waiter(queue, "a", order);
        awaitWaiting(List.of(a1, a2));
        long start = System.nanoTime();
        assertEquals(FairQueue.Refused.QUEUE_FULL, queue.enter("a"), "a third place for the same client");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "refused at once, not after the wait");
        var b = waiter(queue, "b", order);
        awaitWaiting(List.of(a1, a2, b));
        assertEquals(FairQueue.Refused.QUEUE_FULL, queue.enter("c"), "the queue is full: 3 places");
        held.close();
        for (var t : List.of(a1, a2, b)) t.join(5000);
        assertEquals(3, order.size());
        assertEquals("a", order.get(0), "the earliest of those holding nothing");
    }

    @Test
    void a_wait_that_runs_out_holds_nothing_and_is_counted_as_waiting_time() throws Exception {
        var queue = new FairQueue(1, 1, 4, 4, Duration.ofMillis(200));
        var held = turn(queue, "a");
        long waitedBefore = FairQueue.waitedNanos();
        var refused = CompletableFuture.supplyAsync(() -> queue.enter("b")).get(5, TimeUnit.SECONDS);
        assertEquals(FairQueue.Refused.WAIT_OVER, refused);
        assertEquals(FairQueue.Refused.WAIT_OVER, queue.enter("b"));
        assertTrue(FairQueue.waitedNanos() - waitedBefore >= TimeUnit.MILLISECONDS.toNanos(190),
                "the time this thread waited is kept");
        held.close();
        var turn = turn(queue, "b");
        turn.close();
        turn.close(); // closing twice gives back one slot, once
        assertTrue(queue.enter("c") instanceof FairQueue.Turn);
        assertEquals(FairQueue.Refused.WAIT_OVER, queue.enter("d"), "one slot: held by c");
    }
}
