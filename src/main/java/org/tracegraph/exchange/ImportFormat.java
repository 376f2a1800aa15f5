package org.tracegraph.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of {@code POST /api/import?format=} and of the {@code import} command. */
public enum ImportFormat {
    JSON("json"),
    CSV("csv"),
    FTM("ftm");

    private final String name;

    ImportFormat(String name) {
        this.name = name;
    }

    public static Optional<ImportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.name).toList());
    }

    /** The format a file's name suggests: .json, .csv or .zip, .ftm.json/.jsonl/.ndjson. */
    public static Optional<ImportFormat> guess(String fileName) {
        var name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".ftm.json") || name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".ftm")) {
            return Optional.of(FTM);
        }
        if (name.endsWith(".json")) return Optional.of(JSON);
        if (name.endsWith(".zip") || name.endsWith(".csv")) return Optional.of(CSV);
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }
}
