package org.tracegraph.cli;

import java.util.HashMap;
import java.util.concurrent.Callable;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.integrity.IntegrityService;
import org.tracegraph.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verify}: the report of {@code GET /api/integrity}, against the graph the server's settings name. */
@Command(name = "verify",
        description = {"Checks every relationship's evidence, as GET /api/integrity does.",
                "Against the graph the server's settings name (DATA_DIR, or NEO4J_URI...): lists every relationship"
                + " whose quote is in none of its sources' held texts, every source id that names no Source, every"
                + " claimant that is no entity, with a count per kind: the report as JSON on stdout, a summary line on"
                + " stderr. The embedded store has one user: stop the server first. An empty graph is not seeded."},
        footer = "Exit codes: 0 nothing found, 1 problems found (in the report), 2 bad usage, 3 a graph it could not"
                + " read (DATA_DIR held by a running server, say).")
final class VerifyCommand implements Callable<Integer> {
    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "list at most N of each kind; the counts are complete (default: ${DEFAULT-VALUE})")
    int limit;

    private final Console console;

    VerifyCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        var err = console.err();
        var env = new HashMap<>(console.env());
        env.put("BOLT_PORT", "0"); // it serves no one
        try (var graph = Server.connect(Settings.fromEnvironment(env), false)) {
            var report = new IntegrityService(graph.database()).report(Math.max(0, limit));
            console.out().println(Json.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            var counts = report.counts();
            err.printf("tracegraph verify: %,d relationships checked: %,d quotes not in their sources' held texts,"
                            + " %,d missing sources, %,d unknown claimants%n", report.relationshipsChecked(),
                    counts.unverifiedQuotes(), counts.missingSources(), counts.unknownClaimants());
            return report.ok() ? 0 : 1;
        } catch (RuntimeException e) {
            err.println("tracegraph verify: " + Main.rootMessage(e));
            return 3;
        }
    }
}
