package org.tracegraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar tracegraph.jar generate --entities N [--seed S] [--per-entity R] --out FILE}: writes a
 * {@link SyntheticGraph} as graph JSON, ready for {@code import}.
 */
public final class GenerateCommand {
    private GenerateCommand() {
    }

    /** Returns the exit code: 0 done, 2 bad usage. */
    public static int run(String[] args) {
        int entities = 0;
        long seed = 20120315;
        double perEntity = 5;
        Path out = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--entities" -> entities = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--per-entity" -> perEntity = Double.parseDouble(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (entities < 10 || out == null || perEntity <= 0) throw new IllegalArgumentException("missing --entities (at least 10) or --out");
        } catch (RuntimeException e) {
            System.err.println("tracegraph generate: " + e.getMessage());
            System.err.println("usage: java -jar target/tracegraph.jar generate --entities N [--seed S] [--per-entity R] --out FILE");
            return 2;
        }
        var graph = new SyntheticGraph(entities, perEntity, seed);
        long start = System.nanoTime();
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            graph.write(stream);
        } catch (IOException e) {
            System.err.println("tracegraph generate: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
        System.err.printf("tracegraph generate: %,d entities and %,d relationships (seed %d) in %s, %.1f s%n",
                graph.entities(), graph.relationships(), seed, out, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
