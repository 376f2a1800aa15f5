package org.tracegraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tracegraph.bench.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench-ingest}: the figures of documents in ({@link IngestBenchmark}). */
@Command(name = "bench-ingest",
        description = {"Measures documents in: the mention finder, the duplicates' precision, ingestion.",
                "The mention finder's MB of text a second and its heap against the names of N synthetic entities; the"
                + " duplicates' precision at 10 on a hand-labelled set of names in Latin, Azerbaijani and Cyrillic"
                + " spellings; and a generated folder of documents in mixed formats (text, HTML, EML, DOCX, ODT, PDF)"
                + " ingested as the ingest command ingests it, in a fresh embedded database: documents and MB of text"
                + " a second. Prints the figures and writes JSON. For the target, run with -Xmx1g --entities 1000000."},
        footer = "Exit codes: 0 measured, 1 a failure on the way (said in one line), 2 bad usage.")
final class IngestBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--entities", paramLabel = "N", defaultValue = "100000", converter = Count.class,
            description = "how many entities the mention finder holds, 10 to 10,000,000 (default: ${DEFAULT-VALUE})")
    long entities;

    @Option(names = "--documents", paramLabel = "D", defaultValue = "100",
            description = "how many documents to ingest, 1 to 10,000 (default: ${DEFAULT-VALUE})")
    int documents;

    @Option(names = "--text-mb", paramLabel = "MB", defaultValue = "2",
            description = "the text of all the documents, in MB, more than 0 and at most 100 (default: ${DEFAULT-VALUE})")
    double textMb;

    @Option(names = "--seconds", paramLabel = "T", defaultValue = "5",
            description = "how long the mention finder reads (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20120315", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench-ingest.json",
            description = "where to write the JSON report (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (entities < 10 || entities > 10_000_000) throw bad("--entities must be from 10 to 10,000,000");
        if (documents < 1 || documents > 10_000) throw bad("--documents must be from 1 to 10,000");
        if (!(textMb > 0 && textMb <= 100)) throw bad("--text-mb must be more than 0 and at most 100");
        if (!(seconds > 0 && seconds <= 600)) throw bad("--seconds must be more than 0 and at most 600");
        IngestBenchmark.run(new IngestBenchmark.Options((int) entities, documents, Math.round(textMb * 1e6), seconds,
                seed, out));
        return 0;
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
