package org.tracegraph.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * What a command reads and writes: the environment its settings come from (as the server's do), and its two
 * streams. {@link Main#main} gives the process's; a test gives its own and runs a command in its process.
 */
record Console(Map<String, String> env, PrintStream out, PrintStream err) {
}
