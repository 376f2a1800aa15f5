package org.tracegraph.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tracegraph.core.Problem;

/**
 * An import job as {@code GET /api/import/{job}} shows it: {@code state} running, done, refused (invalid rows,
 * nothing imported) or failed ({@code problem} says why); the phase (checking, importing), the rows read in
 * that phase, the bytes of the file read in that pass, and the counts so far (the whole report when done).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJobJson(String job, String state, String format, boolean dryRun, String phase, long rowsDone,
                            long bytesRead, long bytesTotal, Long percent, ImportReport report, Problem problem) {
}
