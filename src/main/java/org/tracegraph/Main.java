package org.tracegraph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracegraph.config.Settings;
import org.tracegraph.config.SettingsException;

/**
 * Reads the settings, starts or connects to Neo4j, serves the API and the explorer until SIGTERM; or, with
 * {@code import FILE ...}, imports a file into the same graph, or with {@code restore FILE} a backup into an
 * empty one ({@link ImportCommand}); {@code generate},
 * {@code bench} and {@code load} are the measuring tools of {@code org.tracegraph.bench}.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(org.tracegraph.bench.GenerateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("bench")) {
            try {
                System.exit(org.tracegraph.bench.BenchCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
            } catch (Exception e) {
                System.err.println("tracegraph bench: " + e);
                System.exit(1);
            }
        }
        if (args.length > 0 && args[0].equals("load")) {
            try {
                System.exit(org.tracegraph.bench.LoadCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
            } catch (Exception e) {
                System.err.println("tracegraph load: " + e);
                System.exit(1);
            }
        }
        if (args.length > 0 && args[0].equals("restore")) {
            System.exit(ImportCommand.restore(java.util.List.of(args).subList(1, args.length), System.getenv(),
                    System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(java.util.List.of(args).subList(1, args.length), System.getenv(),
                    System.out, System.err));
        }
        try {
            var settings = Settings.fromEnvironment(System.getenv());
            var server = Server.start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tracegraph-shutdown"));
        } catch (SettingsException e) {
            System.err.println("tracegraph: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            LOG.error("Tracegraph could not start", e);
            System.err.println("tracegraph: could not start: " + Server.rootMessage(e));
            System.exit(1);
        }
    }
}
