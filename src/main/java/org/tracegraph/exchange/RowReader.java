package org.tracegraph.exchange;

import java.io.IOException;

/**
 * The rows of an import file of one kind, read as a stream: a reader holds one row at a time. The importer reads
 * a file twice, its entities first and then its relationships, so that a relationship may come before the
 * entities it joins. A file that cannot be read at all (bad JSON, a broken ZIP) is an {@link ImportFileException}.
 */
interface RowReader extends AutoCloseable {
    /** A file, or a part of one, with no rows of the kind asked for. */
    RowReader EMPTY = new RowReader() {
        @Override
        public ImportRow next() {
            return null;
        }

        @Override
        public void close() {
        }
    };

    /** The next row of the kind asked for, or null at the end of the file. */
    ImportRow next() throws IOException;

    @Override
    void close() throws IOException;
}
