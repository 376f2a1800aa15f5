// Opening a link: the canvas made to hold the view a state describes (view-state.js `stateFromUrl`): the
// entities it lists, or its focus with the neighbours; its paths; the nodes where it put them; its selection.

import { api, MAX_GRAPH_IDS } from './api.js';
import { runLayout } from './layouts.js';

/** Puts the nodes where the state says; pins those it pins. Whether every node got a place. */
function place(ex, target) {
  const { cy, store } = ex;
  const places = new Map(target.positions.map(({ id, x, y }) => [id, { x, y }]));
  let placed = 0;
  cy.nodes().forEach((n) => {
    const p = places.get(n.id());
    if (p) {
      n.position(p);
      placed++;
    }
  });
  target.pins.forEach((id) => {
    const n = cy.getElementById(id);
    if (n.nonempty() && n.isNode()) n.lock().addClass('pinned');
  });
  store.dispatch('arrange', target.arranged);
  return placed > 0 && placed === cy.nodes().length;
}

/** `ex`: the explorer's parts (see canvas-actions.js); `target`: the state to show. */
export async function restoreCanvas(ex, target) {
  const { cy, graph, store } = ex;
  let restored = false;
  // A link that lists its entities: exactly those, focus included.
  if (target.baseline === null && target.nodes.length) {
    const ids = [...new Set([target.focus, ...target.nodes].filter(Boolean))].slice(0, MAX_GRAPH_IDS);
    try {
      graph.add(await api.graph(ids));
      restored = true;
      store.dispatch('focus', target.focus && graph.has(target.focus) ? target.focus : null);
    } catch (error) {
      ex.reportError(error);
    }
  }
  if (!restored && target.focus) {
    await graph.expand(target.focus);
    store.dispatch('focus', target.focus);
  }
  if (target.path) {
    try {
      await ex.paths.trace(target.path[0], target.path[1], { maxHops: store.state.hops });
      ex.tracer.showEnds(target.path[0], target.path[1]);
    } catch (error) {
      ex.reportError(error);
    }
  }
  if (!restored) store.dispatch('baseline', graph.nodeIds());
  graph.changed('restore');
  // The view as loaded is the starting point, not a step the user can undo.
  graph.undoStack.length = 0;
  document.getElementById('undo').disabled = true;
  if (place(ex, target)) {
    // every node has its place from the link: the picture as it was, no layout
    cy.fit(cy.elements(':visible'), 50);
    if (cy.zoom() > 1.1) cy.zoom({ level: 1.1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  } else if (cy.nodes().nonempty()) {
    // the nodes placed by the link stay there while the layout places the others
    const placed = new Set(target.positions.map((p) => p.id));
    const held = cy.nodes().filter((n) => placed.has(n.id()) && !n.locked());
    held.lock();
    try {
      await runLayout(cy, store.state.layout, { focus: ex.actions.focusIds(), onTimeAxis: (t) => ex.timeAxis.set(t) });
    } finally {
      held.unlock();
    }
  }
  if (ex.paths.active) ex.paths.highlight();
  const select = target.selected && graph.has(target.selected) ? target.selected : (!target.path ? store.state.focus : null);
  if (select) ex.actions.selectElement(select);
}
