package org.tracegraph.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of {@code GET /api/export?format=}: what each is called, sent as, and saved as. */
public enum ExportFormat {
    JSON("json", "application/json", "json", false, JsonExport::new),
    GRAPHML("graphml", "application/graphml+xml", "graphml", true, GraphmlExport::new),
    GEXF("gexf", "application/gexf+xml", "gexf", true, GexfExport::new),
    CYTOSCAPE("cytoscape", "application/json", "cyjs", false, CytoscapeExport::new),
    CSV("csv", "application/zip", "csv.zip", true, CsvExport::new),
    FTM("ftm", "application/x-ndjson", "ftm.json", false, FtmExport::new),
    CYPHER("cypher", "text/plain; charset=utf-8", "cypher", false, CypherExport::new);

    private final String name;
    private final String contentType;
    private final String extension;
    private final boolean needsKeys;
    private final Factory factory;

    ExportFormat(String name, String contentType, String extension, boolean needsKeys, Factory factory) {
        this.name = name;
        this.contentType = contentType;
        this.extension = extension;
        this.needsKeys = needsKeys;
        this.factory = factory;
    }

    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.name).toList());
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Whether the writer declares its columns first, so the property keys must be read before the rows. */
    boolean needsKeys() {
        return needsKeys;
    }

    ExportWriter writer(OutputStream out, ExportHeader header) throws IOException {
        return factory.create(out, header);
    }

    @FunctionalInterface
    private interface Factory {
        ExportWriter create(OutputStream out, ExportHeader header) throws IOException;
    }
}
