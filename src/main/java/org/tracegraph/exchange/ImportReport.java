package org.tracegraph.exchange;

import java.util.List;

/**
 * What an import did, or (a dry run) would do: rows created, updated and unchanged, every invalid row (the
 * first {@value #MAX_INVALID} listed; {@code invalidCount} counts them all), and its batches: how many there
 * were and how many were committed (0 in a dry run, and in an import refused because of invalid rows).
 */
public record ImportReport(String job, String format, boolean dryRun, boolean skipInvalid, long rows, long created,
                           long updated, long unchanged, long invalidCount, List<Invalid> invalid, int batches,
                           int committedBatches) {
    public static final int MAX_INVALID = 1000;

    /**
     * A row the import refused, and why.
     *
     * @param part  "nodes" or "edges" (JSON, CSV), or the file (FtM)
     * @param line  its line in the file (for a CSV, in nodes.csv or edges.csv)
     * @param index JSON: its position in the nodes or edges array, from 0; otherwise null
     * @param field the field at fault, when one is
     */
    public record Invalid(String part, long line, Integer index, String id, String field, String detail) {
    }

    /** Whether the import was refused, or stopped, because of invalid rows. */
    boolean refused() {
        return invalidCount > 0 && !skipInvalid && !dryRun;
    }
}
