package org.tracegraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.support.Browser;
import org.tracegraph.support.TestServer;

/**
 * How fast the explorer draws big graphs, in headless Chromium: not a JUnit test (timings on a shared machine
 * make flaky assertions), a program that prints a table. Run it from the project directory:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.tracegraph.explorer.ExplorerBenchmark [500 2000 5000]
 * </pre>
 *
 * <p>It starts a Tracegraph of its own (embedded Neo4j in a temporary DATA_DIR, free ports), opens the explorer
 * and, for each size, puts a synthetic graph of that many elements (nodes + edges, graph JSON as the API gives
 * it, types and statuses mixed like the seed graph, the same graph every run) on {@code window.cy} with
 * {@code cy.add}, then measures:
 * <ul>
 *   <li>first render: from {@code cy.add} to the first frame Cytoscape draws;</li>
 *   <li>layout: from starting the layout to its {@code layoutstop}; "settled" is from {@code cy.add} to the
 *       first frame drawn after it;</li>
 *   <li>pan: one second of programmatic panning, one step per animation frame: frames per second, frames
 *       Cytoscape drew, and the longest frame; drag: the same while the mouse drags the canvas, as a reader
 *       pans.</li>
 * </ul>
 * Two layouts per size: the explorer's own fcose settings ({@code runLayout} of web/explorer/layouts.js, which
 * switches to fcose's draft quality for big graphs), and fcose at its default quality, for comparison. If the
 * page has no {@code window.cy}, a bare Cytoscape with fcose from the WebJars stands in, and the table says so.
 * Target: 2,000 elements settled in under 2 s. The program ends by itself (a watchdog stops it after 10 min).
 */
public final class ExplorerBenchmark {
    private static final List<Integer> SIZES = List.of(500, 2_000, 5_000);
    private static final Duration WATCHDOG = Duration.ofMinutes(10);

    private ExplorerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        var sizes = args.length == 0 ? SIZES : Stream.of(args).map(Integer::parseInt).toList();
        startWatchdog();
        var dataDir = Files.createTempDirectory("tracegraph-benchmark-");
        int status = 0;
        try (var server = Server.start(Settings.fromEnvironment(TestServer.environment(dataDir)));
             var browser = Browser.start("http://localhost:" + server.port())) {
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
            var rows = new ArrayList<Map<String, Object>>();
            for (int size : sizes) {
                for (var layout : List.of("explorer", "fcose-default")) {
                    rows.add(measure(browser, size, layout));
                }
            }
            print(rows);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            Browser.deleteTree(dataDir);
        }
        // Neo4j and the HTTP client leave non-daemon threads behind for a while; the numbers are out.
        System.exit(status);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(Browser browser, int size, String layout) {
        browser.driver().get(browser.base() + "/");
        var page = preparePage(browser);
        var result = (Map<String, Object>) browser.jsAsync(MEASURE, size, layout);
        result.put("page", page);
        result.put("size", size);
        if (result.containsKey("error")) {
            throw new IllegalStateException("measuring " + size + " with " + layout + ": " + result.get("error"));
        }
        result.putAll(drag(browser));
        var errors = browser.consoleErrors();
        if (!errors.isEmpty()) result.put("consoleErrors", errors);
        browser.clearConsole();
        // each row as it comes: a run stopped later (the watchdog, a timeout at 5,000) still has its figures
        System.err.printf(Locale.ROOT, "measured %,d elements, %s layout: first render %.0f ms, settled %.0f ms,"
                + " pan %.1f fps, drag %.1f fps%n", size, layout, number(result, "firstRender"), number(result, "settled"),
                number(result, "fps"), number(result, "dragFps"));
        return result;
    }

    /**
     * Pans as a person does, by dragging the canvas's background with the mouse for about a second, and
     * counts the frames the page drew meanwhile. Unlike programmatic panning this lets Cytoscape move a
     * snapshot of the canvas while the view moves ({@code textureOnViewport}), which is what a reader sees.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> drag(Browser browser) {
        browser.js("""
                window.__drag = {frames: 0, longest: 0, last: performance.now(), on: true, start: performance.now(),
                                 pan: {...window.cy.pan()}};
                const tick = now => {
                  const d = window.__drag;
                  if (!d.on) return;
                  d.frames++; d.longest = Math.max(d.longest, now - d.last); d.last = now;
                  requestAnimationFrame(tick);
                };
                requestAnimationFrame(tick);""");
        var canvas = browser.find("#cy");
        // a point of the canvas's background: no node there, and no panel drawn over it
        var spot = (List<Number>) browser.js("""
                // the graph was put on window.cy behind the explorer's back: its "nothing here yet" notice stays up
                document.getElementById('empty-state')?.setAttribute('hidden', '');
                const cy = window.cy, box = cy.container().getBoundingClientRect();
                // zoomed out to half, the graph leaves the canvas's edges free of nodes and links alike
                cy.zoom({level: cy.zoom() / 2, renderedPosition: {x: box.width / 2, y: box.height / 2}});
                for (let y = box.height - 8; y > 8; y -= 16) {
                  for (let x = 8; x < box.width - 8; x += 16) {
                    const hit = document.elementFromPoint(box.left + x, box.top + y);
                    if (!hit || !cy.container().contains(hit) || hit.tagName !== 'CANVAS') continue;
                    const onNode = cy.nodes().some(n => {
                      const b = n.renderedBoundingBox({includeLabels: false, includeOverlays: false});
                      return x > b.x1 - 4 && x < b.x2 + 4 && y > b.y1 - 4 && y < b.y2 + 4;
                    });
                    if (!onNode) return [x - box.width / 2, y - box.height / 2];
                  }
                }
                return null;""");
        if (spot == null) throw new IllegalStateException("no free spot on the canvas to drag from");
        var actions = new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(canvas, spot.get(0).intValue(), spot.get(1).intValue()).clickAndHold();
        for (int i = 0; i < 40; i++) {
            actions.moveByOffset(i < 20 ? 4 : -4, i % 2 == 0 ? 2 : -2).pause(Duration.ofMillis(25));
        }
        actions.release().perform();
        var drag = (Map<String, Object>) browser.js("""
                const d = window.__drag; d.on = false;
                const seconds = (performance.now() - d.start) / 1000;
                const moved = Math.hypot(window.cy.pan().x - d.pan.x, window.cy.pan().y - d.pan.y);
                return {dragFps: d.frames / seconds, dragLongestFrame: d.longest, dragMoved: moved};""");
        if (((Number) drag.get("dragMoved")).doubleValue() < 1) {
            throw new IllegalStateException("the drag did not pan the canvas: the figures would mean nothing");
        }
        return drag;
    }

    /** Waits for the explorer to be idle; without a {@code window.cy}, sets up a bare Cytoscape instead. */
    private static String preparePage(Browser browser) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var state = browser.js("return [!!window.cy, document.documentElement.dataset.busy ?? null,"
                    + " document.readyState]");
            var list = (List<?>) state;
            if (Boolean.TRUE.equals(list.get(0)) && "false".equals(list.get(1))) return "explorer";
            if (list.get(1) == null && "complete".equals(list.get(2))
                    && System.nanoTime() > deadline - Duration.ofSeconds(15).toNanos()) {
                break; // no explorer on this page after 5 s
            }
            sleep(100);
        }
        var error = browser.jsAsync(BARE_CYTOSCAPE);
        if (error != null) throw new IllegalStateException("no explorer and no bare Cytoscape: " + error);
        return "bare cytoscape";
    }

    private static void print(List<Map<String, Object>> rows) {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%-9s %-6s %-5s %-14s %-15s %12s %11s %12s %8s %8s %10s %9s %10s%n",
                "elements", "nodes", "edges", "page", "layout", "1st render", "layout", "settled", "pan fps",
                "drawn", "max frame", "drag fps", "max frame"));
        for (var row : rows) {
            out.append(String.format(Locale.ROOT, "%-9s %-6s %-5s %-14s %-15s %9.0f ms %8.0f ms %9.0f ms %8.1f %8s %7.0f ms %9.1f %7.0f ms%n",
                    String.format(Locale.ROOT, "%,d", ((Number) row.get("size")).intValue()), row.get("nodes"),
                    row.get("edges"), row.get("page"), row.get("layoutName"), number(row, "firstRender"),
                    number(row, "layout"), number(row, "settled"), number(row, "fps"), row.get("renders"),
                    number(row, "longestFrame"), number(row, "dragFps"), number(row, "dragLongestFrame")));
        }
        var target = rows.stream().filter(r -> ((Number) r.get("size")).intValue() == 2_000
                && "explorer".equals(r.get("layoutChoice"))).findFirst();
        target.ifPresent(r -> out.append(String.format(Locale.ROOT,
                "%nTarget: 2,000 elements settled in under 2 s with the explorer's layout: %.0f ms, %s%n",
                number(r, "settled"), number(r, "settled") < 2000 ? "met" : "NOT met")));
        rows.stream().filter(r -> r.containsKey("consoleErrors")).forEach(r -> out.append(String.format(Locale.ROOT,
                "console errors at %s elements (%s): %s%n", r.get("size"), r.get("layoutName"), r.get("consoleErrors"))));
        System.out.print(out);
        System.out.flush();
    }

    private static double number(Map<String, Object> row, String key) {
        return row.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static void startWatchdog() {
        var watchdog = new Thread(() -> {
            sleep(WATCHDOG.toMillis());
            System.err.println("ExplorerBenchmark: still running after " + WATCHDOG + "; stopping");
            Runtime.getRuntime().halt(2);
        }, "benchmark-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }


    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Loads Cytoscape and fcose from the WebJars into a page that has no explorer; answers null or an error. */
    private static final String BARE_CYTOSCAPE = """
            const done = arguments[arguments.length - 1];
            const load = src => new Promise((resolve, reject) => {
              const s = document.createElement('script');
              s.src = src; s.onload = resolve; s.onerror = () => reject(new Error('cannot load ' + src));
              document.head.append(s);
            });
            (async () => {
              for (const src of ['/webjars/cytoscape/3.33.1/dist/cytoscape.min.js', '/webjars/layout-base/2.0.1/layout-base.js',
                  '/webjars/cose-base/2.2.0/cose-base.js', '/webjars/cytoscape-fcose/2.2.0/cytoscape-fcose.js']) await load(src);
              cytoscape.use(cytoscapeFcose);
              document.body.replaceChildren();
              const box = document.createElement('div');
              box.style.cssText = 'position:fixed;left:0;top:0;width:1400px;height:900px';
              document.body.append(box);
              window.cy = cytoscape({container: box, style: [
                {selector: 'node', style: {label: 'data(name)', 'font-size': 10, width: 24, height: 24}},
                {selector: 'edge', style: {width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle'}}]});
            })().then(() => done(null), e => done(String(e)));
            """;

    /**
     * The measurement, in the page: arguments[0] = elements, arguments[1] = "explorer" or "fcose-default".
     * The graph comes from a seeded generator, so every run draws the same one.
     */
    private static final String MEASURE = """
            const done = arguments[arguments.length - 1];
            const size = arguments[0], choice = arguments[1];
            (async () => {
              const cy = window.cy;
              let seed = 20120315;
              const random = () => {  // mulberry32
                seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
                let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
                t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
                return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
              };
              const weighted = table => {
                const total = table.reduce((s, [, w]) => s + w, 0);
                let r = random() * total;
                for (const [value, w] of table) { if ((r -= w) < 0) return value; }
                return table[table.length - 1][0];
              };
              // Proportions of the seed graph: about 1.6 relationships per entity.
              const TYPES = [['Person', 12], ['Organisation', 26], ['Event', 21], ['Place', 13], ['Source', 20]];
              const STATUSES = [['confirmed', 55], ['reported', 20], ['alleged', 14], ['rumour', 5], ['disputed', 3], ['denied', 3]];
              const RELATIONS = [['TOLD', 3], ['AFFILIATED_WITH', 3], ['PARTICIPATED_IN', 4], ['CONCERNS', 5],
                ['LOCATED_IN', 2], ['WROTE', 2], ['CITES', 3], ['DEPICTS', 1], ['RELATIVE_OF', 1]];
              const nodeCount = Math.round(size * 0.385), edgeCount = size - nodeCount;
              const source = {id: 'rahder-2012-azerbaijan-blackmail-video', title: 'Azerbaijan: Blackmail Video Made Public',
                publisher: 'Foreign Policy Blogs', published: '2012-03', kind: 'article'};
              const nodes = [], edges = [], degree = new Array(nodeCount).fill(0), seen = new Set();
              const width = Math.sqrt(nodeCount) * 90;
              for (let i = 0; i < nodeCount; i++) {
                const type = weighted(TYPES);
                const data = {id: 'bench-' + i, name: type + ' ' + i + (random() < 0.3 ? ' of the long-named kind' : ''),
                  type, aliases: [], description: 'Synthetic entity ' + i};
                if (type === 'Event') data.date = String(1990 + Math.floor(random() * 23));
                nodes.push({group: 'nodes', data, position: {x: random() * width, y: random() * width}});
              }
              const link = (a, b) => {
                if (a === b) return false;
                const key = a < b ? a + ':' + b : b + ':' + a;
                if (seen.has(key)) return false;
                seen.add(key);
                const status = weighted(STATUSES), type = weighted(RELATIONS);
                edges.push({group: 'edges', data: {id: 'bench-' + a + '-' + type.toLowerCase() + '-' + b,
                  source: 'bench-' + a, target: 'bench-' + b, type, status, sources: [source],
                  quote: 'synthetic quote ' + edges.length}});
                degree[a]++; degree[b]++;
                return true;
              };
              // A tree first (every entity tied to the graph, some hubs), then ties across it.
              for (let i = 1; i < nodeCount && edges.length < edgeCount; i++) link(i, Math.floor(random() * random() * i));
              while (edges.length < edgeCount) link(Math.floor(random() * random() * nodeCount), Math.floor(random() * nodeCount));
              nodes.forEach((n, i) => { n.data.degree = degree[i]; });

              const frame = () => new Promise(r => requestAnimationFrame(r));
              const rendered = (ms) => new Promise(r => { const t = setTimeout(() => r(false), ms); cy.one('render', () => { clearTimeout(t); r(true); }); });

              cy.elements().remove();
              await frame(); await frame();
              const t0 = performance.now();
              const firstRender = rendered(30000);
              cy.add([...nodes, ...edges]);
              await firstRender;
              const tFirst = performance.now();

              let layoutName;
              const t1 = performance.now();
              const explorer = choice === 'explorer' ? await import('/explorer/layouts.js').catch(() => null) : null;
              if (explorer && explorer.runLayout) {
                layoutName = window.cytoscapeFcose ? 'explorer fcose' : 'explorer cose';
                await explorer.runLayout(cy, 'fcose');
              } else {
                layoutName = choice === 'explorer' ? 'fcose (no expl.)' : 'fcose default';
                const layout = cy.layout({name: 'fcose', quality: 'default', randomize: true, animate: false, fit: true});
                const stop = layout.promiseOn('layoutstop');
                layout.run();
                await stop;
              }
              const tStop = performance.now();
              // The frame that shows the laid-out graph (drawn on the next animation frame after layoutstop).
              const drawn = await rendered(1000);
              const tSettled = drawn ? performance.now() : tStop;

              let frames = 0, renders = 0, longest = 0, last = performance.now();
              const countRender = () => { renders++; };
              cy.on('render', countRender);
              const start = performance.now();
              await new Promise(resolve => {
                const step = now => {
                  frames++;
                  longest = Math.max(longest, now - last);
                  last = now;
                  cy.panBy({x: (Math.floor(frames / 30) % 2 ? -6 : 6), y: 4 * Math.sin(frames / 8)});
                  if (now - start < 1000) requestAnimationFrame(step); else resolve();
                };
                requestAnimationFrame(step);
              });
              cy.off('render', countRender);
              const seconds = (performance.now() - start) / 1000;
              done({layoutChoice: choice, layoutName, nodes: cy.nodes().length, edges: cy.edges().length,
                firstRender: tFirst - t0, layout: tStop - t1, settled: tSettled - t0,
                fps: frames / seconds, renders, longestFrame: longest});
            })().catch(e => done({error: String(e && e.stack || e)}));
            """;
}
