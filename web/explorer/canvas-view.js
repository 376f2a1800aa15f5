// The canvas as the rest of the page sees it: after every change the filters are applied, the status line,
// list view, details and notices follow, and the view state is told what is drawn (`sync`). Selecting,
// double-clicking and dragging on the canvas; the empty canvas with its starters.

import { api, isAbort, MAX_GRAPH_IDS } from './api.js';
import { el, clear, formatDate } from './dom.js';
import { verbOf } from './evidence.js';
import { yearOf } from './layouts.js';
import { STATUS_NAMES } from './style.js';

const $ = (id) => document.getElementById(id);
// Beyond this many elements the canvas stops being fluid: say so and offer to narrow down.
const TOO_MANY = 3000;

/** `ex`: the explorer's parts (see canvas-actions.js), with `actions`, `filters` (once built) and `openFilters`. */
export function createCanvasView(ex) {
  const { cy, graph, store, notice } = ex;

  /** What a link keeps of the canvas, as Cytoscape draws it now. */
  function read() {
    const selected = cy.elements(':selected').first();
    return {
      nodes: graph.nodeIds(),
      pins: cy.nodes().filter((n) => n.locked()).map((n) => n.id()),
      positions: cy.nodes().map((n) => ({ id: n.id(), ...n.position() })),
      selected: selected.nonempty() ? selected.id() : null,
    };
  }

  const sync = () => store.dispatch('canvasRead', read());

  function updateEmptyState() {
    $('empty-state').hidden = !(cy.nodes().empty() && ex.busy.idle);
  }

  function hideWeakStatuses() {
    const current = store.state.filters;
    const statuses = (current.statuses ?? STATUS_NAMES).filter((s) => s !== 'rumour' && s !== 'denied');
    store.dispatch('setFilters', { ...current, statuses });
  }

  /** After every change of what is on the canvas or of the filters. */
  function refresh() {
    const hidden = ex.filters ? ex.filters.apply(cy) : 0;
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
          { label: 'Open the filters', run: () => ex.openFilters() },
          { label: 'Hide rumours and denials', run: () => hideWeakStatuses() },
        ],
      });
    } else {
      notice.clear('too-many');
    }
    updateEmptyState();
    ex.listView.refresh();
    ex.details.refresh();
    ex.analysis?.render();
    sync();
  }

  // A node the user moves by hand makes the picture theirs: from then on the link keeps where every node is.
  cy.on('dragfree', 'node', () => {
    store.dispatch('arrange');
    sync();
  });
  cy.on('select', (event) => {
    const ele = event.target;
    if (ele.isNode()) ex.details.showNode(ele);
    else ex.details.showEdge(ele);
    const name = ele.isNode()
      ? `${ele.data('name')}, ${ele.data('type')}`
      : `${ele.source().data('name')} ${verbOf(ele.data('type'))} ${ele.target().data('name')}, ${ele.data('status')}`;
    notice.announce(`Selected ${name}.`);
    ex.listView.refresh();
    sync();
  });
  cy.on('unselect', () => {
    // Selecting another element unselects the first: wait a tick to see whether anything is still selected.
    setTimeout(() => {
      if (cy.elements(':selected').empty()) {
        ex.details.showNone();
        ex.listView.refresh();
        sync();
      }
    }, 0);
  });
  cy.on('dbltap', 'node', (event) => ex.actions.expandNode(event.target.id()));

  /**
   * Ways in: the story's key people (the people in its events, the most linked first), then its latest
   * events. The people's links are counted by /api/graph; without it, by how many events they are in.
   */
  async function renderStarters(events) {
    const inEvents = new Map();
    for (const event of events) {
      for (const p of new Map((event.participants ?? []).filter((x) => x.type === 'Person').map((x) => [x.id, x])).values()) {
        inEvents.set(p.id, { id: p.id, name: p.name, events: (inEvents.get(p.id)?.events ?? 0) + 1, degree: 0 });
      }
    }
    let people = [...inEvents.values()];
    if (people.length) {
      try {
        const graph = await api.graph(people.slice(0, MAX_GRAPH_IDS).map((p) => p.id));
        for (const node of graph.nodes ?? []) if (inEvents.has(node.id)) inEvents.get(node.id).degree = node.degree ?? 0;
      } catch (error) {
        if (!isAbort(error)) ex.reportError(error);
      }
      people = [...inEvents.values()].sort((a, b) => b.degree - a.degree || b.events - a.events || a.name.localeCompare(b.name));
    }
    const latest = [...events].sort((a, b) => (yearOf(b.date) ?? 0) - (yearOf(a.date) ?? 0)).slice(0, people.length ? 3 : 6);
    const card = (id, name, meta, kind) => el('button', {
      type: 'button', class: ['starter', `starter-${kind}`], dataset: { id }, onclick: () => ex.actions.openEntity(id),
    }, el('span', { class: 'starter-name' }, name), el('span', { class: 'starter-date' }, meta));
    clear($('starters')).append(
      ...people.slice(0, 6).map((p) => card(p.id, p.name, p.degree ? `${p.degree} links` : 'person', 'person')),
      ...latest.map((event) => card(event.id, event.name, formatDate(event.date, event.dateApprox), 'event')));
  }

  return { refresh, sync, updateEmptyState, renderStarters };
}
