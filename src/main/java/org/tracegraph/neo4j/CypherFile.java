package org.tracegraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Cypher the app runs, read from the {@code cypher/} folder (packed on the class path) so that every
 * query is a file a reader can open and run in any Neo4j tool. Queries take parameters; nothing is built
 * by joining strings.
 */
public final class CypherFile {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherFile() {
    }

    /** The text of {@code cypher/<path>}, e.g. {@code query("app/search.cypher")}. */
    public static String query(String path) {
        return CACHE.computeIfAbsent(path, CypherFile::read);
    }

    /** The statements of a script such as {@code schema.cypher}: split on {@code ;} outside strings and comments. */
    public static List<String> statements(String path) {
        return split(read(path));
    }

    static String read(String path) {
        var resource = "cypher/" + path;
        try (var in = CypherFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing " + resource + " on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a script: split on {@code ;} outside strings and comments. */
    public static List<String> split(String script) {
        var statements = new ArrayList<String>();
        var current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && i + 1 < script.length()) {
                    current.append(script.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '/' && i + 1 < script.length() && script.charAt(i + 1) == '/') {
                while (i < script.length() && script.charAt(i) != '\n') i++;
                current.append('\n');
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                current.append(c);
            } else if (c == ';') {
                addIfNotBlank(statements, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addIfNotBlank(statements, current);
        return statements;
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
        var text = statement.toString().strip();
        if (!text.isEmpty()) statements.add(text);
    }
}
