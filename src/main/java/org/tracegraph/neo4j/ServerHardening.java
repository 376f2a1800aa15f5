package org.tracegraph.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the Neo4j the app talks to refuses, on its own, what an analyst's query must never do: read a file,
 * reach the network, call a procedure that does either. The embedded server is started that way; a remote one
 * ({@code NEO4J_URI}) is its operator's to configure (docs/neo4j-hardening.md), and at start the app looks and
 * warns, naming each setting that is not as required.
 *
 * <p>It asks the server twice: what it says ({@code SHOW SETTINGS}, {@code SHOW PROCEDURES}; a user without the
 * privilege gets neither, and the check says so) and what it does ({@code LOAD CSV} of a file that does not
 * exist, and of port 1 of the server's own loopback address, each of which it should refuse before it tries).
 * {@code internal.dbms.cypher_ip_blocklist} is not listed by {@code SHOW SETTINGS}: the loopback probe is the
 * only evidence, and it cannot tell a list that blocks every address from one that blocks loopback only.
 */
public final class ServerHardening {
    private static final Logger LOG = LoggerFactory.getLogger(ServerHardening.class);
    static final String FILE_URLS = "dbms.security.allow_csv_import_from_file_urls";
    static final String IMPORT_DIRECTORY = "server.directories.import";
    static final String ALLOWLIST = "dbms.security.procedures.allowlist";
    static final String IP_BLOCKLIST = "internal.dbms.cypher_ip_blocklist";
    static final String FILE_PROBE = "LOAD CSV FROM 'file:///tracegraph-hardening-probe.csv' AS row RETURN count(row) AS n";
    static final String NETWORK_PROBE = "LOAD CSV FROM 'http://127.0.0.1:1/tracegraph-hardening-probe' AS row RETURN count(row) AS n";
    /**
     * Procedures that read files or reach the network (APOC's loaders, importers, exporters, file runners, log
     * readers) or read the server's own configuration and JVM: none may be installed where analysts' queries run.
     */
    static final List<String> REACHING_OUT = List.of("apoc.load.", "apoc.import.", "apoc.export.",
            "apoc.cypher.runfile", "apoc.cypher.runschemafile", "apoc.log.", "apoc.config.", "apoc.systemdb.",
            "dbms.queryjmx", "gds.graph.export");

    private ServerHardening() {
    }

    /**
     * What was seen of the server: its settings by name (empty when it would not say), its procedures (empty
     * likewise), and each probe's error message ({@code null}: the probe was not refused).
     */
    record Observed(Map<String, String> settings, Optional<List<String>> procedures, String fileProbe,
            String networkProbe) {
    }

    /** Logs a warning for each way the server falls short, or that it holds. */
    public static void warnAtStart(Database db) {
        List<String> findings;
        try {
            findings = check(db);
        } catch (RuntimeException e) {
            LOG.warn("Could not check whether Neo4j at {} refuses file and network access to queries: {}", db.uri(),
                    e.getMessage());
            return;
        }
        if (findings.isEmpty()) {
            LOG.info("Neo4j at {} refuses LOAD CSV of files and of the network, and has no procedure that reaches"
                    + " either", db.uri());
        }
        for (var finding : findings) {
            LOG.warn("Neo4j at {}: {} (see docs/neo4j-hardening.md)", db.uri(), finding);
        }
    }

    /** The server's shortcomings, each naming the setting that would mend it. */
    public static List<String> check(Database db) {
        return judge(observe(db));
    }

    static Observed observe(Database db) {
        var settings = new HashMap<String, String>();
        try {
            for (var row : db.read("SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
                    Map.of("names", List.of(FILE_URLS, IMPORT_DIRECTORY, ALLOWLIST)))) {
                settings.put(row.get("name").asString(), row.get("value").isNull() ? "" : row.get("value").asString());
            }
        } catch (Neo4jException e) {
            LOG.info("Neo4j at {} does not show its settings to {} ({}); checking by what it does", db.uri(),
                    db.user(), e.getMessage());
        }
        Optional<List<String>> procedures;
        try {
            procedures = Optional.of(db.read("SHOW PROCEDURES YIELD name RETURN name", Map.of()).stream()
                    .map(r -> r.get("name").asString()).toList());
        } catch (Neo4jException e) {
            procedures = Optional.empty();
        }
        return new Observed(settings, procedures, probe(db, FILE_PROBE), probe(db, NETWORK_PROBE));
    }

    /** The error a probe met, or null when the server ran it. */
    private static String probe(Database db, String query) {
        var config = TransactionConfig.builder().withTimeout(Duration.ofSeconds(5))
                .withMetadata(Map.of("app", "tracegraph", "purpose", "hardening check")).build();
        try (var session = db.readSession()) {
            session.run(query, config).consume();
            return null;
        } catch (Neo4jException e) {
            return String.valueOf(e.getMessage());
        }
    }

    static List<String> judge(Observed seen) {
        var findings = new ArrayList<String>();
        var fileUrls = seen.settings().get(FILE_URLS);
        if ("true".equalsIgnoreCase(fileUrls) || !refused(seen.fileProbe(), FILE_URLS)) {
            var directory = seen.settings().get(IMPORT_DIRECTORY);
            findings.add("LOAD CSV can read files on the Neo4j server" + (directory == null ? ""
                    : " (under " + IMPORT_DIRECTORY + " = " + (directory.isEmpty() ? "the whole file system" : directory) + ")")
                    + ": set " + FILE_URLS + "=false");
        }
        if (!refused(seen.networkProbe(), "cypher_ip_blocklist")) {
            findings.add("LOAD CSV can make the Neo4j server connect to an address a query names (it tried"
                    + " 127.0.0.1:1): set " + IP_BLOCKLIST + "=0.0.0.0/0,::/0, or on Enterprise DENY LOAD ON ALL DATA"
                    + " to the roles of the app's user");
        }
        var allowlist = seen.settings().get(ALLOWLIST);
        if (allowlist != null && allowlist.strip().equals("*")) {
            findings.add(ALLOWLIST + " is *: the procedures of every plugin jar are loaded; list only those the"
                    + " server's users need (for Tracegraph: tracegraph.*)");
        }
        seen.procedures().ifPresent(names -> {
            var reaching = names.stream().filter(ServerHardening::reachesOut).toList();
            if (!reaching.isEmpty()) {
                findings.add("procedures that read files, reach the network or read the server's configuration are"
                        + " installed: " + String.join(", ", reaching) + "; leave them off " + ALLOWLIST
                        + " (or DENY EXECUTE PROCEDURE on Enterprise)");
            }
        });
        return findings;
    }

    /** Whether a probe was refused by the server's settings or privileges, not merely failed to load. */
    private static boolean refused(String error, String setting) {
        if (error == null) return false;
        var message = error.toLowerCase(Locale.ROOT);
        // Community names the setting; Enterprise's LOAD privilege says the load "is not allowed"
        return message.contains(setting.toLowerCase(Locale.ROOT)) || message.contains("is blocked")
                || (message.contains("load") && message.contains("not allowed"));
    }

    static boolean reachesOut(String procedure) {
        var name = procedure.toLowerCase(Locale.ROOT);
        return REACHING_OUT.stream().anyMatch(name::startsWith);
    }
}
