package org.tracegraph.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tracegraph.core.Problem;

/**
 * The imports this API instance has run or is running, for {@code GET /api/import/{job}}: the last
 * {@value #KEPT} of them, in memory. This is the one piece of state the API keeps in its process, on purpose:
 * a job is progress to watch, not data (what an import changed is in the graph and its history), so behind a
 * load balancer a client asks the instance that runs its import (the job's URL names no instance: route
 * {@code /api/import} with sticky sessions, or run imports with the CLI).
 */
public final class ImportJobs {
    static final int KEPT = 100;
    private final Map<String, Job> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    };

    /** One import: its options, its progress, and at the end its report or the problem that stopped it. */
    public static final class Job {
        final String id;
        final ImportOptions options;
        final ImportProgress progress = new ImportProgress();
        private volatile String state = "running";
        private volatile ImportReport report;
        private volatile Problem problem;

        Job(String id, ImportOptions options) {
            this.id = id;
            this.options = options;
        }

        void finished(ImportReport report) {
            this.report = report;
            state = report.refused() ? "refused" : "done";
        }

        void failed(Problem problem) {
            this.problem = problem;
            state = "failed";
        }

        ImportJobJson json() {
            var total = progress.bytesTotal();
            return new ImportJobJson(id, state, options.format().toString(), options.dryRun(), progress.phase(),
                    progress.rows(), progress.bytesRead(), total,
                    total == 0 ? null : Math.min(100, Math.round(100.0 * progress.bytesRead() / total)),
                    report != null ? report : progress.report(id, options), problem);
        }
    }

    private long started;

    /** Imports started by this instance since it started: for the metrics. */
    public synchronized long started() {
        return started;
    }

    /** Imports running now (of the last {@value #KEPT}): for the metrics. */
    public synchronized long running() {
        return jobs.values().stream().filter(job -> job.state.equals("running")).count();
    }

    synchronized Job start(ImportOptions options) {
        started++;
        var job = new Job(UUID.randomUUID().toString(), options);
        jobs.put(job.id, job);
        return job;
    }

    synchronized Optional<Job> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }
}
