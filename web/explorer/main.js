// Wiring: builds the explorer's parts, hands each the actions it triggers, and subscribes the views to the
// view state (view-state.js): the URL, the toolbar's controls and the filters follow it. At start the view the
// URL describes is restored. The parts know nothing of each other; `ex` is how they reach one another.

import { api, isAbort, MAX_GRAPH_IDS } from './api.js';
import { Graph } from './graph.js';
import { setVocabulary } from './evidence.js';
import { Combobox } from './search.js';
import { DetailsPanel } from './details.js';
import { PathsPanel } from './paths.js';
import { Filters } from './filters.js';
import { yearOf } from './layouts.js';
import { TimeAxis } from './time-axis.js';
import { writeUrl } from './url-state.js';
import { ListView } from './list-view.js';
import { Notice } from './notice.js';
import { CypherConsole } from './cypher-console.js';
import { Curation } from './curation.js';
import { MentionFinder } from './mentions.js';
import { installReaderSignIn } from './reader-sign-in.js';
import { createBusy } from './busy.js';
import { createViewState, linkedNodes, sameFilters, stateFromUrl, urlFor } from './view-state.js';
import { createCanvasActions } from './canvas-actions.js';
import { createCanvasView } from './canvas-view.js';
import { createQueryDrawing } from './canvas-query.js';
import { createTracer } from './canvas-trace.js';
import { restoreCanvas } from './canvas-restore.js';
import { installToolbar } from './toolbar.js';
import { AnalysisPanel } from './analysis.js';
import { createPlayback } from './playback.js';
import { notesBox } from './notes.js';
import { ReviewPanel } from './review.js';

const $ = (id) => document.getElementById(id);

installReaderSignIn(); // before the first read: a private server refuses it
const notice = new Notice($('notice'), $('announcer'));
const graph = new Graph($('cy'));
const { cy } = graph;
window.cy = cy;

const reportError = (error) => { if (!isAbort(error)) notice.error(error); };
graph.onError = reportError;
const store = createViewState();
const busy = createBusy({ onError: reportError, onIdle: () => canvasView.updateEmptyState() });

// The parts, and the canvas's actions, reach one another through `ex`.
const ex = { cy, graph, store, notice, busy, reportError, filters: null, sync: () => canvasView.sync() };
const actions = createCanvasActions(ex);
ex.actions = actions;
ex.timeAxis = new TimeAxis(cy, $('time-axis'));
ex.listView = new ListView({ container: $('list-view'), cy, onSelect: (id) => actions.selectElement(id, { center: true }) });

ex.details = new DetailsPanel($('details'), {
  graph,
  track: busy.track,
  onError: reportError,
  onEntity: (id, relationship) => actions.bringEntity(id, relationship),
  // the editor's tools (curation, built below; called only once an entity is shown)
  extras: (entity) => curation.detailsBox(entity),
  // an editor's notes on the relationship shown (none for readers)
  edgeExtras: (edge) => notesBox('relationship', edge.id, { onError: reportError }),
  actions: {
    expand: (id) => actions.expandNode(id),
    showMore: (id) => actions.expandNode(id),
    hide: (id) => actions.hideElements(cy.getElementById(id)),
    pin: (id) => actions.togglePin(cy.getElementById(id)),
    traceFrom: (id) => ex.tracer.traceEnd('from', id),
    traceTo: (id) => ex.tracer.traceEnd('to', id),
  },
});

ex.paths = new PathsPanel({
  section: $('paths-panel'),
  results: $('path-results'),
  summary: $('path-summary'),
  graph,
  onError: reportError,
  onEntity: (id) => actions.bringEntity(id),
  onHop: (edgeId) => actions.selectElement(edgeId, { center: true }),
  onChange: () => {
    store.dispatch(ex.paths.active ? 'showPaths' : 'closePaths', ex.paths.endpoints);
    ex.sync();
  },
});

// The search box needs no handle once built: picking is all it does.
new Combobox({
  input: $('search-input'),
  listbox: $('search-suggestions'),
  onError: reportError,
  onPick: (entity) => actions.openEntity(entity.id),
});
ex.tracer = createTracer(ex);

// The Cypher console: its results drawn through the same graph, layout and undo as everything else.
const cypherConsole = new CypherConsole({
  track: busy.track,
  onGraph: createQueryDrawing(ex),
  onEntity: (id) => actions.bringEntity(id),
  onChange: () => {
    store.dispatch('setConsole', { open: cypherConsole.isOpen, query: cypherConsole.query });
    ex.sync();
  },
  announce: (message) => notice.announce(message),
});
ex.cypherConsole = cypherConsole;

// Curation: editors sign in once per tab, then create, edit, link, merge and delete (curation.js).
const curation = new Curation({
  toolbar: document.querySelector('.toolbar .tools'),
  notice,
  onError: reportError,
  onEntity: (entity) => actions.showEdited(entity),
  onRelationship: (fromId, edge) => actions.showNewRelationship(fromId, edge),
  onMerged: (oldId, survivor) => actions.showMerged(oldId, survivor),
  onDeleted: (id) => actions.removeDeleted(id),
});
curation.onSession = () => actions.refreshSelectedDetails();

// "Article": a pasted text's known entities onto the canvas; editors record it and link them (mentions.js).
new MentionFinder({
  toolbar: document.querySelector('.toolbar .tools'),
  notice,
  onError: reportError,
  onAdd: (ids) => actions.addEntities(ids),
  onLinked: (fromId, edge) => actions.showNewRelationship(fromId, edge),
});

// "Review": what ingested documents propose, accepted or rejected by an editor (review.js).
new ReviewPanel({
  toolbar: document.querySelector('.toolbar .tools'),
  notice,
  onError: reportError,
  onAdd: (ids) => ids.length && actions.addEntities(ids),
});

// a ranked entity off the canvas (the server's analysis of a neighbourhood) is brought onto it
ex.analysis = new AnalysisPanel({
  cy,
  store,
  onError: reportError,
  onSelect: (id) => (cy.getElementById(id).nonempty() ? actions.selectElement(id, { center: true }) : actions.bringEntity(id)),
});
const canvasView = createCanvasView(ex);
graph.onChange(() => canvasView.refresh());
const toolbar = installToolbar(ex);
ex.openFilters = toolbar.openFilters;
// On a phone the canvas shrinks and grows as the bottom sheet comes and goes: keep the graph in view.
const phone = window.matchMedia('(max-width: 640px)');
new ResizeObserver(() => {
  cy.resize();
  if (phone.matches && busy.idle && cy.elements(':visible').nonempty()) cy.fit(cy.elements(':visible'), 24);
}).observe($('cy'));

// --- The views that follow the state
store.subscribe((state) => {
  if (!state.ready) return; // until the URL's view is on the canvas, the URL stays as it was given
  notice.clear('url');
  if (linkedNodes(state).total > MAX_GRAPH_IDS - 1) {
    notice.show(`The link keeps only ${MAX_GRAPH_IDS} of the ${state.nodes.length} entities on the canvas.`, { kind: 'warning', key: 'url' });
  }
  writeUrl(urlFor(state));
});
store.subscribe((state, before) => {
  if (state.layout !== before.layout || state.hops !== before.hops || state.order !== before.order) toolbar.render(state);
});
store.subscribe((state, before) => {
  if (state.analysis !== before.analysis) ex.analysis.render();
});
store.subscribe((state, before) => {
  if (state.filters === before.filters || !ex.filters) return;
  if (!sameFilters(ex.filters.get(), state.filters)) ex.filters.set(state.filters);
  // What the filter bar could not show (an unknown type, say) leaves the state too.
  if (!sameFilters(ex.filters.get(), state.filters)) store.dispatch('setFilters', ex.filters.get());
  if (state.ready) canvasView.refresh();
});

// --- Start: vocabulary and timeline, then the view in the URL
async function start() {
  await busy.run(async () => {
    const [vocabulary, timeline] = await Promise.allSettled([api.vocabulary(), api.timeline()]);
    if (vocabulary.status === 'fulfilled') setVocabulary(vocabulary.value);
    else reportError(vocabulary.reason);
    ex.filters = new Filters({ container: $('filters-body'), onChange: () => {
      store.dispatch('pause');
      store.dispatch('setFilters', ex.filters.get());
    } });
    createPlayback({ store, filters: ex.filters, container: ex.filters.timeGroup });
    if (timeline.status === 'fulfilled') {
      const events = timeline.value.events ?? [];
      const years = events.map((e) => Math.floor(yearOf(e.date) ?? NaN)).filter(Number.isFinite);
      const histogram = new Map();
      years.forEach((y) => histogram.set(y, (histogram.get(y) ?? 0) + 1));
      if (years.length) ex.filters.setBounds([Math.min(...years), Math.max(...years)], histogram);
      canvasView.renderStarters(events);
    } else {
      reportError(timeline.reason);
    }
    const target = stateFromUrl(window.location.search);
    store.dispatch('restore', target);
    store.dispatch('analyse', target.analysis);
    toolbar.render(store.state);
    ex.filters.set(target.filters);
    store.dispatch('setFilters', ex.filters.get());
    try {
      await restoreCanvas(ex, target);
    } finally {
      store.dispatch('ready');
      canvasView.refresh();
    }
    if (target.console.open) cypherConsole.open({ query: target.console.query || undefined, focus: false });
  });
  canvasView.updateEmptyState();
}

start();
