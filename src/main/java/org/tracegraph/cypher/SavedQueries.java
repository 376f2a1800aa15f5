package org.tracegraph.cypher;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tracegraph.json.Json;
import org.tracegraph.neo4j.CypherFile;

/** The saved queries shipped in {@code cypher/queries/}, read once from their files' headers. */
public final class SavedQueries {
    static final String FOLDER = "cypher/queries";
    private static final Pattern HEADER = Pattern.compile("^//\\s*(title|description|param)\\s*([\\w]*)\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "(\\w+)(?:\\s+(-?\\d+)\\.\\.(-?\\d+))?(?:\\s*=\\s*(.+?))?\\s*--\\s*(.+)");
    static final List<String> TYPES = List.of("string", "id", "integer", "float", "boolean", "date", "status");

    private final Map<String, SavedQuery> byName;

    private SavedQueries(Map<String, SavedQuery> byName) {
        this.byName = byName;
    }

    public static SavedQueries load() {
        var queries = new LinkedHashMap<String, SavedQuery>();
        for (var file : files()) {
            var name = file.replaceAll("\\.cypher$", "");
            queries.put(name, parse(name, CypherFile.query("queries/" + file)));
        }
        return new SavedQueries(Collections.unmodifiableMap(queries));
    }

    public List<SavedQuery> all() {
        return List.copyOf(byName.values());
    }

    public Optional<SavedQuery> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    static SavedQuery parse(String name, String text) {
        String title = null;
        var description = new StringBuilder();
        var parameters = new ArrayList<SavedQuery.Parameter>();
        for (var line : text.lines().toList()) {
            if (!line.startsWith("//")) break;
            var header = HEADER.matcher(line.strip());
            if (!header.matches()) continue;
            switch (header.group(1)) {
                case "title" -> title = header.group(3).strip();
                case "description" -> description.append(description.isEmpty() ? "" : " ").append(header.group(3).strip());
                default -> parameters.add(parameter(name, header.group(2), header.group(3)));
            }
        }
        if (title == null) throw new IllegalStateException(FOLDER + "/" + name + ".cypher has no '// title:' line");
        return new SavedQuery(name, title, description.toString(), parameters, text);
    }

    private static SavedQuery.Parameter parameter(String query, String name, String spec) {
        var m = PARAM.matcher(spec.strip());
        if (name.isEmpty() || !m.matches() || !TYPES.contains(m.group(1))) {
            throw new IllegalStateException(FOLDER + "/" + query + ".cypher: cannot read parameter line '" + name
                    + ": " + spec + "'; write '// param name: type [min..max] [= default] -- description'");
        }
        Object fallback = null;
        if (m.group(4) != null) {
            try {
                fallback = Json.objectMapper().readValue(m.group(4).strip().replace('\'', '"'), Object.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(FOLDER + "/" + query + ".cypher: default of " + name + " is not a value", e);
            }
        }
        return new SavedQuery.Parameter(name, m.group(1), m.group(2) == null ? null : Long.valueOf(m.group(2)),
                m.group(3) == null ? null : Long.valueOf(m.group(3)), fallback, fallback == null, m.group(5).strip());
    }

    /** The .cypher files of the folder, from the class path: a directory in development, the jar when packed. */
    private static List<String> files() {
        var url = SavedQueries.class.getClassLoader().getResource(FOLDER);
        if (url == null) return List.of();
        try {
            var uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return names(jar.getPath(FOLDER));
                } catch (FileSystemAlreadyExistsException e) {
                    // another part of the process has the jar open as a file system: read through it, leave it open
                    return names(FileSystems.getFileSystem(uri).getPath(FOLDER));
                }
            }
            return names(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher")).sorted().toList();
        }
    }
}
