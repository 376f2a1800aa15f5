package org.tracegraph.exchange;

/**
 * How to import a file.
 *
 * @param part        CSV only: "nodes" or "edges" for a single CSV file; null for the ZIP the export makes
 * @param source      FtM only: the id of the Source that FtM links without Tracegraph sources cite; null for a
 *                    Source made for the file
 * @param fileName    the file's name, as the history of changes and an FtM import's own Source name it
 */
public record ImportOptions(ImportFormat format, boolean dryRun, boolean skipInvalid, String part, String source,
                            String fileName) {
}
