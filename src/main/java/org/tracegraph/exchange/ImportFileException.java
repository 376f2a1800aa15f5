package org.tracegraph.exchange;

/** A file that cannot be read as the format it was sent as, where and why (a line of 0: not known). */
public final class ImportFileException extends RuntimeException {
    private final long line;

    ImportFileException(String detail, long line) {
        super(detail);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
