package org.tracegraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * {@code java -jar tracegraph.jar [COMMAND]}: every command in one table ({@link #commandLine}), parsed by
 * picocli. With no command it serves ({@link ServeCommand}), so the bare {@code java -jar} starts the server.
 * Bad usage is one sentence naming what was wrong and one usage line, exit code 2; {@code --help} on any
 * command says the rest.
 */
@Command(name = "java -jar tracegraph.jar", scope = ScopeType.INHERIT, // the layout below, for every command
        sortOptions = false, sortSynopsis = false, parameterListHeading = "%n", optionListHeading = "%n",
        descriptionHeading = "%n", commandListHeading = "%nCommands:%n", footerHeading = "%n",
        description = "Tracegraph: a knowledge graph of people, organisations and events, with the evidence for every"
                + " link. With no command, serves the API and the explorer (as 'serve' does).",
        footer = "Settings come from the environment (PORT, DATA_DIR, NEO4J_URI...), for every command.")
public final class Main implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help.")
    boolean help;

    private final Console console;

    private Main(Console console) {
        this.console = console;
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.getenv(), System.out, System.err).execute(args));
    }

    /** The command line with every command, reading settings from {@code env} and writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(Map<String, String> env, PrintStream out, PrintStream err) {
        var console = new Console(env, out, err);
        return new CommandLine(new Main(console))
                .addSubcommand(new ServeCommand(console))
                .addSubcommand(new ImportCommand(console))
                .addSubcommand(new RestoreCommand(console))
                .addSubcommand(new IngestCommand(console))
                .addSubcommand(new VerifyCommand(console))
                .addSubcommand(new GenerateCommand(console))
                .addSubcommand(new BenchCommand())
                .addSubcommand(new IngestBenchCommand())
                .addSubcommand(new LoadCommand())
                // set after the subcommands are added: picocli gives these to the commands it holds at the time
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler(Main::badUsage)
                .setExecutionExceptionHandler(Main::failed);
    }

    @Override
    public Integer call() {
        return new ServeCommand(console).call();
    }

    /** "tracegraph import: Unknown option: '--frobnicate'", then the command's synopsis on one line: exit code 2. */
    private static int badUsage(ParameterException e, String[] args) {
        var command = e.getCommandLine();
        command.getErr().println(prefix(command) + e.getMessage());
        command.getErr().println("usage: " + command.getHelp().synopsis(0).strip().replaceAll("\\s+", " "));
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** What a command did not catch (the benchmark's I/O, say): one line, exit code 1. */
    private static int failed(Exception e, CommandLine command, ParseResult parsed) {
        command.getErr().println(prefix(command) + e);
        return command.getCommandSpec().exitCodeOnExecutionException();
    }

    /** "tracegraph import: ", or "tracegraph: " for the top command: how every command's messages begin. */
    static String prefix(CommandLine command) {
        return command.getParent() == null ? "tracegraph: " : "tracegraph " + command.getCommandName() + ": ";
    }

    /** The innermost cause's message: what went wrong, without the layers it was wrapped in on the way up. */
    static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null) root = root.getCause();
        return String.valueOf(root.getMessage());
    }
}
