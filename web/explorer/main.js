// Wiring: builds the explorer's parts, connects each user action to them, restores the view from the
// URL and keeps the URL in step with the view. The parts themselves know nothing of each other.

import { api, isAbort } from './api.js';
import { Graph, MAX_GRAPH_IDS } from './graph.js';
import { setVocabulary, verbOf } from './evidence.js';
import { Combobox } from './search.js';
import { DetailsPanel } from './details.js';
import { PathsPanel } from './paths.js';
import { Filters } from './filters.js';
import { LAYOUTS, fitGently, runLayout, yearOf } from './layouts.js';
import { TimeAxis } from './time-axis.js';
import { readUrl, writeUrl } from './url-state.js';
import { exportJson, exportPng } from './export.js';
import { ListView } from './list-view.js';
import { Notice } from './notice.js';
import { installKeyboard } from './keyboard.js';
import { CypherConsole } from './cypher-console.js';
import { ViewDialog } from './view-dialog.js';
import { Curation } from './curation.js';
import { MentionFinder } from './mentions.js';
import { installReaderSignIn } from './reader-sign-in.js';
import { el, clear, formatDate } from './dom.js';

const $ = (id) => document.getElementById(id);
// Beyond this many elements the canvas stops being fluid: say so and offer to narrow down.
const TOO_MANY = 3000;
// Up to this many nodes a link keeps every node's place once the user arranged them (about 25 characters each).
const MAX_POSITIONS_IN_URL = 150;

installReaderSignIn(); // before the first read: a private server refuses it
const notice = new Notice($('notice'), $('announcer'));
const graph = new Graph($('cy'));
const { cy } = graph;
window.cy = cy;

const view = {
  focus: null,
  layout: 'fcose',
  hops: 4,
  // The node ids a plain focus or path link produces; while the canvas holds exactly these, the URL
  // needs no `nodes` list.
  baseline: null,
  restoring: true,
  // Whether the user placed nodes by hand: then the link carries every node's position.
  arranged: false,
};

// --- Busy: html[data-busy] is "true" while anything loads or lays out (the browser tests wait on it).
let busyCount = 0;
function setBusy() {
  document.documentElement.dataset.busy = String(busyCount > 0);
  document.body.classList.toggle('is-busy', busyCount > 0);
  // The empty canvas offers its starters once nothing is loading any more (the console may load last).
  if (busyCount === 0) updateEmptyState();
}
async function busy(work) {
  busyCount += 1;
  setBusy();
  try {
    return await work();
  } catch (error) {
    if (!isAbort(error)) {
      notice.error(error);
      // The error is shown to the user; logging it as well would make it a console error in normal use.
    }
    return undefined;
  } finally {
    busyCount -= 1;
    setBusy();
  }
}

const reportError = (error) => { if (!isAbort(error)) notice.error(error); };

/** Counts a request the user is waiting on (e.g. the details of a selection) as busy, without more. */
function track(promise) {
  busyCount += 1;
  setBusy();
  return promise.finally(() => {
    busyCount -= 1;
    setBusy();
  });
}
graph.onError = reportError;

// --- Parts
const timeAxis = new TimeAxis(cy, $('time-axis'));
const listView = new ListView({ container: $('list-view'), cy, onSelect: (id) => selectElement(id, { center: true }) });
let filters = null;

const details = new DetailsPanel($('details'), {
  graph,
  track,
  onError: reportError,
  onEntity: (id, relationship) => bringEntity(id, relationship),
  // the editor's tools (curation, built below; called only once an entity is shown)
  extras: (entity) => curation.detailsBox(entity),
  actions: {
    expand: (id) => expandNode(id),
    showMore: (id) => expandNode(id),
    hide: (id) => hideElements(cy.getElementById(id)),
    pin: (id) => togglePin(cy.getElementById(id)),
    traceFrom: (id) => traceEnd('from', id),
    traceTo: (id) => traceEnd('to', id),
  },
});

const paths = new PathsPanel({
  section: $('paths-panel'),
  results: $('path-results'),
  summary: $('path-summary'),
  graph,
  onError: reportError,
  onEntity: (id) => bringEntity(id),
  onHop: (edgeId) => selectElement(edgeId, { center: true }),
  onChange: () => syncUrl(),
});

// The search box needs no handle once built: picking is all it does.
new Combobox({
  input: $('search-input'),
  listbox: $('search-suggestions'),
  onError: reportError,
  onPick: (entity) => openEntity(entity.id),
});
const fromBox = new Combobox({
  input: $('path-from-input'), listbox: $('path-from-suggestions'), onError: reportError,
  onPick: () => { if (toBox.picked) trace(); else $('path-to-input').focus(); },
});
const toBox = new Combobox({
  input: $('path-to-input'), listbox: $('path-to-suggestions'), onError: reportError,
  onPick: () => { if (fromBox.picked) trace(); else $('path-from-input').focus(); },
});

// The Cypher console: its results drawn through the same graph, layout and undo as everything else.
const cypherConsole = new CypherConsole({
  track,
  onGraph: (result, options) => drawQueryResult(result, options),
  onEntity: (id) => bringEntity(id),
  onChange: () => syncUrl(),
  announce: (message) => notice.announce(message),
});

// --- Curation: editors sign in once per tab, then create, edit, link, merge and delete (curation.js).
const curation = new Curation({
  toolbar: document.querySelector('.toolbar .tools'),
  notice,
  onError: reportError,
  onEntity: (entity) => showEdited(entity),
  onRelationship: (fromId, edge) => showNewRelationship(fromId, edge),
  onMerged: (oldId, survivor) => showMerged(oldId, survivor),
  onDeleted: (id) => removeDeleted(id),
});
curation.onSession = () => refreshSelectedDetails();

function refreshSelectedDetails() {
  const selected = cy.nodes(':selected');
  if (selected.length === 1) details.showNode(selected[0]);
}

/** An entity created or edited: its node on the canvas takes the new fields, its details are read again. */
async function showEdited(entity) {
  const node = cy.getElementById(entity.id);
  if (node.empty()) {
    await bringEntity(entity.id);
    return;
  }
  const { relationships, relationshipsTruncated, rev, ...fields } = entity;
  node.data(fields);
  if (node.selected()) details.showNode(node);
  else selectElement(entity.id, { center: true });
}

/** A new relationship of `fromId`: drawn with its other end, then the entity selected again. */
async function showNewRelationship(fromId, edge) {
  const otherId = edge.source === fromId ? edge.target : edge.source;
  const entity = await busy(() => api.entity(fromId));
  const relationship = entity?.relationships?.find((r) => r.id === edge.id);
  const node = cy.getElementById(fromId);
  if (entity && node.nonempty()) node.data('degree', entity.degree);
  await bringEntity(otherId, relationship);
  cy.elements(':selected').unselect();
  selectElement(fromId);
}

async function showMerged(oldId, survivor) {
  const old = cy.getElementById(oldId);
  if (old.nonempty()) {
    cy.remove(old);
    graph.changed('merge');
  }
  await bringEntity(survivor.id);
  await busy(async () => {
    await graph.connect();
    graph.changed('merge');
  });
  refreshSelectedDetails();
}

function removeDeleted(id) {
  const node = cy.getElementById(id);
  if (node.nonempty()) {
    cy.remove(node);
    graph.changed('delete');
  }
  details.showNone();
}
// --- end of curation

// --- "Article": a pasted text's known entities onto the canvas; editors record it and link them (mentions.js).
new MentionFinder({
  toolbar: document.querySelector('.toolbar .tools'),
  notice,
  onError: reportError,
  onAdd: (ids) => addEntities(ids),
  onLinked: (fromId, edge) => showNewRelationship(fromId, edge),
});

/** Entities by id onto the canvas with the relationships among what is there, as one undoable step. */
function addEntities(ids) {
  return busy(async () => {
    const wasEmpty = cy.nodes().empty();
    const added = graph.addResult(await api.graph(ids));
    await graph.connect();
    graph.changed('add');
    notice.announce(`${added.nodes().length} entit${added.nodes().length === 1 ? 'y' : 'ies'} added to the canvas.`);
    if (added.nonempty()) await layout({ incremental: !wasEmpty });
  });
}

// --- Layout
function focusIds() {
  return [view.focus, ...(paths.endpoints ?? []), cy.nodes(':selected').id()].filter(Boolean);
}

function layout({ incremental = false } = {}) {
  return busy(() => runLayout(cy, view.layout, {
    incremental,
    focus: focusIds(),
    onTimeAxis: (ticks) => timeAxis.set(ticks),
  })).then(() => {
    if (view.arranged) syncUrl();
  });
}

// A node the user moves by hand makes the picture theirs: from then on the link keeps where every node is.
cy.on('dragfree', 'node', () => {
  view.arranged = true;
  syncUrl();
});

/** The nodes' places for the link: all of them once the user arranged the picture, else only the pinned. */
function placesForUrl(pinned) {
  const nodes = view.arranged && cy.nodes().length <= MAX_POSITIONS_IN_URL ? cy.nodes() : pinned;
  return nodes.map((n) => ({ id: n.id(), ...n.position() })).sort((a, b) => a.id.localeCompare(b.id));
}

/** Puts the nodes where the link says; pins those it pins. Whether every node got a place. */
function placeFromUrl(url) {
  let placed = 0;
  cy.nodes().forEach((n) => {
    const p = url.pos.get(n.id());
    if (p) {
      n.position(p);
      placed++;
    }
  });
  url.pins.forEach((id) => {
    const n = cy.getElementById(id);
    if (n.nonempty() && n.isNode()) n.lock().addClass('pinned');
  });
  view.arranged = url.pos.size > 0 && url.pins.length < url.pos.size;
  return placed > 0 && placed === cy.nodes().length;
}

// --- Selection
function inView(ele) {
  const box = ele.renderedBoundingBox();
  return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
}

function selectElement(id, { center = false } = {}) {
  const ele = cy.getElementById(id);
  if (ele.empty()) return;
  if (!ele.selected()) {
    cy.elements(':selected').unselect();
    ele.select();
  }
  if (center && !inView(ele)) cy.animate({ center: { eles: ele }, duration: 250 });
}

cy.on('select', (event) => {
  const ele = event.target;
  if (ele.isNode()) details.showNode(ele);
  else details.showEdge(ele);
  const name = ele.isNode()
    ? `${ele.data('name')}, ${ele.data('type')}`
    : `${ele.source().data('name')} ${verbOf(ele.data('type'))} ${ele.target().data('name')}, ${ele.data('status')}`;
  notice.announce(`Selected ${name}.`);
  listView.refresh();
  syncUrl();
});
cy.on('unselect', () => {
  // Selecting another element unselects the first: wait a tick to see whether anything is still selected.
  setTimeout(() => {
    if (cy.elements(':selected').empty()) {
      details.showNone();
      listView.refresh();
      syncUrl();
    }
  }, 0);
});
cy.on('dbltap', 'node', (event) => expandNode(event.target.id()));

// --- Actions on the canvas
async function openEntity(id) {
  await busy(async () => {
    const wasEmpty = cy.nodes().empty();
    if (!graph.has(id) || !graph.pages.has(id)) {
      const { added } = await graph.expand(id);
      if (wasEmpty) view.baseline = idsKey();
      view.focus = id;
      if (added.nonempty()) await layout({ incremental: !wasEmpty });
    } else {
      view.focus = id;
    }
    selectElement(id, { center: true });
    syncUrl();
  });
}

async function expandNode(id) {
  await busy(async () => {
    const node = cy.getElementById(id);
    const name = node.data('name') ?? id;
    const { added, more } = await graph.expand(id);
    const count = added.nodes().length;
    if (count) {
      notice.announce(`Added ${count} neighbour${count === 1 ? '' : 's'} of ${name}${more ? '; more remain' : ''}.`);
      await layout({ incremental: true });
    } else {
      notice.show(`All neighbours of ${name} are already on the canvas.`, { kind: 'info', key: 'expand' });
    }
    details.refresh();
  });
}

/** Selects an entity, first bringing it onto the canvas (with the relationship it was reached by). */
async function bringEntity(id, relationship) {
  if (graph.has(id)) {
    if (relationship && !graph.has(relationship.id)) {
      graph.checkpoint('add relationship');
      graph.add({ nodes: [], edges: [edgeOf(relationship)] });
      graph.changed('add');
    }
    selectElement(relationship && graph.has(relationship.id) ? relationship.id : id, { center: true });
    return;
  }
  await busy(async () => {
    const around = cy.nodes(':selected').id();
    let node = relationship?.other;
    if (!node) {
      const { relationships, relationshipsTruncated, ...entity } = await api.entity(id);
      node = entity;
    }
    graph.checkpoint('add');
    graph.add({ nodes: [node], edges: relationship ? [edgeOf(relationship)] : [] }, { around });
    try {
      await graph.connect();
    } catch (error) {
      reportError(error);
    }
    graph.changed('add');
    await layout({ incremental: true });
    selectElement(id, { center: true });
  });
}

/**
 * A Cypher result's graph JSON on the canvas, added or (`replace`) instead of what is there, laid out and
 * highlighted (class `query-result`). `again`: the same result drawn the other way; when nothing happened
 * on the canvas since the first drawing, that is taken back first, so one Undo returns to the canvas as it
 * was before the result. Resolves to counts of what is shown, or undefined when it failed.
 */
let lastQueryDraw = null;
async function drawQueryResult(answer, { replace = false, again = false } = {}) {
  return busy(async () => {
    const result = await withDegrees(answer);
    const ids = new Set([...(result.nodes ?? []), ...(result.edges ?? [])].map((e) => e.id));
    if (again && lastQueryDraw && graph.undoStack.at(-1) === lastQueryDraw) graph.undo();
    const depth = graph.undoStack.length;
    if (replace) {
      if (paths.active) paths.close();
      view.focus = null;
      view.baseline = null;
    }
    const wasEmpty = replace || cy.nodes().empty();
    let added = graph.addResult(result, { replace });
    lastQueryDraw = graph.undoStack.length > depth ? graph.undoStack.at(-1) : null;
    try {
      // As after an expansion: every relationship among what the canvas shows.
      added = added.union(await graph.connect());
    } catch (error) {
      reportError(error);
    }
    graph.changed(replace ? 'query result' : 'add');
    // What was selected may have gone with the canvas it was on.
    if (cy.elements(':selected').empty()) details.showNone();
    cy.elements('.query-result').removeClass('query-result');
    const eles = cy.elements().filter((e) => ids.has(e.id()));
    eles.addClass('query-result');
    if (added.nonempty() || replace) await layout({ incremental: !wasEmpty });
    const visible = eles.filter(':visible');
    if (visible.nonempty()) fitGently(cy, visible);
    return {
      nodes: eles.nodes().length,
      edges: eles.edges().length,
      addedNodes: added.nodes().length,
      hidden: eles.length - visible.length,
    };
  });
}

/**
 * A Cypher result's nodes with their `degree` (relationships in all, from /api/graph), which a query's graph
 * JSON does not carry: the canvas sizes nodes by it and counts the neighbours not yet shown from it.
 */
async function withDegrees(result) {
  const ids = [...new Set((result.nodes ?? []).filter((n) => n.degree === undefined).map((n) => n.id))];
  if (!ids.length) return result;
  const chunks = [];
  for (let i = 0; i < ids.length && chunks.length < 10; i += MAX_GRAPH_IDS) chunks.push(ids.slice(i, i + MAX_GRAPH_IDS));
  const degrees = new Map();
  try {
    const answers = await Promise.all(chunks.map((chunk) => api.graph(chunk)));
    answers.forEach((answer) => (answer.nodes ?? []).forEach((n) => degrees.set(n.id, n.degree)));
  } catch (error) {
    reportError(error);
  }
  return {
    ...result,
    nodes: result.nodes.map((n) => (n.degree === undefined && degrees.has(n.id) ? { ...n, degree: degrees.get(n.id) } : n)),
  };
}

/** A relationship from /api/entities/{id} as a graph JSON edge. */
function edgeOf({ direction, other, ...edge }) {
  return edge;
}

function hideElements(eles) {
  if (eles.empty()) return;
  const names = eles.map((e) => e.data('name') ?? verbOf(e.data('type'))).join(', ');
  graph.hide(eles);
  notice.announce(`Hid ${names}. Undo brings it back.`);
}

function togglePin(node) {
  if (node.empty() || !node.isNode()) return;
  graph.togglePin(node);
  notice.announce(node.locked() ? `Pinned ${node.data('name')}: layouts leave it where it is.` : `Unpinned ${node.data('name')}.`);
  details.refresh();
}

function undo() {
  const what = graph.undo();
  if (!what) {
    notice.announce('Nothing to undo.');
    return;
  }
  if (paths.active) paths.highlight();
  const selected = cy.elements(':selected').first();
  if (selected.nonempty()) {
    if (selected.isNode()) details.showNode(selected);
    else details.showEdge(selected);
  } else {
    details.showNone();
  }
  notice.announce(`Undid ${what}.`);
}

// --- Trace
function traceEnd(end, id) {
  const node = cy.getElementById(id);
  const entity = { id, name: node.data('name') ?? id };
  (end === 'from' ? fromBox : toBox).set(entity);
  const other = end === 'from' ? toBox : fromBox;
  if (other.picked && other.picked.id !== id) trace();
  else (end === 'from' ? $('path-to-input') : $('path-from-input')).focus();
}

/** Resolves what the user typed in a path picker to an entity: the chosen one, or the best match. */
async function pickedOrBest(box) {
  if (box.picked) return box.picked;
  const q = box.input.value.trim();
  if (!q) return null;
  const { results } = await api.search(q, { limit: 1 });
  if (!results?.length) throw new Error(`No entity matches “${q}”.`);
  box.set(results[0]);
  return box.picked;
}

async function trace(from, to) {
  await busy(async () => {
    const start = from ? { id: from } : await pickedOrBest(fromBox);
    const end = to ? { id: to } : await pickedOrBest(toBox);
    if (!start || !end) {
      notice.show('Choose the two entities to trace between: “From” and “To”.', { kind: 'info' });
      (start ? $('path-to-input') : $('path-from-input')).focus();
      return;
    }
    const wasEmpty = cy.nodes().empty();
    const found = await paths.trace(start.id, end.id, { maxHops: view.hops });
    const names = paths.answer.names;
    if (!fromBox.picked || fromBox.picked.id !== start.id) fromBox.set({ id: start.id, name: names.get(start.id) });
    if (!toBox.picked || toBox.picked.id !== end.id) toBox.set({ id: end.id, name: names.get(end.id) });
    if (wasEmpty) view.baseline = idsKey();
    await layout({ incremental: !wasEmpty });
    paths.highlight();
    notice.announce(found.length
      ? `${found.length} path${found.length === 1 ? '' : 's'} found. Path 1 has ${found[0].length} hop${found[0].length === 1 ? '' : 's'}; its weakest link is ${found[0].weakestStatus}.`
      : 'No path found.');
    syncUrl();
  });
}

// --- Filters, counts, notices, URL
function idsKey() {
  return graph.nodeIds().sort().join(',');
}

function onGraphChange() {
  const hidden = filters ? filters.apply(cy) : 0;
  const selected = cy.elements(':selected');
  if (selected.nonempty() && selected.hasClass('filtered')) selected.unselect();
  const nodes = cy.nodes().length;
  const edges = cy.edges().length;
  const total = nodes + edges;
  $('canvas-status').textContent = total
    ? `${nodes} node${nodes === 1 ? '' : 's'} · ${edges} relationship${edges === 1 ? '' : 's'}${hidden ? ` · ${hidden} hidden by filters` : ''}`
    : 'Nothing on the canvas yet';
  $('undo').disabled = !graph.canUndo;
  const tooMany = cy.elements(':visible').length > TOO_MANY;
  // Cheaper drawing while panning and zooming a big graph.
  const renderer = cy.renderer();
  if (renderer) renderer.hideEdgesOnViewport = tooMany;
  if (tooMany) {
    notice.show(`${total.toLocaleString()} elements on the canvas: more than it draws smoothly (about ${TOO_MANY.toLocaleString()}). Narrow down with the filters (types, statuses, years), or hide what you do not need.`, {
      kind: 'warning',
      key: 'too-many',
      actions: [
        { label: 'Open the filters', run: () => openFilters() },
        { label: 'Hide rumours and denials', run: () => hideWeakStatuses() },
      ],
    });
  } else {
    notice.clear('too-many');
  }
  updateEmptyState();
  listView.refresh();
  details.refresh();
  syncUrl();
}
graph.onChange(onGraphChange);

function hideWeakStatuses() {
  const current = filters.get();
  const statuses = (current.statuses ?? ['confirmed', 'reported', 'alleged', 'disputed', 'rumour', 'denied'])
    .filter((s) => s !== 'rumour' && s !== 'denied');
  filters.set({ ...current, statuses });
  onFilterChange();
}

function onFilterChange() {
  onGraphChange();
}

function syncUrl() {
  if (view.restoring) return;
  const ids = graph.nodeIds();
  const focus = view.focus && graph.has(view.focus) ? view.focus : null;
  const pathEnds = paths.active ? paths.endpoints : null;
  let nodes = [];
  notice.clear('url');
  if (ids.length && !(view.baseline && idsKey() === view.baseline)) {
    // Sorted, so that the same canvas always makes the same link, however it was reached.
    nodes = ids.filter((id) => id !== focus).sort();
    if (nodes.length > MAX_GRAPH_IDS - 1) {
      nodes = nodes.slice(0, MAX_GRAPH_IDS - 1);
      notice.show(`The link keeps only ${MAX_GRAPH_IDS} of the ${ids.length} entities on the canvas.`, { kind: 'warning', key: 'url' });
    }
  }
  const selected = cy.elements(':selected').first();
  const pinned = cy.nodes().filter((n) => n.locked());
  writeUrl({
    pins: pinned.map((n) => n.id()).sort(),
    pos: placesForUrl(pinned),
    focus,
    path: pathEnds,
    nodes,
    selected: selected.nonempty() ? selected.id() : null,
    ...(filters ? filters.get() : {}),
    layout: view.layout,
    hops: pathEnds && view.hops !== 4 ? view.hops : null,
    order: paths.order,
    console: cypherConsole.isOpen,
    q: cypherConsole.isOpen ? cypherConsole.query : null,
  });
}

// --- Toolbar and panels
function openFilters() {
  const bar = $('filters');
  bar.classList.remove('collapsed');
  $('filters-toggle').setAttribute('aria-expanded', 'true');
  $('filters-body').hidden = false;
  bar.querySelector('input')?.focus();
}

$('filters-toggle').addEventListener('click', () => {
  const bar = $('filters');
  const open = bar.classList.toggle('collapsed') === false;
  $('filters-toggle').setAttribute('aria-expanded', String(open));
  $('filters-body').hidden = !open;
});

$('layout-select').addEventListener('change', (event) => {
  view.layout = LAYOUTS.includes(event.target.value) ? event.target.value : 'fcose';
  layout({ incremental: false });
  syncUrl();
});
$('relayout').addEventListener('click', () => layout({ incremental: false }));
$('fit').addEventListener('click', () => fitGently(cy, cy.elements(':visible')));
$('zoom-in').addEventListener('click', () => zoomBy(1.25));
$('zoom-out').addEventListener('click', () => zoomBy(0.8));
$('undo').addEventListener('click', undo);
$('clear-canvas').addEventListener('click', () => {
  if (paths.active) paths.close();
  graph.clearAll();
  view.focus = null;
  view.baseline = null;
  details.showNone();
  notice.announce('Canvas cleared. Undo brings it back.');
});
$('export-png').addEventListener('click', () => {
  if (cy.elements(':visible').empty()) notice.show('Nothing on the canvas to export yet.', { kind: 'info' });
  else exportPng(cy, view.focus);
});
$('export-json').addEventListener('click', () => {
  if (cy.elements(':visible').empty()) notice.show('Nothing on the canvas to export yet.', { kind: 'info' });
  else exportJson(cy, view.focus);
});

// Save view / Embed: what is visible, where it is, and the filters that shaped it.
new ViewDialog({
  notice,
  state: () => {
    const nodes = cy.nodes(':visible');
    const positions = {};
    nodes.forEach((n) => { positions[n.id()] = { x: Math.round(n.position('x')), y: Math.round(n.position('y')) }; });
    const { types, statuses, from, to } = filters ? filters.get() : {};
    const chosen = Object.fromEntries(Object.entries({ types, statuses, from, to }).filter(([, v]) => v !== null && v !== undefined));
    const focus = view.focus && graph.has(view.focus) ? cy.getElementById(view.focus).data('name') : null;
    return { nodeIds: nodes.map((n) => n.id()), positions, filters: chosen, layout: view.layout, focusName: focus };
  },
});

function zoomBy(factor) {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

function toggleList(force) {
  const toggle = $('list-view-toggle');
  const open = force ?? toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  toggle.classList.toggle('active', open);
  $('list-view').hidden = !open;
  if (open) {
    listView.render();
    $('list-view').focus();
  }
}
$('list-view-toggle').addEventListener('click', () => toggleList());

function toggleHelp(force) {
  const open = force ?? $('help').hidden;
  $('help').hidden = !open;
  $('help-toggle').setAttribute('aria-expanded', String(open));
  if (open) $('help-close').focus();
}
$('help-toggle').addEventListener('click', () => toggleHelp());
$('help-close').addEventListener('click', () => { toggleHelp(false); $('help-toggle').focus(); });

$('trace-form').addEventListener('submit', (event) => {
  event.preventDefault();
  trace();
});
$('path-swap').addEventListener('click', () => {
  const from = fromBox.picked;
  const to = toBox.picked;
  fromBox.set(to);
  toBox.set(from);
  if (from && to) trace();
});
$('path-hops').addEventListener('change', (event) => {
  view.hops = Number(event.target.value) || 4;
  if (paths.active) trace(...paths.endpoints);
});
$('path-order').addEventListener('change', (event) => {
  paths.setOrder(event.target.value);
  syncUrl();
});
$('paths-close').addEventListener('click', () => {
  paths.close();
  $('trace-button').focus();
});

installKeyboard({
  cy,
  canvas: $('cy'),
  on: {
    search: () => $('search-input').focus(),
    undo,
    help: () => toggleHelp(),
    list: () => toggleList(),
    console: () => cypherConsole.open(),
    escape: () => {
      if (!$('help').hidden) toggleHelp(false);
      else cy.elements(':selected').unselect();
    },
    select: (node) => selectElement(node.id(), { center: true }),
    expand: (node) => expandNode(node.id()),
    more: (node) => expandNode(node.id()),
    hide: (node) => hideElements(node),
    pin: (node) => togglePin(node),
    trace: (node) => traceEnd('from', node.id()),
    zoom: zoomBy,
    fit: () => fitGently(cy, cy.elements(':visible')),
  },
});

new ResizeObserver(() => cy.resize()).observe($('cy'));

// --- Empty canvas: where to start
let starters = [];
function updateEmptyState() {
  const empty = cy.nodes().empty() && busyCount === 0;
  $('empty-state').hidden = !empty;
}

function renderStarters(events) {
  // The latest events are a natural way in: each is where several people and organisations meet.
  starters = [...events].sort((a, b) => (yearOf(b.date) ?? 0) - (yearOf(a.date) ?? 0)).slice(0, 6);
  clear($('starters')).append(...starters.map((event) => el('button', {
    type: 'button', class: 'starter', onclick: () => openEntity(event.id),
  }, el('span', { class: 'starter-name' }, event.name), el('span', { class: 'starter-date' }, formatDate(event.date, event.dateApprox)))));
}

// --- Start: vocabulary and timeline, then the view in the URL
async function restore(url) {
  if (url.layout && LAYOUTS.includes(url.layout)) view.layout = url.layout;
  $('layout-select').value = view.layout;
  if (url.hops && url.hops >= 2 && url.hops <= 6) view.hops = url.hops;
  $('path-hops').value = String(view.hops);
  if (url.order) {
    paths.order = url.order === 'evidence' ? 'evidence' : 'api';
    $('path-order').value = paths.order;
  }

  let restored = false;
  if (url.nodes.length) {
    const ids = [...new Set([url.focus, ...url.nodes].filter(Boolean))].slice(0, MAX_GRAPH_IDS);
    try {
      graph.add(await api.graph(ids));
      restored = true;
      view.focus = url.focus && graph.has(url.focus) ? url.focus : null;
    } catch (error) {
      reportError(error);
    }
  }
  if (!restored && url.focus) {
    await graph.expand(url.focus);
    view.focus = url.focus;
  }
  if (url.path) {
    try {
      await paths.trace(url.path[0], url.path[1], { maxHops: view.hops });
      const names = paths.answer.names;
      fromBox.set({ id: url.path[0], name: names.get(url.path[0]) });
      toBox.set({ id: url.path[1], name: names.get(url.path[1]) });
    } catch (error) {
      reportError(error);
    }
  }
  if (!restored) view.baseline = idsKey();
  graph.changed('restore');
  // The view as loaded is the starting point, not a step the user can undo.
  graph.undoStack.length = 0;
  $('undo').disabled = true;
  if (placeFromUrl(url)) {
    // every node has its place from the link: the picture as it was, no layout
    cy.fit(cy.elements(':visible'), 50);
    if (cy.zoom() > 1.1) cy.zoom({ level: 1.1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  } else if (cy.nodes().nonempty()) {
    // the nodes placed by the link stay there while the layout places the others
    const held = cy.nodes().filter((n) => url.pos.has(n.id()) && !n.locked());
    held.lock();
    try {
      await runLayout(cy, view.layout, { focus: focusIds(), onTimeAxis: (t) => timeAxis.set(t) });
    } finally {
      held.unlock();
    }
  }
  if (paths.active) paths.highlight();
  const select = url.selected && graph.has(url.selected) ? url.selected : (!url.path ? view.focus : null);
  if (select) selectElement(select);
}

async function start() {
  await busy(async () => {
    const [vocabulary, timeline] = await Promise.allSettled([api.vocabulary(), api.timeline()]);
    if (vocabulary.status === 'fulfilled') setVocabulary(vocabulary.value);
    else reportError(vocabulary.reason);
    filters = new Filters({ container: $('filters-body'), onChange: onFilterChange });
    if (timeline.status === 'fulfilled') {
      const events = timeline.value.events ?? [];
      const years = events.map((e) => Math.floor(yearOf(e.date) ?? NaN)).filter(Number.isFinite);
      const histogram = new Map();
      years.forEach((y) => histogram.set(y, (histogram.get(y) ?? 0) + 1));
      if (years.length) filters.setBounds([Math.min(...years), Math.max(...years)], histogram);
      renderStarters(events);
    } else {
      reportError(timeline.reason);
    }
    const url = readUrl();
    filters.set(url);
    try {
      await restore(url);
    } finally {
      view.restoring = false;
      onGraphChange();
    }
    if (url.console) cypherConsole.open({ query: url.q ?? undefined, focus: false });
  });
  updateEmptyState();
}

start();
