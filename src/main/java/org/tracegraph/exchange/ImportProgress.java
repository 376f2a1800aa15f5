package org.tracegraph.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * How far an import has got, updated as it runs and read by whoever watches it (the progress endpoint, the
 * terminal's progress bar). Counts are those of committed batches, or in a dry run of batches checked.
 */
public final class ImportProgress {
    private volatile String phase = "queued";
    private volatile long bytesRead;
    private volatile long bytesTotal;
    private volatile long rows;
    private long created;
    private long updated;
    private long unchanged;
    private long invalidCount;
    private final List<ImportReport.Invalid> invalid = new ArrayList<>();
    private int batches;
    private int committedBatches;
    private volatile long relationshipsStarted;
    private volatile long relationshipsEnded;
    // whether to stop (the client of a synchronous import has gone), and when it was last asked
    private volatile BooleanSupplier stop = () -> false;
    private long stopAskedAt;

    public String phase() {
        return phase;
    }

    void phase(String phase) {
        this.phase = phase;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long bytesTotal() {
        return bytesTotal;
    }

    void bytes(long read, long total) {
        bytesRead = read;
        bytesTotal = total;
    }

    /** The import starts writing relationships, or (null) has finished: how its rate is measured. */
    void writing(ImportRow.Kind kind) {
        if (kind == ImportRow.Kind.RELATIONSHIP) relationshipsStarted = System.nanoTime();
        if (kind == null) relationshipsEnded = System.nanoTime();
    }

    /** How long the import took to write its relationships (the benchmark's import rate); 0 before it ends. */
    public double relationshipSeconds() {
        return relationshipsEnded == 0 ? 0 : (relationshipsEnded - relationshipsStarted) / 1e9;
    }

    public long rows() {
        return rows;
    }

    void rowRead() {
        rows++;
        if ((rows & 127) == 0) stopIfAsked();
    }

    /** The import stops ({@link Stopped}) at its next row or batch once {@code stop} says so: its client has gone. */
    public void stopWhen(BooleanSupplier stop) {
        this.stop = stop;
    }

    /** Asks at most every 100 ms; throws {@link Stopped}, which rolls back the transaction it leaves. */
    void stopIfAsked() {
        long now = System.nanoTime();
        if (now - stopAskedAt < 100_000_000L) return;
        stopAskedAt = now;
        if (stop.getAsBoolean()) throw new Stopped();
    }

    /** An import stopped because no one waits for it any more. */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped: its client went away", null, false, false);
        }
    }

    synchronized void add(Batch batch, boolean committed) {
        created += batch.created;
        updated += batch.updated;
        unchanged += batch.unchanged;
        invalidCount += batch.invalid.size();
        for (var row : batch.invalid) if (invalid.size() < ImportReport.MAX_INVALID) invalid.add(row);
        batches++;
        if (committed) committedBatches++;
    }

    /** Forgets the counts of a checking pass before the pass that writes. */
    synchronized void restart() {
        rows = 0;
        created = updated = unchanged = invalidCount = 0;
        invalid.clear();
        batches = committedBatches = 0;
    }

    public synchronized ImportReport report(String job, ImportOptions options) {
        return new ImportReport(job, options.format().toString(), options.dryRun(), options.skipInvalid(), rows,
                created, updated, unchanged, invalidCount, List.copyOf(invalid), batches, committedBatches);
    }

    /** What one batch did. */
    static final class Batch {
        long created;
        long updated;
        long unchanged;
        final List<ImportReport.Invalid> invalid = new ArrayList<>();
    }
}
