package org.tracegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's {@code --help} and bad usage, parsed in this process: nothing starts, nothing is read. */
class CommandLineTest {
    private record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** What each command requires, so that the bad option is the only thing wrong (no file is read: it fails first). */
    private static final Map<String, List<String>> REQUIRED = Map.of("import", List.of("graph.json"),
            "restore", List.of("backup.json"), "ingest", List.of("documents"), "generate", List.of("--entities", "10", "--out", "graph.json"));

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        // no settings at all: a command that got as far as reading them would fail with exit code 1 or 2 and say so
        int exit = Main.commandLine(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "import", "restore", "ingest", "generate", "bench", "bench-ingest", "load"})
    void every_command_explains_itself_with_help_and_exit_code_0(String command) {
        var help = run(command, "--help");
        assertEquals(0, help.exit(), help::toString);
        assertTrue(help.out().startsWith("Usage: java -jar tracegraph.jar " + command), help.out());
        assertTrue(help.out().contains("-h, --help"), help.out());
        assertEquals("", help.err());
        assertEquals(help.out(), run(command, "-h").out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "import", "restore", "ingest", "generate", "bench", "bench-ingest", "load"})
    void a_bad_option_is_one_line_naming_it_then_the_usage_and_exit_code_2(String command) {
        var line = new ArrayList<>(List.of(command, "--frobnicate"));
        line.addAll(REQUIRED.getOrDefault(command, List.of()));
        var bad = run(line.toArray(String[]::new));
        assertEquals(2, bad.exit(), bad::toString);
        assertEquals(2, bad.errLines().size(), bad::toString);
        assertEquals("tracegraph " + command + ": Unknown option: '--frobnicate'", bad.errLines().get(0));
        assertTrue(bad.errLines().get(1).startsWith("usage: java -jar tracegraph.jar " + command + " [-h]"), bad.err());
        assertEquals("", bad.out());
    }

    @Test
    void the_command_list_names_every_command_and_serving_is_the_default() {
        var help = run("--help");
        assertEquals(0, help.exit(), help::toString);
        for (var command : List.of("serve", "import", "restore", "ingest", "generate", "bench", "bench-ingest", "load")) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " in " + help.out());
        }
        assertTrue(help.out().contains("With no command, serves"), help.out());
    }

    @Test
    void an_unknown_command_or_option_before_any_command_does_not_start_a_server() {
        var option = run("--frobnicate");
        assertEquals(2, option.exit(), option::toString);
        assertEquals(List.of("tracegraph: Unknown option: '--frobnicate'", "usage: java -jar tracegraph.jar [-h] [COMMAND]"),
                option.errLines());
        var command = run("improt", "graph.json");
        assertEquals(2, command.exit(), command::toString);
        assertTrue(command.errLines().get(0).startsWith("tracegraph: Unmatched argument"), command.err());
    }

    @Test
    void values_are_checked_before_any_work_with_the_option_named() {
        var format = run("import", "--format", "xml", "graph.json");
        assertEquals(2, format.exit(), format::toString);
        assertTrue(format.errLines().get(0).contains("'--format'") && format.err().contains("json, csv, ftm"), format.err());

        var missing = run("generate", "--entities", "1000");
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.errLines().get(0).contains("'--out=FILE'"), missing.err());
        var few = run("generate", "--entities", "5", "--out", "never-written.json");
        assertEquals(List.of("tracegraph generate: --entities must be from 10 to 2147483647",
                "usage: java -jar tracegraph.jar generate [-h] --entities=N [--seed=S] [--per-entity=R] --out=FILE"),
                few.errLines());

        var folder = run("ingest", "no-such-folder");
        assertEquals(List.of("tracegraph ingest: cannot read the folder no-such-folder",
                "usage: java -jar tracegraph.jar ingest [-h] [--editor=NAME] DIR"), folder.errLines());
        assertEquals(2, run("ingest").exit());

        assertEquals(2, run("bench", "--load", "fast").exit());
        assertEquals(2, run("bench", "--entities", "99").exit());
        var entities = run("bench-ingest", "--entities", "5");
        assertEquals(2, entities.exit(), entities::toString);
        assertEquals("tracegraph bench-ingest: --entities must be from 10 to 10,000,000", entities.errLines().get(0));
        assertEquals(2, run("bench-ingest", "--text-mb", "0").exit());
        assertEquals(2, run("bench-ingest", "--documents", "0").exit());
        var connections = run("load", "--connections", "many");
        assertEquals(2, connections.exit(), connections::toString);
        assertTrue(connections.errLines().get(0).contains("'--connections'"), connections.err());
        assertEquals(2, run("load", "--seconds", "601").exit());
        assertEquals(2, run("load", "--requests", "0").exit());
    }

    @Test
    void large_counts_may_be_written_with_underscores_or_commas() {
        assertEquals(1_000_000L, new Count().convert("1_000_000"));
        assertEquals(1_000_000L, new Count().convert("1,000,000"));
    }
}
