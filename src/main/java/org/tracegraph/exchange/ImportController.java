package org.tracegraph.exchange;

import org.tracegraph.core.ProblemType;
import org.tracegraph.core.Editor;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.ClientConnection;
import org.tracegraph.http.Access;
import org.tracegraph.http.Params;
import org.tracegraph.core.Problem;

/**
 * {@code POST /api/import?format=json|csv|ftm}: the body is the file. It is saved to a temporary file as it
 * arrives (at most MAX_IMPORT_SIZE, {@link ImportLimits#maxFileBytes}; never held in memory), then imported by
 * {@link ImportService}: while the request waits (200 with the report, 422 when invalid rows stopped it), or
 * with {@code async=true} in the background (202 and the job's address). {@code GET /api/import/{job}} shows a job's progress.
 */
public final class ImportController {
    private static final Logger LOG = LoggerFactory.getLogger(ImportController.class);
    private final ImportService imports;
    private final ImportJobs jobs;
    /** Background imports run one at a time: an import is heavy, and two at once would only contend. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "tracegraph-import");
        thread.setDaemon(true);
        return thread;
    });

    public ImportController(ImportService imports, ImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    public void start(Context ctx) {
        var editor = Access.editor(ctx);
        var options = options(ctx);
        boolean async = flag(ctx, "async");
        var file = receive(ctx, imports.limits());
        try {
            imports.checkLimits(file, options);
        } catch (RuntimeException e) {
            delete(file);
            throw e instanceof ImportFileException f ? new ProblemException(problem(f)) : e;
        }
        var job = jobs.start(options);
        var importer = new Editor("import: " + options.fileName(), editor.claim());
        if (async) {
            // the job's log lines carry the id of the request that started it
            var logContext = MDC.getCopyOfContextMap();
            background.submit(() -> {
                if (logContext != null) MDC.setContextMap(logContext);
                try {
                    job.finished(imports.run(file, options, importer, job.progress, job.id));
                } catch (RuntimeException e) {
                    job.failed(problem(e));
                } finally {
                    delete(file);
                    MDC.clear();
                }
            });
            ctx.status(202).header("Location", "/api/import/" + job.id).json(job.json());
            return;
        }
        job.progress.stopWhen(ClientConnection.gone(ctx));
        try {
            var report = imports.run(file, options, importer, job.progress, job.id);
            job.finished(report);
            if (report.refused()) {
                ctx.status(422).json(new ImportRefused(ProblemType.INVALID_ROWS.uri(),
                        "Invalid rows", 422, report.invalidCount() + " rows are invalid: nothing was imported"
                        + (report.committedBatches() > 0 ? " after the first " + report.committedBatches() + " batches" : "")
                        + ". Fix them, or import the valid rows with skipInvalid=true", report)).contentType(Problem.CONTENT_TYPE);
            } else {
                ctx.json(report);
            }
        } catch (ImportProgress.Stopped e) {
            // no one to answer: the transaction it was in rolled back; batches committed before stay, as after
            // a failed batch (importing the same file again carries on)
            LOG.info("Import job {} ({}) stopped: its client went away after {} committed batches", job.id,
                    options.fileName(), job.progress.report(job.id, options).committedBatches());
            job.failed(new Problem("about:blank", "Import stopped", 499, "The client went away; the import"
                    + " stopped and its transaction rolled back", null));
        } catch (RuntimeException e) {
            job.failed(problem(e));
            throw e instanceof ImportFileException f ? new ProblemException(problem(f)) : e;
        } finally {
            delete(file);
        }
    }

    public void job(Context ctx) {
        var id = ctx.pathParam("job");
        var job = jobs.get(id).orElseThrow(() -> ProblemException.notFound("import job", Params.abbreviated(id)));
        ctx.json(job.json());
    }

    /** A 422 that carries the import's report: which rows are invalid, where and why. */
    public record ImportRefused(String type, String title, int status, String detail, ImportReport report) {
    }

    private static ImportOptions options(Context ctx) {
        var format = ImportFormat.named(Params.text(ctx, "format").orElse("json")).orElseThrow(() ->
                ProblemException.badParameter("format", "format must be one of " + ImportFormat.names() + ", not '"
                        + Params.text(ctx, "format").orElse("") + "'"));
        var part = Params.text(ctx, "part").orElse(null);
        if (part != null && (format != ImportFormat.CSV || !(part.equals("nodes") || part.equals("edges")))) {
            throw ProblemException.badParameter("part", "part is for a single CSV file: nodes or edges (with format=csv)");
        }
        var source = Params.optionalId(ctx, "source").orElse(null);
        if (source != null && format != ImportFormat.FTM) {
            throw ProblemException.badParameter("source", "source names the Source of an FtM import's links (format=ftm)");
        }
        var name = Params.text(ctx, "name").orElse("upload." + format);
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badParameter("name", "name must be a file name of printable characters");
        }
        return new ImportOptions(format, flag(ctx, "dryRun"), flag(ctx, "skipInvalid"), part, source, name);
    }

    private static boolean flag(Context ctx, String name) {
        var value = Params.text(ctx, name).orElse("false");
        if (value.equals("true")) return true;
        if (value.equals("false")) return false;
        throw ProblemException.badParameter(name, name + " must be true or false, not '" + value + "'");
    }

    /** Saves the body to a temporary file, refusing more than the limits' file size as it arrives. */
    private static Path receive(Context ctx, ImportLimits limits) {
        long max = limits.maxFileBytes();
        if (ctx.req().getContentLengthLong() > max) throw limits.fileTooLarge();
        Path file = null;
        try {
            file = Files.createTempFile("tracegraph-import-", ".upload");
            long size;
            try (InputStream in = ctx.bodyInputStream(); var out = Files.newOutputStream(file)) {
                var buffer = new byte[64 * 1024];
                size = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > max) throw limits.fileTooLarge();
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw ProblemType.BAD_BODY.exception("The body is empty: send the file to import as the body");
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    static Problem problem(ImportFileException e) {
        return ProblemType.BAD_BODY.problem(e.getMessage() + (e.line() > 0 ? " (line " + e.line() + ")" : ""));
    }

    private static Problem problem(RuntimeException e) {
        if (e instanceof ImportFileException f) return problem(f);
        if (e instanceof ProblemException a) return a.problem();
        LOG.error("Import failed", e);
        return ProblemType.INTERNAL_ERROR.problem("The import failed; the server's log says why");
    }

    private static void delete(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}
