package org.tracegraph.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.core.SettingsException;
import picocli.CommandLine.Command;

/** {@code serve}, the command run when none is named: the API and the explorer until SIGTERM. */
@Command(name = "serve",
        description = {"Serves the API and the explorer (the default when no command is named).",
                "Reads the settings, starts or connects to Neo4j, and serves until SIGTERM."},
        footer = "Settings come from the environment (PORT, DATA_DIR, NEO4J_URI, EDITOR_TOKEN...)."
                + " Exit code 1 when it cannot start, with one sentence saying why.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private final Console console;

    ServeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try {
            var server = Server.start(Settings.fromEnvironment(console.env()));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tracegraph-shutdown"));
        } catch (SettingsException e) {
            console.err().println("tracegraph: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            LOG.error("Tracegraph could not start", e);
            console.err().println("tracegraph: could not start: " + Main.rootMessage(e));
            return 1;
        }
        // The server's threads answer requests. This one waits, so that main does not return an exit code and end
        // the process: SIGTERM ends it, after the hook above has closed the server.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
