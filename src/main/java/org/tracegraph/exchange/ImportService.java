package org.tracegraph.exchange;

import org.tracegraph.core.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.tracegraph.curation.BulkWrites;
import org.tracegraph.core.Editor;
import org.tracegraph.json.Json;
import org.tracegraph.neo4j.Database;

/**
 * Imports a file into the graph through the curation writes for batches ({@link BulkWrites}), which check
 * every row as the one-by-one upserts do and record every change in the history, with a few statements per
 * batch. The file is read twice, entities first, then relationships, {@value #BATCH} rows a transaction.
 *
 * <ul>
 *   <li>A dry run runs every batch in one transaction that is rolled back: it reports what would change and
 *       every invalid row, and changes nothing.</li>
 *   <li>An import first does the same check; if any row is invalid it imports nothing and reports them all
 *       (the API answers 422). With {@code skipInvalid} it skips the check, imports the valid rows and reports
 *       the others.</li>
 *   <li>Each batch commits on its own. Should a batch fail anyway (a row made invalid by an edit made since the
 *       check), it is rolled back, the import stops, and the report says how many batches were committed:
 *       the same file imported again carries on, since a row already imported is unchanged.</li>
 * </ul>
 */
public final class ImportService {
    public static final int BATCH = 1000;
    private final Database db;
    private final ImportLimits limits;

    /** Without limits: the command line's importer. */
    public ImportService(Database db) {
        this(db, ImportLimits.NONE);
    }

    public ImportService(Database db, ImportLimits limits) {
        this.db = db;
        this.limits = limits;
    }

    public ImportLimits limits() {
        return limits;
    }

    /**
     * Reads the file once, writing nothing, and refuses it (413) when it holds more rows than the limits allow, or
     * is a ZIP that inflates past them: before {@link #run}, so that an import never stops half-way for its size,
     * and an import in the background is refused while its client still waits for the answer.
     */
    public void checkLimits(Path file, ImportOptions options) {
        if (limits.equals(ImportLimits.NONE)) return;
        long rows = 0;
        for (var kind : ImportRow.Kind.values()) {
            try (var in = Files.newInputStream(file); var reader = open(in, options, kind)) {
                for (var row = reader.next(); row != null; row = reader.next()) {
                    if (++rows > limits.maxRows()) throw limits.tooManyRows();
                }
            } catch (JsonProcessingException e) {
                throw unreadable(options, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public ImportReport run(Path file, ImportOptions options, Editor editor, ImportProgress progress, String job) {
        if (options.dryRun()) {
            check(file, options, editor, progress);
            return progress.report(job, options);
        }
        if (!options.skipInvalid()) {
            check(file, options, editor, progress);
            var checked = progress.report(job, options);
            if (checked.invalidCount() > 0) {
                return new ImportReport(job, checked.format(), false, false, checked.rows(), 0, 0, 0,
                        checked.invalidCount(), checked.invalid(), checked.batches(), 0);
            }
            progress.restart();
        }
        write(file, options, editor, progress);
        return progress.report(job, options);
    }

    /**
     * Every batch in one transaction, rolled back. That transaction holds all the file's changes until then, so
     * the database's limit on a transaction's memory bounds the file a check can take.
     */
    private void check(Path file, ImportOptions options, Editor editor, ImportProgress progress) {
        progress.phase("checking");
        try {
            db.writeTransactionThenRollBack(tx -> {
                for (var kind : ImportRow.Kind.values()) {
                    read(file, options, kind, progress, batch -> {
                        progress.add(apply(tx, editor, batch, true), false);
                        return true;
                    });
                }
                return null;
            });
        } catch (Neo4jException e) {
            if (!TOO_LARGE_TO_CHECK.contains(e.code())) throw e;
            throw ProblemType.BODY_TOO_LARGE.exception("The file is too large to"
                    + " check in one transaction (a dry run, and the check an import makes first, hold all of its"
                    + " changes until they are rolled back): split it, or import it with skipInvalid=true, which"
                    + " checks each batch as it imports it");
        }
    }

    private static final java.util.Set<String> TOO_LARGE_TO_CHECK = java.util.Set.of(
            "Neo.ClientError.General.TransactionOutOfMemoryError", "Neo.TransientError.General.MemoryPoolOutOfMemoryError");

    private void write(Path file, ImportOptions options, Editor editor, ImportProgress progress) {
        progress.phase("importing");
        for (var kind : ImportRow.Kind.values()) {
            progress.writing(kind);
            boolean stopped = read(file, options, kind, progress, batch -> {
                try {
                    progress.add(db.writeTransaction(tx -> apply(tx, editor, batch, options.skipInvalid())), true);
                    return true;
                } catch (InvalidRowException e) {
                    var failed = new ImportProgress.Batch();
                    failed.invalid.add(e.row);
                    progress.add(failed, false);
                    return false;
                }
            });
            if (!stopped) return;
        }
        progress.writing(null);
    }

    /**
     * Applies one batch in {@code tx} with a few statements for all its rows ({@link BulkWrites}); an invalid
     * row is reported ({@code skipInvalid}) or ends the batch, whose transaction then rolls back.
     */
    private static ImportProgress.Batch apply(TransactionContext tx, Editor editor, List<ImportRow> rows,
                                              boolean skipInvalid) {
        var batch = new ImportProgress.Batch();
        var readable = rows.stream().filter(row -> row.problem() == null).toList();
        var bodies = readable.stream().map(row -> (JsonNode) row.body()).toList();
        var results = rows.isEmpty() || readable.isEmpty() ? List.<BulkWrites.Result>of()
                : rows.get(0).kind() == ImportRow.Kind.ENTITY ? BulkWrites.entities(tx, editor, bodies)
                : BulkWrites.relationships(tx, editor, bodies);
        var problems = new java.util.IdentityHashMap<ImportRow, ImportReport.Invalid>();
        for (int i = 0; i < readable.size(); i++) {
            var result = results.get(i);
            if (result.refused() != null) {
                var problem = result.refused().problem();
                problems.put(readable.get(i), readable.get(i).problem(problem.parameter(), problem.detail()));
                continue;
            }
            switch (result.outcome()) {
                case CREATED -> batch.created++;
                case UPDATED -> batch.updated++;
                case UNCHANGED -> batch.unchanged++;
            }
        }
        for (var row : rows) {
            var problem = row.problem() != null ? row.problem() : problems.get(row);
            if (problem == null) continue;
            if (!skipInvalid) throw new InvalidRowException(problem);
            batch.invalid.add(problem);
        }
        return batch;
    }

    interface BatchWork {
        /** Handles a batch; false stops the reading. */
        boolean handle(List<ImportRow> batch);
    }

    /** Reads the rows of one kind in batches; false when {@code work} stopped it. */
    private boolean read(Path file, ImportOptions options, ImportRow.Kind kind, ImportProgress progress, BatchWork work) {
        try (var in = new Counting(Files.newInputStream(file), Files.size(file), progress);
             var rows = open(in, options, kind)) {
            var batch = new ArrayList<ImportRow>(BATCH);
            for (var row = rows.next(); row != null; row = rows.next()) {
                progress.rowRead();
                batch.add(row);
                if (batch.size() == BATCH) {
                    progress.stopIfAsked();
                    if (!work.handle(List.copyOf(batch))) return false;
                    batch.clear();
                }
            }
            progress.stopIfAsked();
            return batch.isEmpty() || work.handle(List.copyOf(batch));
        } catch (JsonProcessingException e) {
            throw unreadable(options, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whatever the reader did not see coming (bytes that are no JSON, nesting past Jackson's limits): the file is
     * at fault, not the server.
     */
    private static ImportFileException unreadable(ImportOptions options, JsonProcessingException e) {
        return new ImportFileException("The file cannot be read as " + options.format().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + Json.problemIn(e), e.getLocation() == null ? 0 : e.getLocation().getLineNr());
    }

    private RowReader open(InputStream in, ImportOptions options, ImportRow.Kind kind) throws IOException {
        return switch (options.format()) {
            case JSON -> new JsonRows(in, kind);
            case CSV -> CsvRows.open(in, options.part(), kind, limits);
            case FTM -> new FtmRows(in, kind, options);
        };
    }

    /** A row that stops an import: thrown out of the batch's transaction so that it rolls back. */
    private static final class InvalidRowException extends RuntimeException {
        private final transient ImportReport.Invalid row;

        InvalidRowException(ImportReport.Invalid row) {
            super(row.detail(), null, false, false);
            this.row = row;
        }
    }

    /** Counts the bytes read into the progress. */
    private static final class Counting extends FilterInputStream {
        private final long total;
        private final ImportProgress progress;
        private long read;

        Counting(InputStream in, long total, ImportProgress progress) {
            super(in);
            this.total = total;
            this.progress = progress;
            progress.bytes(0, total);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) progress.bytes(++read, total);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) progress.bytes(read += n, total);
            return n;
        }
    }
}
