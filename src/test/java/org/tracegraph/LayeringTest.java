package org.tracegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture, read from the code (docs/architecture.md says why): the core imports nothing of Tracegraph
 * and nothing of Javalin; the Neo4j layer imports only the core; only the HTTP package, the app's wiring (the
 * root package) and controllers know Javalin; the MCP SDK is the mcp package's alone, and only the wiring uses
 * that package; and the packages form no cycle. Each class's references are its
 * {@code import} lines and any fully qualified name in its code, comments left out.
 */
class LayeringTest {
    private static final String ROOT = "org.tracegraph";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;");
    /** A qualified name in code: a lower-case package path ending in a type's capital. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:[a-z][a-z0-9_]*\\.)+)[A-Z]");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    /** One main class: its package and the packages (and classes) it refers to. */
    record Source(String name, String pkg, Set<String> references) {
        boolean isController() {
            return name.endsWith("Controller");
        }
    }

    private static List<Source> sources;

    @BeforeAll
    static void read() throws IOException {
        sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.add(parse(p)));
        }
    }

    private static Source parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var matcher = PACKAGE.matcher(text);
        var pkg = matcher.find() ? matcher.group(1) : "";
        var references = new TreeSet<String>();
        var imports = IMPORT.matcher(text);
        while (imports.find()) references.add(imports.group(1));
        var code = STRINGS.matcher(COMMENTS.matcher(text).replaceAll(" ")).replaceAll("\"\"");
        code = IMPORT.matcher(PACKAGE.matcher(code).replaceAll("")).replaceAll("");
        var qualified = QUALIFIED.matcher(code);
        while (qualified.find()) references.add(qualified.group(1) + "X");
        var name = file.getFileName().toString().replace(".java", "");
        return new Source(name, pkg, references);
    }

    /** The package a reference names: for org.tracegraph.core.Problem.X, org.tracegraph.http. */
    private static String packageOf(String reference) {
        var parts = reference.split("\\.");
        var pkg = new StringBuilder();
        for (var part : parts) {
            if (part.isEmpty() || Character.isUpperCase(part.charAt(0))) break;
            if (pkg.length() > 0) pkg.append('.');
            pkg.append(part);
        }
        return pkg.toString();
    }

    private static Map<String, Set<String>> violations(java.util.function.Predicate<Source> applies,
            java.util.function.BiPredicate<Source, String> forbidden) {
        var found = new TreeMap<String, Set<String>>();
        for (var source : sources) {
            if (!applies.test(source)) continue;
            for (var reference : source.references()) {
                if (forbidden.test(source, packageOf(reference))) {
                    found.computeIfAbsent(source.pkg() + "." + source.name(), k -> new TreeSet<>()).add(reference);
                }
            }
        }
        return found;
    }

    @Test
    void the_core_imports_nothing_of_tracegraph_and_nothing_of_javalin() {
        var core = ROOT + ".core";
        assertEquals(Map.of(), violations(s -> s.pkg().startsWith(core), (s, pkg) ->
                pkg.startsWith("io.javalin") || pkg.startsWith(ROOT) && !pkg.startsWith(core)));
    }

    @Test
    void the_neo4j_layer_imports_only_the_core() {
        var neo4j = ROOT + ".neo4j";
        assertEquals(Map.of(), violations(s -> s.pkg().startsWith(neo4j), (s, pkg) ->
                pkg.startsWith("io.javalin") || pkg.startsWith(ROOT) && !pkg.startsWith(neo4j)
                        && !pkg.startsWith(ROOT + ".core")));
    }

    @Test
    void only_the_http_package_the_wiring_and_controllers_know_javalin() {
        assertEquals(Map.of(), violations(
                s -> !s.pkg().equals(ROOT) && !s.pkg().startsWith(ROOT + ".http") && !s.isController(),
                (s, pkg) -> pkg.startsWith("io.javalin")));
    }

    @Test
    void only_the_mcp_package_knows_the_mcp_sdk_and_only_the_wiring_knows_the_mcp_package() {
        var mcp = ROOT + ".mcp";
        assertEquals(Map.of(), violations(s -> !s.pkg().startsWith(mcp),
                (s, pkg) -> pkg.startsWith("io.modelcontextprotocol")
                        || pkg.startsWith(mcp) && !s.pkg().equals(ROOT)));
    }

    @Test
    void the_packages_form_no_cycle() {
        var graph = new TreeMap<String, Set<String>>();
        for (var source : sources) {
            var edges = graph.computeIfAbsent(source.pkg(), k -> new TreeSet<>());
            for (var reference : source.references()) {
                var pkg = packageOf(reference);
                if (pkg.startsWith(ROOT) && !pkg.equals(source.pkg())) edges.add(pkg);
            }
        }
        assertEquals(List.of(), cycles(graph), "packages that depend on each other, in a circle");
    }

    /** Tarjan's strongly connected components of more than one package. */
    private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        var index = new HashMap<String, Integer>();
        var low = new HashMap<String, Integer>();
        var stack = new ArrayDeque<String>();
        var found = new ArrayList<Set<String>>();
        for (var node : graph.keySet()) {
            if (!index.containsKey(node)) connect(node, graph, index, low, stack, found);
        }
        return found;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, List<Set<String>> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (var next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            var component = new TreeSet<String>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) found.add(component);
        }
    }
}
