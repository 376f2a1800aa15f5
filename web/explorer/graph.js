// The canvas: one Cytoscape instance and every change made to what is on it (add, expand in pages, hide,
// pin), each recorded first so that Undo can put the canvas back exactly as it was.

import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { api, MAX_GRAPH_IDS } from './api.js';
import { readableLabels, stylesheet } from './style.js';

// fcose comes as UMD scripts (see index.html); without them the explorer still works with the built-in layouts.
if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);

export const PAGE_SIZE = 25;
const UNDO_DEPTH = 40;
// Fields the explorer adds to element data for drawing; they are not the API's and are never exported.
export const INTERNAL_FIELDS = ['hiddenCount'];

export class Graph {
  constructor(container) {
    this.cy = cytoscape({
      container,
      style: stylesheet,
      elements: [],
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // While panning or zooming, move a snapshot of the canvas instead of redrawing thousands of elements.
      textureOnViewport: true,
    });
    readableLabels(this.cy);
    this.undoStack = [];
    // Next neighbourhood page of each expanded node: a number while more remain, null once all were seen.
    this.pages = new Map();
    // Exact neighbour ids of entities whose full relationship list has been read (from the details panel).
    this.neighbourIds = new Map();
    this.listeners = new Set();
    this.onError = null;
  }

  /** Called after every change of what is on the canvas, with a word for what happened. */
  onChange(listener) {
    this.listeners.add(listener);
  }

  changed(what) {
    this.refreshHiddenCounts();
    for (const listener of this.listeners) listener(what);
  }

  get canUndo() {
    return this.undoStack.length > 0;
  }

  /** Remember the canvas as it is now, before a change named `label`. */
  checkpoint(label) {
    this.undoStack.push({ label, elements: this.cy.elements().jsons(), pages: new Map(this.pages) });
    if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
  }

  /** Put back the canvas as it was before the last change; returns that change's label, or null. */
  undo() {
    const last = this.undoStack.pop();
    if (!last) return null;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(last.elements);
    });
    this.pages = last.pages;
    this.changed('undo');
    return last.label;
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  /**
   * Adds the nodes and edges of a graph JSON document that are not yet on the canvas, new nodes placed
   * around `around` (so an incremental layout starts near the right place). Returns what was added.
   */
  add(graph, { around } = {}) {
    const cy = this.cy;
    const anchor = around && this.has(around) ? cy.getElementById(around).position() : null;
    const centre = anchor ?? { x: cy.width() / 2, y: cy.height() / 2 };
    const seen = new Set();
    const newNodes = (graph.nodes ?? []).filter((n) => !this.has(n.id) && !seen.has(n.id) && seen.add(n.id));
    let added = cy.collection();
    cy.batch(() => {
      for (const node of graph.nodes ?? []) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) existing.data({ ...node });
      }
      const radius = 110 + 6 * newNodes.length;
      // A random start angle keeps successive rings from putting a new node on top of an earlier one.
      const start = Math.random() * 2 * Math.PI;
      const toAdd = newNodes.map((node, i) => {
        const angle = start + (2 * Math.PI * i) / Math.max(1, newNodes.length);
        return {
          group: 'nodes',
          data: { ...node },
          position: { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) },
        };
      });
      added = added.union(cy.add(toAdd));
      const edges = (graph.edges ?? []).filter((e) => !this.has(e.id) && !seen.has(e.id) && seen.add(e.id)
        && this.has(e.source) && this.has(e.target));
      added = added.union(cy.add(edges.map((edge) => ({ group: 'edges', data: { ...edge } }))));
    });
    return added;
  }

  /**
   * A query result's graph JSON onto the canvas: added to what is there, or (`replace`) instead of it. One
   * step to undo either way. Returns what was added.
   */
  addResult(graph, { replace = false } = {}) {
    this.checkpoint(replace ? 'replace with a query result' : 'add a query result');
    if (replace) {
      this.cy.elements().remove();
      this.pages.clear();
    }
    const added = this.add(graph);
    if (!replace && added.empty()) this.undoStack.pop();
    return added;
  }

  /** The ids of the entities on the canvas. */
  nodeIds() {
    return this.cy.nodes().map((n) => n.id());
  }

  /**
   * Brings the next page of a node's neighbours onto the canvas. A node that was never expanded starts at
   * the first page; one whose pages are all seen starts over (to bring back what was hidden since).
   * Pages that add nothing new are skipped, so one click always shows something when anything is left.
   */
  async expand(id) {
    let offset = this.pages.get(id) ?? 0;
    let added = this.cy.collection();
    let next = null;
    let recorded = false;
    try {
      for (let requests = 0; requests < 20; requests += 1) {
        const page = await api.neighbourhood(id, { offset, limit: PAGE_SIZE });
        if (!recorded) {
          this.checkpoint('expand');
          recorded = true;
        }
        added = added.union(this.add(page, { around: id }));
        next = Number.isInteger(page.nextOffset) && page.nextOffset > offset ? page.nextOffset : null;
        if (added.nodes().nonempty() || next === null) break;
        offset = next;
      }
    } finally {
      // An expansion that brought nothing is not a step worth undoing.
      if (recorded && added.empty()) this.undoStack.pop();
      if (recorded) this.pages.set(id, next);
    }
    if (added.nonempty()) {
      // Missing cross-links are a loss of detail, not of the expansion: report and carry on.
      try {
        added = added.union(await this.connect());
      } catch (error) {
        this.onError?.(error);
      }
    }
    this.changed('expand');
    return { added, more: next !== null };
  }

  /**
   * Draws the relationships among the entities on the canvas that no expansion brought (a neighbourhood
   * page only has those around its centre), so what is shown is the whole picture among what is shown.
   */
  async connect() {
    const ids = this.nodeIds();
    if (ids.length < 2 || ids.length > MAX_GRAPH_IDS) return this.cy.collection();
    const graph = await api.graph(ids);
    return this.add({ nodes: [], edges: graph.edges ?? [] });
  }

  hide(eles) {
    if (eles.empty()) return;
    this.checkpoint('hide');
    this.cy.remove(eles.union(eles.connectedEdges()));
    this.changed('hide');
  }

  /** Pinned nodes keep their place through every layout (and cannot be dragged until unpinned). */
  togglePin(node) {
    this.checkpoint(node.locked() ? 'unpin' : 'pin');
    if (node.locked()) {
      node.unlock();
      node.removeClass('pinned');
    } else {
      node.lock();
      node.addClass('pinned');
    }
    this.changed('pin');
  }

  clearAll() {
    if (this.cy.elements().empty()) return;
    this.checkpoint('clear');
    this.cy.elements().remove();
    this.pages.clear();
    this.changed('clear');
  }

  /** What the details panel learnt of an entity's relationships, for an exact count of hidden neighbours. */
  learnNeighbours(id, ids) {
    this.neighbourIds.set(id, new Set(ids));
    this.refreshHiddenCounts();
  }

  hiddenCount(node) {
    const known = this.neighbourIds.get(node.id());
    if (known) {
      let hidden = 0;
      for (const other of known) if (!this.has(other)) hidden += 1;
      return hidden;
    }
    // Without the list, degree (relationships in all) minus those drawn is the best estimate.
    return Math.max(0, (node.data('degree') ?? 0) - node.connectedEdges().length);
  }

  refreshHiddenCounts() {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const hidden = this.hiddenCount(node);
        if (node.data('hiddenCount') !== hidden) node.data('hiddenCount', hidden);
      });
    });
  }
}

/** The API's fields of an element, without what the explorer added to draw it. */
export function apiData(ele) {
  const data = { ...ele.data() };
  for (const field of INTERNAL_FIELDS) delete data[field];
  return data;
}
