package org.tracegraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Whole-request throughput from outside the JVM, as a reader's browser or a CDN sees it: Debian's {@code wrk}
 * (apt-get install wrk) at a number of connections for a number of seconds. Absent {@code wrk}, nothing is
 * measured and the benchmark says so.
 */
final class Wrk {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    /** Requests per second, and the requests that did not get a 2xx or 3xx or failed on the socket. */
    record Run(double rps, long failed) {
    }

    /** Whether {@code wrk} runs here; empty if so, else why not. */
    static Optional<String> missing() {
        try {
            var process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("wrk is not installed (Debian: apt-get install wrk): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** {@code wrk} with two threads (the machine's two cores) and {@code connections} on {@code url}. */
    static Run run(String url, int connections, int seconds) throws IOException, InterruptedException {
        var process = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", url))
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk " + url + " failed: " + output);
        }
        return parse(output).orElseThrow(() -> new IllegalStateException("wrk " + url + ": no Requests/sec in " + output));
    }

    /** The figures in wrk's report: its {@code Requests/sec}, and non-2xx/3xx answers plus socket errors as failed. */
    static Optional<Run> parse(String output) {
        var rate = RATE.matcher(output);
        if (!rate.find()) return Optional.empty();
        long failed = 0;
        var non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) failed += Long.parseLong(non2xx.group(1));
        var errors = ERRORS.matcher(output);
        if (errors.find()) {
            for (int i = 1; i <= 4; i++) failed += Long.parseLong(errors.group(i));
        }
        return Optional.of(new Run(Double.parseDouble(rate.group(1)), failed));
    }
}
