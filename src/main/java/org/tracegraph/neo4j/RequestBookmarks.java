package org.tracegraph.neo4j;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The bookmarks of the HTTP request this thread serves: the writes its client has already seen (through any API
 * instance), which every transaction of the request waits for, and who to tell the bookmark of each write the
 * request commits. A thread-local, because a request's transactions run on the thread that serves it, through
 * services that know nothing of HTTP and should not have to carry it; threads that serve no request (start-up,
 * background imports) have none, and their transactions wait only for what this process has seen.
 */
public final class RequestBookmarks {
    private static final ThreadLocal<RequestBookmarks> CURRENT = new ThreadLocal<>();
    private static final Set<String> REJECTED = Set.of(
            "Neo.ClientError.Transaction.InvalidBookmark", "Neo.ClientError.Transaction.InvalidBookmarkMixture");
    private static final String NOT_READY = "Neo.TransientError.Transaction.BookmarkTimeout";

    // replaced, never changed: a request's own writes join it, so its later reads see them
    private volatile Set<Bookmark> seen;
    private final Consumer<Set<String>> committed;

    private RequestBookmarks(Set<Bookmark> seen, Consumer<Set<String>> committed) {
        this.seen = seen;
        this.committed = committed;
    }

    /**
     * From now until {@link #end}, this thread's transactions start after {@code seen} (bookmark values as the
     * driver gave them), and {@code committed} hears the bookmarks of each write transaction that commits.
     */
    public static void begin(Set<String> seen, Consumer<Set<String>> committed) {
        CURRENT.set(new RequestBookmarks(seen.stream().map(Bookmark::from).collect(Collectors.toUnmodifiableSet()),
                committed));
    }

    public static void end() {
        CURRENT.remove();
    }

    /**
     * Work another thread does for this thread's request: its transactions start after the same bookmarks. Its
     * writes are not reported, as the request may have been answered by the time they commit.
     */
    public static <T> Callable<T> carried(Callable<T> work) {
        var current = CURRENT.get();
        if (current == null) return work;
        var seenOnly = new RequestBookmarks(current.seen, committed -> { });
        return () -> {
            CURRENT.set(seenOnly);
            try {
                return work.call();
            } finally {
                CURRENT.remove();
            }
        };
    }

    /** Whether Neo4j refused the request's bookmarks as not being bookmarks at all. */
    public static boolean rejected(Neo4jException e) {
        return REJECTED.contains(e.code());
    }

    /** Whether Neo4j gave up waiting for the request's bookmarks: it has not (yet) seen the writes they name. */
    public static boolean notReady(Neo4jException e) {
        return NOT_READY.equals(e.code());
    }

    /** Whether this thread serves a request (its transactions then wait only for what that request has seen). */
    static boolean active() {
        return CURRENT.get() != null;
    }

    static Set<Bookmark> seen() {
        var current = CURRENT.get();
        return current == null ? Set.of() : current.seen;
    }

    static void committed(Set<Bookmark> bookmarks) {
        var current = CURRENT.get();
        if (current == null || bookmarks.isEmpty()) return;
        // a write supersedes what the request had seen: Neo4j's bookmarks are ordered, the newest names the rest
        current.seen = Set.copyOf(bookmarks);
        current.committed.accept(bookmarks.stream().map(Bookmark::value).collect(Collectors.toUnmodifiableSet()));
    }
}
