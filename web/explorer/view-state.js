// The explorer's view as one plain object, changed only by the named actions below, each a pure producer
// `(state, payload) => newState` that returns the same object when nothing changes. The URL is derived from
// the state (`urlFor`) and the state from a URL (`stateFromUrl`), so a link is the view and the view a link.
// No DOM and no Cytoscape here: the module runs, and is tested, on its own.
//
// What is on the canvas (elements, their places, the selection) is drawn and undone by Cytoscape; the state
// holds what of it a link keeps, as read after each change (`canvasRead`).

import { MAX_GRAPH_IDS } from './api.js';
import { LAYOUTS } from './layouts.js';
import { readUrl, toSearch } from './url-state.js';

export const DEFAULT_LAYOUT = 'fcose';
export const DEFAULT_HOPS = 4;
export const PATH_ORDERS = ['api', 'evidence']; // paths.js ranks them
// Up to this many nodes a link keeps every node's place once the user arranged them (about 25 characters each).
export const MAX_POSITIONS_IN_URL = 150;
export const MEASURES = ['degree', 'betweenness', 'pagerank', 'communities']; // analysis.js computes them
export const AROUND_DEPTH = 2; // steps out of a neighbourhood the server analyses (analysis.js)
// What counts as evidence unless the user says otherwise: rumours and denials left out.
export const DEFAULT_EVIDENCE = ['confirmed', 'reported', 'alleged', 'disputed'];

export function initialState() {
  return {
    focus: null, // the entity the view is about
    path: null, // [from, to] while the paths between them are shown
    order: 'api', // how the paths are ranked
    hops: DEFAULT_HOPS, // most hops in a path
    layout: DEFAULT_LAYOUT,
    filters: { types: null, statuses: null, from: null, to: null }, // null: everything shown
    selected: null, // node or edge id
    nodes: [], // the entity ids on the canvas, sorted
    // The ids a plain focus or path link loads (sorted, joined); while `nodes` is exactly these, the link
    // needs no `nodes` list.
    baseline: null,
    pins: [], // pinned node ids, sorted
    positions: [], // {id, x, y} of every node on the canvas
    arranged: false, // the user placed nodes by hand: the link keeps every node's place
    console: { open: false, query: '' },
    // The analysis shown: `measure` (null: none, else one of MEASURES) over the relationships whose status is
    // in `evidence` (null: DEFAULT_EVIDENCE); `around`: null for what is on the canvas, or the entity whose
    // neighbourhood (AROUND_DEPTH steps, on or off the canvas) the server analyses.
    analysis: { measure: null, evidence: null, around: null },
    // Playing the years forward: the year filter's upper end steps from its first year to the last.
    playing: false,
    ready: false, // the view the URL asked for is on the canvas: from now on the URL follows the state
  };
}

const key = (ids) => [...ids].sort().join(',');
const sameList = (a, b) => a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length
  && a.every((v, i) => v === b[i]));
const samePlaces = (a, b) => a.length === b.length
  && a.every((p, i) => p.id === b[i].id && p.x === b[i].x && p.y === b[i].y);
export const sameFilters = (a, b) => sameList(a.types, b.types) && sameList(a.statuses, b.statuses)
  && a.from === b.from && a.to === b.to;
const year = (value) => (Number.isInteger(value) ? value : null);
const names = (value) => (Array.isArray(value) ? [...value] : null);

/** `state` with `changes`, or `state` itself when no field changes (so subscribers hear only real changes). */
function withChanges(state, changes) {
  const changed = Object.entries(changes).some(([field, value]) => state[field] !== value);
  return changed ? { ...state, ...changes } : state;
}

/** Every way the view changes, by name. */
export const ACTIONS = Object.freeze({
  /** The settings of a view read from a link (layout, hops, path order), before its canvas loads. */
  restore: (state, linked) => withChanges(state, { layout: linked.layout, hops: linked.hops, order: linked.order }),
  /** Open an entity: the view is about it (null: about nothing in particular). */
  focus: (state, id) => withChanges(state, { focus: id ?? null }),
  /** What is on the canvas now is what a plain link loads: `ids`, the canvas's entity ids. */
  baseline: (state, ids) => withChanges(state, { baseline: key(ids) }),
  setLayout: (state, name) => withChanges(state, { layout: LAYOUTS.includes(name) ? name : DEFAULT_LAYOUT }),
  setHops: (state, hops) => withChanges(state, { hops: Number(hops) || DEFAULT_HOPS }),
  setOrder: (state, order) => withChanges(state, { order: PATH_ORDERS.includes(order) ? order : 'api' }),
  /** `{types, statuses}` (arrays, or null for all), `{from, to}` (years, or null for no limit). */
  setFilters: (state, { types = null, statuses = null, from = null, to = null } = {}) => {
    const filters = { types: names(types), statuses: names(statuses), from: year(from), to: year(to) };
    return sameFilters(state.filters, filters) ? state : { ...state, filters };
  },
  showPaths: (state, [from, to]) => (sameList(state.path, [from, to]) ? state : { ...state, path: [from, to] }),
  closePaths: (state) => withChanges(state, { path: null }),
  /** The canvas was emptied, or replaced by a query's result: no focus, no paths, nothing like a link's. */
  clearCanvas: (state) => withChanges(state, { focus: null, baseline: null, path: null }),
  /** A node moved by hand: the picture is the user's, the link keeps every place. */
  arrange: (state, arranged = true) => withChanges(state, { arranged: Boolean(arranged) }),
  /** What Cytoscape draws now: `{nodes, pins, positions, selected}` (ids in any order; places of every node). */
  canvasRead: (state, { nodes, pins, positions, selected = null }) => {
    const sortedNodes = [...nodes].sort();
    const sortedPins = [...pins].sort();
    return withChanges(state, {
      nodes: sameList(state.nodes, sortedNodes) ? state.nodes : sortedNodes,
      pins: sameList(state.pins, sortedPins) ? state.pins : sortedPins,
      positions: samePlaces(state.positions, positions) ? state.positions : positions,
      selected,
    });
  },
  setConsole: (state, { open, query = '' }) => (state.console.open === Boolean(open) && state.console.query === query
    ? state : { ...state, console: { open: Boolean(open), query } }),
  ready: (state) => withChanges(state, { ready: true }),
  /**
   * `{measure, evidence, around}`: which measure (null: no analysis), over which statuses (null: the default
   * ones), on the canvas (`around` null) or on the neighbourhood of the entity `around` (the server's).
   */
  analyse: (state, { measure = null, evidence = null, around = null } = {}) => {
    const kept = MEASURES.includes(measure) ? measure : null;
    const next = {
      measure: kept,
      evidence: names(evidence) && !sameList([...evidence].sort(), [...DEFAULT_EVIDENCE].sort()) ? names(evidence) : null,
      around: kept && typeof around === 'string' && around ? around : null,
    };
    return next.measure === state.analysis.measure && sameList(next.evidence, state.analysis.evidence)
      && next.around === state.analysis.around ? state : { ...state, analysis: next };
  },
  /** Playback: `to` the year shown last (the filter's upper end), while playing or paused there. */
  playYear: (state, { to, playing = state.playing }) => {
    const filters = { ...state.filters, to: year(to) };
    const changed = !sameFilters(state.filters, filters);
    return changed || playing !== state.playing ? { ...state, filters: changed ? filters : state.filters, playing: Boolean(playing) } : state;
  },
  pause: (state) => withChanges(state, { playing: false }),
});

/**
 * The state and its one way to change: `dispatch(action, payload)` with an action's name. Subscribers hear
 * `(state, previous, action)` after every change, in order; a dispatch from a subscriber is heard after the
 * current change has reached every subscriber.
 */
export function createViewState(state = initialState(), actions = ACTIONS) {
  const subscribers = new Set();
  const pending = [];
  let notifying = false;
  return {
    get state() {
      return state;
    },
    dispatch(action, payload) {
      const produce = actions[action];
      if (!produce) throw new Error(`No view action named “${action}”.`);
      const previous = state;
      state = produce(state, payload);
      if (state === previous) return state;
      pending.push([state, previous, action]);
      if (notifying) return state;
      notifying = true;
      try {
        while (pending.length) {
          const [next, before, name] = pending.shift();
          for (const subscriber of subscribers) subscriber(next, before, name);
        }
      } finally {
        notifying = false;
        pending.length = 0;
      }
      return state;
    },
    subscribe(subscriber) {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
  };
}

/** The focus the link names: only an entity that is on the canvas. */
export function linkedFocus(state) {
  return state.focus && state.nodes.includes(state.focus) ? state.focus : null;
}

/**
 * The entities the link lists besides the focus: none while the canvas is what the plain link loads, else
 * all of them, sorted (the same canvas always makes the same link), at most what /api/graph takes at once.
 * `total` says how many there were before that cut.
 */
export function linkedNodes(state) {
  if (!state.nodes.length || (state.baseline !== null && key(state.nodes) === state.baseline)) return { ids: [], total: 0 };
  const focus = linkedFocus(state);
  const ids = state.nodes.filter((id) => id !== focus);
  return { ids: ids.slice(0, MAX_GRAPH_IDS - 1), total: ids.length };
}

/** The places a link keeps: every node's once the user arranged the picture (up to a size), else the pinned. */
function linkedPositions(state) {
  const all = state.arranged && state.nodes.length <= MAX_POSITIONS_IN_URL;
  const pinned = new Set(state.pins);
  return state.positions.filter((p) => all || pinned.has(p.id)).sort((a, b) => a.id.localeCompare(b.id));
}

/** The query string of the state's link: `?focus=…` or '' (defaults are left out, so links stay short). */
export function urlFor(state) {
  const search = toSearch({
    focus: linkedFocus(state),
    path: state.path,
    nodes: linkedNodes(state).ids,
    selected: state.selected,
    ...state.filters,
    layout: state.layout,
    hops: state.path && state.hops !== DEFAULT_HOPS ? state.hops : null,
    order: state.order,
    pins: state.pins,
    pos: linkedPositions(state),
    console: state.console.open,
    q: state.console.open ? state.console.query : null,
    analysis: state.analysis.measure,
    evidence: state.analysis.measure ? state.analysis.evidence : null,
    around: state.analysis.measure ? state.analysis.around : null,
  });
  return search ? `?${search}` : '';
}

/**
 * The state a link describes (its query string, or the whole URL). Without a `nodes` list the canvas is the
 * link's baseline: the focus and the path's ends, with whatever they bring.
 */
export function stateFromUrl(url) {
  const search = String(url).includes('?') ? String(url).slice(String(url).indexOf('?')) : String(url);
  const linked = readUrl(search.split('#')[0]);
  const state = initialState();
  const listed = linked.nodes.length > 0;
  const nodes = [...new Set([linked.focus, ...(listed ? linked.nodes : linked.path ?? [])].filter(Boolean))].sort();
  const positions = [...linked.pos].map(([id, { x, y }]) => ({ id, x, y }));
  return {
    ...state,
    focus: linked.focus,
    path: linked.path,
    order: linked.order === 'evidence' ? 'evidence' : 'api',
    hops: linked.hops && linked.hops >= 2 && linked.hops <= 6 ? linked.hops : DEFAULT_HOPS,
    layout: linked.layout && LAYOUTS.includes(linked.layout) ? linked.layout : DEFAULT_LAYOUT,
    filters: { types: linked.types, statuses: linked.statuses, from: linked.from, to: linked.to },
    selected: linked.selected,
    nodes,
    // null: the canvas is the listed `nodes` (or empty), not what a plain link loads
    baseline: listed || !nodes.length ? null : key(nodes),
    pins: [...linked.pins].sort(),
    positions,
    arranged: linked.pos.size > 0 && linked.pins.length < linked.pos.size,
    console: { open: linked.console, query: linked.q ?? '' },
    analysis: ACTIONS.analyse(state, { measure: linked.analysis, evidence: linked.evidence, around: linked.around }).analysis,
  };
}
