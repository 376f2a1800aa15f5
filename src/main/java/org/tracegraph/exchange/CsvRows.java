package org.tracegraph.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.tracegraph.json.Json;

/**
 * CSV as the CSV export writes it: a ZIP of {@code nodes.csv} and {@code edges.csv}, or one of them alone
 * ({@code part}). A header row names the columns; each other row is one entity (id, type, name, ...) or one
 * relationship (id, source, type, target, status, sourceIds, quote, ...). An empty cell is no value; the items
 * of a list column ({@value #LISTS}) are separated by {@value CsvExport#LIST_SEPARATOR}; {@code dateApprox} is
 * true or false. {@code line} is the line of the row in its CSV file (the header is line 1).
 */
final class CsvRows implements RowReader {
    static final Set<String> LISTS = Set.of("aliases", "sourceIds");
    private static final Set<String> BOOLEANS = Set.of("dateApprox");
    private static final Pattern SEPARATOR = Pattern.compile(Pattern.quote(CsvExport.LIST_SEPARATOR));
    private static final CsvMapper CSV = new CsvMapper();
    private final ImportRow.Kind kind;
    private final String part;
    private final MappingIterator<List<String>> rows;
    private final List<String> header;

    /** The rows of {@code kind} in {@code in}: a ZIP, or with {@code singlePart} ("nodes", "edges") one CSV. */
    static RowReader open(InputStream in, String singlePart, ImportRow.Kind kind) throws IOException {
        return open(in, singlePart, kind, ImportLimits.NONE);
    }

    /** As {@link #open(InputStream, String, ImportRow.Kind)}, reading no more of a ZIP than {@code limits} allow. */
    static RowReader open(InputStream in, String singlePart, ImportRow.Kind kind, ImportLimits limits)
            throws IOException {
        var wanted = kind == ImportRow.Kind.ENTITY ? "nodes" : "edges";
        if (singlePart != null) {
            return singlePart.equals(wanted) ? new CsvRows(in, kind, wanted) : RowReader.EMPTY;
        }
        var zip = new ZipInputStream(in);
        // every entry read, the wanted one and those skipped on the way, counts towards the inflated limit
        var inflated = limits.inflated();
        boolean any = false;
        try {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                any = true;
                if (entry.getSize() > limits.maxInflatedBytes()) throw limits.inflatesTooMuch();
                var name = entry.getName().replaceAll(".*/", "").toLowerCase(Locale.ROOT);
                if (name.equals(wanted + ".csv")) return new CsvRows(inflated.entry(zip), kind, wanted);
                inflated.drain(zip);
            }
        } catch (ZipException e) {
            throw new ImportFileException("The file is not a readable ZIP: " + e.getMessage(), 0);
        }
        if (!any) {
            throw new ImportFileException("The file is not the ZIP of nodes.csv and edges.csv the CSV export makes;"
                    + " to import one CSV file, say which with part=nodes or part=edges", 0);
        }
        zip.close();
        return RowReader.EMPTY;
    }

    private CsvRows(InputStream in, ImportRow.Kind kind, String part) throws IOException {
        this.kind = kind;
        this.part = part;
        try {
            rows = CSV.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in);
            if (!rows.hasNextValue()) throw new ImportFileException(part + ".csv is empty: it needs a header row", 1);
            header = rows.nextValue().stream().map(c -> c.replace("\uFEFF", "").strip()).toList();
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
        var required = kind == ImportRow.Kind.ENTITY ? List.of("id", "type") : List.of("source", "type", "target");
        for (var column : required) {
            if (!header.contains(column)) {
                throw new ImportFileException(part + ".csv has no " + column + " column; its header is "
                        + String.join(",", header), 1);
            }
        }
    }

    private ImportFileException unreadable(JsonProcessingException e) {
        ImportLimits.rethrowPassed(e);
        return new ImportFileException(part + ".csv cannot be read as CSV: " + Json.problemIn(e),
                e.getLocation() == null ? 0 : e.getLocation().getLineNr());
    }

    @Override
    public ImportRow next() throws IOException {
        try {
            if (!rows.hasNextValue()) return null;
            long line = rows.getCurrentLocation().getLineNr(); // the previous row ended with its line break
            var cells = rows.nextValue();
            var body = Json.objectMapper().createObjectNode();
            if (cells.size() > header.size()) {
                return ImportRow.invalid(kind, part, line, null, cells.isEmpty() ? null : cells.get(0), null,
                        "The row has " + cells.size() + " cells; the header names " + header.size() + " columns");
            }
            for (int i = 0; i < cells.size(); i++) set(body, header.get(i), cells.get(i));
            return ImportRow.of(kind, part, line, null, kind == ImportRow.Kind.ENTITY ? JsonRows.node(body) : JsonRows.edge(body));
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    private static void set(ObjectNode body, String column, String cell) {
        if (cell == null || cell.isEmpty() || column.isEmpty()) return;
        if (LISTS.contains(column)) {
            var items = body.putArray(column);
            for (var item : SEPARATOR.split(cell)) if (!item.isBlank()) items.add(item.strip());
        } else if (BOOLEANS.contains(column) && (cell.equals("true") || cell.equals("false"))) {
            body.put(column, Boolean.parseBoolean(cell));
        } else {
            body.put(column, cell);
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
