package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * web/explorer/view-state.js on its own, imported into the page: its named actions, its subscribers, and the
 * URL derived from the state both ways. No canvas is touched, so these run in a moment.
 */
class ExplorerViewStateBrowserTest extends ExplorerBrowserSupport {

    @BeforeEach
    void aPageOfTheExplorer() {
        if (!browser.pathAndQuery().equals("/")) browser.open("/");
    }

    @Test
    void every_link_reads_back_as_the_same_link() {
        var links = List.of(
                "",
                "?focus=ruslan-bashirli",
                "?path=elnur-israfilov,eynullah-fatullayev",
                "?path=ruslan-bashirli,ndi&hops=3&order=evidence",
                "?focus=a&nodes=b,c&selected=b&types=Person,Event&statuses=confirmed,reported&from=2005&to=2012"
                        + "&layout=concentric",
                "?focus=a&selected=a-knows-b&layout=time",
                "?focus=a&pins=a&pos=a:10:-20",
                "?focus=a&nodes=b&pins=b&pos=a:1:2,b:-3:4",
                "?console=1&q=MATCH+n+RETURN+n");
        var back = withViewState("return args[0].map((link) => vs.urlFor(vs.stateFromUrl(link)));", links);
        assertEquals(links, back);
    }

    @Test
    void a_link_without_a_nodes_list_is_what_its_focus_loads_and_a_link_without_anything_is_the_start() {
        var state = asMap(withViewState("return vs.stateFromUrl('/?focus=a&layout=nonsense&hops=9#x');"));
        assertEquals("a", state.get("focus"));
        assertEquals(List.of("a"), state.get("nodes"));
        assertEquals("a", state.get("baseline"), "the canvas is the focus link's own");
        assertEquals("fcose", state.get("layout"), "an unknown layout is the default");
        assertEquals(4L, state.get("hops"), "hops beyond 2..6 are the default");
        assertEquals(Boolean.TRUE, withViewState(
                "return JSON.stringify(vs.stateFromUrl('')) === JSON.stringify(vs.initialState());"));
    }

    @Test
    void the_link_lists_the_canvas_only_once_it_differs_from_what_the_focus_link_loads() {
        var urls = withViewState("""
                const s = vs.createViewState();
                const urls = [];
                s.dispatch('canvasRead', { nodes: ['x', 'b', 'a'], pins: [], positions: [] });
                s.dispatch('focus', 'x');
                urls.push(vs.urlFor(s.state));
                s.dispatch('baseline', ['a', 'b', 'x']);
                urls.push(vs.urlFor(s.state));
                s.dispatch('canvasRead', { nodes: ['x', 'b', 'a', 'c'], pins: [], positions: [], selected: 'c' });
                urls.push(vs.urlFor(s.state));
                s.dispatch('canvasRead', { nodes: ['b'], pins: [], positions: [] });
                urls.push(vs.urlFor(s.state));
                s.dispatch('clearCanvas');
                s.dispatch('canvasRead', { nodes: [], pins: [], positions: [] });
                urls.push(vs.urlFor(s.state));
                return urls;""");
        assertEquals(List.of(
                "?focus=x&nodes=a,b",
                "?focus=x",
                "?focus=x&nodes=a,b,c&selected=c",
                "?nodes=b",
                ""), urls, "a focus off the canvas is left out, and so is an empty canvas");
    }

    @Test
    void the_link_keeps_every_place_once_the_user_arranged_the_picture_and_else_only_the_pinned() {
        var urls = withViewState("""
                const s = vs.createViewState();
                const positions = [{ id: 'b', x: 3.4, y: 4.6 }, { id: 'a', x: 1, y: 2 }];
                s.dispatch('canvasRead', { nodes: ['a', 'b'], pins: ['b'], positions });
                s.dispatch('baseline', ['a', 'b']);
                const pinned = vs.urlFor(s.state);
                s.dispatch('arrange');
                const arranged = vs.urlFor(s.state);
                const many = Array.from({ length: vs.MAX_POSITIONS_IN_URL + 1 }, (_, i) => 'n' + i);
                s.dispatch('canvasRead', { nodes: many, pins: ['n1'], positions: many.map((id) => ({ id, x: 0, y: 0 })) });
                s.dispatch('baseline', many);
                return [pinned, arranged, vs.urlFor(s.state)];""");
        assertEquals(List.of("?pins=b&pos=b:3:5", "?pins=b&pos=a:1:2,b:3:5", "?pins=n1&pos=n1:0:0"), urls);
    }

    @Test
    void hops_and_order_are_in_the_link_only_with_a_path_and_when_not_the_default() {
        var urls = withViewState("""
                const s = vs.createViewState();
                s.dispatch('setHops', 3);
                s.dispatch('setOrder', 'evidence');
                const without = vs.urlFor(s.state);
                s.dispatch('showPaths', ['a', 'b']);
                const traced = vs.urlFor(s.state);
                s.dispatch('setHops', '4');
                s.dispatch('setOrder', 'nonsense');
                const defaults = vs.urlFor(s.state);
                s.dispatch('closePaths');
                return [without, traced, defaults, vs.urlFor(s.state)];""");
        assertEquals(List.of("", "?path=a,b&hops=3&order=evidence", "?path=a,b", ""), urls);
    }

    @Test
    void a_link_keeps_at_most_what_the_api_reads_at_once_and_says_how_many_there_were() {
        var cut = asMap(withViewState("""
                const s = vs.createViewState();
                const ids = Array.from({ length: 600 }, (_, i) => 'e' + String(i).padStart(3, '0'));
                s.dispatch('canvasRead', { nodes: ids, pins: [], positions: [] });
                s.dispatch('focus', 'e599');
                const { ids: linked, total } = vs.linkedNodes(s.state);
                const url = new URLSearchParams(vs.urlFor(s.state));
                return { linked: linked.length, total, listed: url.get('nodes').split(',').length, focus: url.get('focus') };"""));
        assertEquals(Map.of("linked", 499L, "total", 599L, "listed", 499L, "focus", "e599"), cut);
    }

    @Test
    void actions_are_named_pure_and_heard_in_order_only_when_they_change_something() {
        var result = asMap(withViewState("""
                const s = vs.createViewState();
                const heard = [];
                s.subscribe((state, before, action) => {
                  heard.push(action);
                  // a dispatch from a subscriber is heard after the current change reached everyone
                  if (action === 'setLayout') s.dispatch('setHops', 5);
                });
                s.subscribe((state, before, action) => heard.push(action + ' (second)'));
                const first = s.state;
                s.dispatch('setLayout', 'time');
                const unchanged = s.dispatch('setLayout', 'time') === s.state;
                s.dispatch('setFilters', { types: ['Person'], statuses: null, from: 2005, to: null });
                s.dispatch('setFilters', { types: ['Person'], from: 2005 });
                let unknown = null;
                try { s.dispatch('nonsense'); } catch (e) { unknown = e.message; }
                return {
                  heard, unchanged, unknown,
                  firstLayout: first.layout, layout: s.state.layout, hops: s.state.hops,
                  filters: s.state.filters, frozen: Object.isFrozen(vs.ACTIONS),
                };"""));
        assertEquals(List.of("setLayout", "setLayout (second)", "setHops", "setHops (second)",
                "setFilters", "setFilters (second)"), result.get("heard"));
        assertEquals(Boolean.TRUE, result.get("unchanged"));
        assertEquals("No view action named “nonsense”.", result.get("unknown"));
        assertEquals("fcose", result.get("firstLayout"), "the state before an action is left as it was");
        assertEquals("time", result.get("layout"));
        assertEquals(5L, result.get("hops"));
        var filters = asMap(result.get("filters"));
        assertEquals(List.of("Person"), filters.get("types"));
        assertNull(filters.get("statuses"));
        assertEquals(2005L, filters.get("from"));
        assertEquals(Boolean.TRUE, result.get("frozen"), "one registry of actions, not added to at run time");
    }

    @Test
    void the_explorer_writes_the_url_its_state_derives() {
        browser.open("/?focus=" + BASHIRLI);
        assertEquals(Boolean.TRUE, browser.js("return !!window.cy"));
        var derived = withViewState("""
                const s = vs.stateFromUrl(window.location.search);
                return [vs.urlFor(s), window.location.search];""");
        assertEquals(List.of("?focus=" + BASHIRLI + "&selected=" + BASHIRLI, "?focus=" + BASHIRLI + "&selected=" + BASHIRLI),
                derived, "the focus link, with the focus selected");
    }

    // ---- running the module in the page

    /**
     * Runs {@code body} (a function body that sees the module as {@code vs} and the Java {@code args} as
     * {@code args}) in the page, and returns what it returns.
     */
    private Object withViewState(String body, Object... args) {
        var answer = asMap(browser.jsAsync("""
                const done = arguments[arguments.length - 1];
                const args = [...arguments].slice(0, -1);
                import('/explorer/view-state.js').then((vs) => {
                  try {
                    done({ value: (() => { %s })() });
                  } catch (e) {
                    done({ error: String(e && e.stack || e) });
                  }
                }, (e) => done({ error: String(e) }));""".formatted(body), args));
        assertNull(answer.get("error"), "the script failed");
        return answer.get("value");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
