// The link's query string, read and written: focus, path, nodes, selected, types, statuses, from, to, layout
// (see web/README.md), plus hops and order for the path tracer, pins and pos for the nodes the user pinned or
// placed, console/q for the Cypher console, and analysis/evidence/around for the analysis. view-state.js maps the
// view to these and back. Written with history.replaceState: the Back button leaves the explorer, as expected
// of a single-view tool, rather than stepping through every click.

// A longer query stays in the editor but out of the link.
export const MAX_QUERY_IN_URL = 2000;
const list = (value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : null);
const year = (value) => (value && /^-?\d{1,4}$/.test(value) ? Number(value) : null);
// Where the user put the nodes: id:x:y, whole model coordinates.
const positions = (value) => new Map((list(value) ?? [])
  .map((item) => /^([^:]+):(-?\d{1,7}):(-?\d{1,7})$/.exec(item))
  .filter(Boolean)
  .map(([, id, x, y]) => [id, { x: Number(x), y: Number(y) }]));

export function readUrl(search = window.location.search) {
  const params = new URLSearchParams(search);
  const path = list(params.get('path'));
  const hops = Number(params.get('hops'));
  return {
    focus: params.get('focus') || null,
    path: path && path.length === 2 ? path : null,
    nodes: list(params.get('nodes')) ?? [],
    selected: params.get('selected') || null,
    types: list(params.get('types')),
    statuses: list(params.get('statuses')),
    from: year(params.get('from')),
    to: year(params.get('to')),
    layout: params.get('layout') || null,
    hops: Number.isInteger(hops) && hops > 0 ? hops : null,
    order: params.get('order') || null,
    pins: list(params.get('pins')) ?? [],
    pos: positions(params.get('pos')),
    console: params.get('console') === '1',
    q: params.get('q') || null,
    analysis: params.get('analysis') || null,
    evidence: list(params.get('evidence')),
    around: params.get('around') || null,
  };
}

/** Builds the query string; empty and default values are left out so links stay short. */
export function toSearch(state) {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.path) params.set('path', state.path.join(','));
  if (state.nodes?.length) params.set('nodes', state.nodes.join(','));
  if (state.selected) params.set('selected', state.selected);
  if (state.types) params.set('types', state.types.join(','));
  if (state.statuses) params.set('statuses', state.statuses.join(','));
  if (state.from !== null && state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== null && state.to !== undefined) params.set('to', String(state.to));
  if (state.layout && state.layout !== 'fcose') params.set('layout', state.layout);
  if (state.path && state.hops) params.set('hops', String(state.hops));
  if (state.path && state.order && state.order !== 'api') params.set('order', state.order);
  if (state.pins?.length) params.set('pins', state.pins.join(','));
  if (state.pos?.length) params.set('pos', state.pos.map(({ id, x, y }) => `${id}:${Math.round(x)}:${Math.round(y)}`).join(','));
  // The Cypher console, open, with the query in its editor (left out when too long for a link).
  if (state.console) params.set('console', '1');
  if (state.console && state.q && state.q.length <= MAX_QUERY_IN_URL) params.set('q', state.q);
  // The analysis (analysis.js): its measure, and the statuses that count when not the default ones.
  if (state.analysis) params.set('analysis', state.analysis);
  if (state.analysis && state.evidence?.length) params.set('evidence', state.evidence.join(','));
  // ... computed on the server over the neighbourhood of `around` rather than on the canvas
  if (state.analysis && state.around) params.set('around', state.around);
  // Commas and colons are safe in a query and keep the ids and positions readable.
  return params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}

/** Puts `search` ('' or '?…', see view-state.js `urlFor`) in the address bar, keeping the page and the hash. */
export function writeUrl(search) {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(null, '', url);
  }
}
