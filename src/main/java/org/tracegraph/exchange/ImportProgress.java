package org.tracegraph.exchange;

import java.util.ArrayList;
import java.util.List;

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
