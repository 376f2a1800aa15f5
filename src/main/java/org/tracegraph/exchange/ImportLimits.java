package org.tracegraph.exchange;

import org.tracegraph.core.ProblemType;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.tracegraph.core.ProblemException;

/**
 * How much one import over the API may hold: the file's bytes as uploaded (MAX_IMPORT_SIZE), the bytes a CSV
 * ZIP inflates to, and its rows (entities and relationships together). A ZIP of a few kilobytes can inflate to
 * gigabytes, and a file under the upload limit can hold millions of one-line rows; either would hold the
 * importer (and the check's transaction) for as long as it takes. The command line imports without these limits.
 */
public record ImportLimits(long maxFileBytes, long maxInflatedBytes, long maxRows) {
    public static final ImportLimits NONE = new ImportLimits(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    ProblemException fileTooLarge() {
        return tooLarge("The file is larger than " + maxFileBytes + " bytes; this server takes at most "
                + maxFileBytes + " bytes in one import (MAX_IMPORT_SIZE)");
    }

    ProblemException tooManyRows() {
        return tooLarge("The file holds more than " + maxRows + " rows (entities and relationships together); this"
                + " server imports at most " + maxRows + " at a time (MAX_IMPORT_ROWS)");
    }

    ProblemException inflatesTooMuch() {
        return tooLarge("The ZIP inflates to more than " + maxInflatedBytes + " bytes; this server reads at most "
                + maxInflatedBytes + " bytes of CSV from one (MAX_IMPORT_INFLATED_SIZE)");
    }

    /** A limit passed while a parser read the stream comes back wrapped in the parser's exception: unwrapped here. */
    static void rethrowPassed(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException passed && passed.problem().status() == 413) throw passed;
        }
    }

    private static ProblemException tooLarge(String detail) {
        return ProblemType.BODY_TOO_LARGE.exception(detail + ": split it, or"
                + " import it with the command line (java -jar tracegraph.jar import FILE), which has no limit");
    }

    /** A new count of inflated bytes, for one reading of one ZIP. */
    Inflated inflated() {
        return new Inflated();
    }

    /**
     * The inflated bytes of a ZIP's entries, counted as they are read, for all the entries read through it
     * (those skipped included): past the limit, reading stops with a 413.
     */
    final class Inflated {
        private long read;

        InputStream entry(InputStream zip) {
            return new FilterInputStream(zip) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) count(1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) count(n);
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    var buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
                    return Math.max(read(buffer, 0, buffer.length), 0); // through read(): counted
                }
            };
        }

        /** Reads the rest of an entry the import does not want, counting it, so that skipping it is bounded too. */
        void drain(InputStream zip) throws IOException {
            var in = entry(zip);
            var buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // counted
            }
        }

        private void count(long n) {
            read += n;
            if (read > maxInflatedBytes) throw inflatesTooMuch();
        }
    }
}
