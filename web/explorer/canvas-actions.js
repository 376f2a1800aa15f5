// What the user does to the canvas: open, expand, bring in, add, hide, pin, undo, select, lay out, zoom, clear,
// and how an editor's changes (curation.js, mentions.js) show on it. Each loads through the API, changes the
// canvas through graph.js (one undoable step), tells the view state what changed and announces the result.

import { api } from './api.js';
import { verbOf } from './evidence.js';
import { fitGently, runLayout } from './layouts.js';

/** A relationship from /api/entities/{id} as a graph JSON edge. */
export function edgeOf({ direction, other, ...edge }) {
  return edge;
}

/**
 * `ex` holds the explorer's parts: cy, graph, store (view-state.js), notice, details, paths, timeAxis, busy,
 * reportError, and `sync()`, which reads the canvas into the state.
 */
export function createCanvasActions(ex) {
  const { cy, graph, store, notice } = ex;

  function focusIds() {
    return [store.state.focus, ...(ex.paths.endpoints ?? []), cy.nodes(':selected').id()].filter(Boolean);
  }

  function layout({ incremental = false } = {}) {
    return ex.busy.run(() => runLayout(cy, store.state.layout, {
      incremental,
      focus: focusIds(),
      onTimeAxis: (ticks) => ex.timeAxis.set(ticks),
    })).then(() => {
      if (store.state.arranged) ex.sync();
    });
  }

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

  async function openEntity(id) {
    await ex.busy.run(async () => {
      const wasEmpty = cy.nodes().empty();
      if (!graph.has(id) || !graph.pages.has(id)) {
        const { added } = await graph.expand(id);
        if (wasEmpty) store.dispatch('baseline', graph.nodeIds());
        store.dispatch('focus', id);
        if (added.nonempty()) await layout({ incremental: !wasEmpty });
      } else {
        store.dispatch('focus', id);
      }
      selectElement(id, { center: true });
      ex.sync();
    });
  }

  async function expandNode(id) {
    await ex.busy.run(async () => {
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
      ex.details.refresh();
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
    await ex.busy.run(async () => {
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
        ex.reportError(error);
      }
      graph.changed('add');
      await layout({ incremental: true });
      selectElement(id, { center: true });
    });
  }

  /** Entities by id onto the canvas with the relationships among what is there, as one undoable step. */
  function addEntities(ids) {
    return ex.busy.run(async () => {
      const wasEmpty = cy.nodes().empty();
      const added = graph.addResult(await api.graph(ids));
      await graph.connect();
      graph.changed('add');
      notice.announce(`${added.nodes().length} entit${added.nodes().length === 1 ? 'y' : 'ies'} added to the canvas.`);
      if (added.nonempty()) await layout({ incremental: !wasEmpty });
    });
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
    ex.details.refresh();
  }

  function showSelected() {
    const selected = cy.elements(':selected').first();
    if (selected.empty()) ex.details.showNone();
    else if (selected.isNode()) ex.details.showNode(selected);
    else ex.details.showEdge(selected);
  }

  function undo() {
    const what = graph.undo();
    if (!what) {
      notice.announce('Nothing to undo.');
      return;
    }
    if (ex.paths.active) ex.paths.highlight();
    showSelected();
    notice.announce(`Undid ${what}.`);
  }

  function clearCanvas() {
    if (ex.paths.active) ex.paths.close();
    graph.clearAll();
    store.dispatch('clearCanvas');
    ex.details.showNone();
    notice.announce('Canvas cleared. Undo brings it back.');
  }

  const zoomBy = (factor) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  const fit = () => fitGently(cy, cy.elements(':visible'));

  // --- an editor's changes (curation.js, mentions.js)
  function refreshSelectedDetails() {
    const selected = cy.nodes(':selected');
    if (selected.length === 1) ex.details.showNode(selected[0]);
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
    if (node.selected()) ex.details.showNode(node);
    else selectElement(entity.id, { center: true });
  }

  /** A new relationship of `fromId`: drawn with its other end, then the entity selected again. */
  async function showNewRelationship(fromId, edge) {
    const otherId = edge.source === fromId ? edge.target : edge.source;
    const entity = await ex.busy.run(() => api.entity(fromId));
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
    await ex.busy.run(async () => {
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
    ex.details.showNone();
  }

  return {
    focusIds, layout, selectElement, openEntity, expandNode, bringEntity, addEntities, hideElements, togglePin,
    undo, clearCanvas, zoomBy, fit, refreshSelectedDetails, showEdited, showNewRelationship, showMerged, removeDeleted,
  };
}
