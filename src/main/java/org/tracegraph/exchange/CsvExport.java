package org.tracegraph.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Two CSV files in a ZIP archive, as spreadsheets and the importer read them: {@code nodes.csv} (id, type,
 * then one column per property) and {@code edges.csv} (id, source, type, target, then the evidence and the
 * other properties). UTF-8, a header row, RFC 4180 quoting; a list's items separated by {@value #LIST_SEPARATOR}.
 */
final class CsvExport implements ExportWriter {
    static final String LIST_SEPARATOR = "|";
    private static final List<String> EDGE_FIRST = List.of("id", "source", "type", "target");
    private static final CsvMapper CSV = (CsvMapper) new CsvMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final ZipOutputStream zip;
    private final ExportHeader header;
    private SequenceWriter rows;
    private boolean edges;

    CsvExport(OutputStream out, ExportHeader header) throws IOException {
        this.header = header;
        zip = new ZipOutputStream(out);
        rows = open("nodes.csv", columns(List.of("id", "type"), header.nodeKeys()));
    }

    private static List<String> columns(List<String> first, List<PropertyKey> keys) {
        var columns = new ArrayList<>(first);
        keys.stream().map(PropertyKey::name).filter(k -> !first.contains(k)).forEach(columns::add);
        return columns;
    }

    private SequenceWriter open(String name, List<String> columns) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        var writer = CSV.writerFor(List.class).with(CsvSchema.emptySchema()).writeValues(zip);
        writer.write(columns);
        return writer;
    }

    @Override
    public void node(ExportNode node) throws IOException {
        var row = new ArrayList<String>();
        row.add(node.id());
        row.add(node.type());
        header.nodeKeys().stream().filter(k -> !k.name().equals("id") && !k.name().equals("type"))
                .forEach(k -> row.add(Values.text(node.properties().get(k.name()), LIST_SEPARATOR)));
        rows.write(row);
    }

    @Override
    public void relationship(ExportRelationship r) throws IOException {
        startEdges();
        var row = new ArrayList<String>();
        row.add(r.id());
        row.add(r.source());
        row.add(r.type());
        row.add(r.target());
        edgeKeys().forEach(k -> row.add(Values.text(r.properties().get(k.name()), LIST_SEPARATOR)));
        rows.write(row);
    }

    private List<PropertyKey> edgeKeys() {
        return header.relationshipKeys().stream().filter(k -> !EDGE_FIRST.contains(k.name())).toList();
    }

    private void startEdges() throws IOException {
        if (!edges) {
            edges = true;
            rows.flush();
            zip.closeEntry();
            rows = open("edges.csv", columns(EDGE_FIRST, edgeKeys()));
        }
    }

    @Override
    public void finish() throws IOException {
        startEdges();
        rows.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }
}
