// The embed page: one saved version of a view, read-only. The server wrote the page (title, caption, credits,
// the table of relationships, the picture for readers without JavaScript) and put the version's snapshot in
// #view-data; this module draws it with the explorer's style sheet and shows a link's or a name's evidence
// when it is tapped. No editor chrome, and nothing is fetched: what the page shows is what the view holds.

import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { readableLabels, STATUS_NAMES, stylesheet } from '/explorer/style.js';
import { evidenceBlock, lineSample, typeChip, verbOf } from '/explorer/evidence.js';
import { el, clear, formatSpan } from '/explorer/dom.js';

const $ = (id) => document.getElementById(id);
const view = JSON.parse($('view-data').textContent);
const names = new Map(view.nodes.map((n) => [n.id, n.name]));
const positions = view.positions ?? {};
const saved = view.nodes.length > 0 && view.nodes.every((n) => positions[n.id]);

const cy = cytoscape({
  container: $('cy'),
  elements: [
    ...view.nodes.map((n) => ({ group: 'nodes', data: { ...n }, position: saved ? { ...positions[n.id] } : undefined })),
    ...view.edges.map((e) => ({ group: 'edges', data: { ...e } })),
  ],
  style: stylesheet,
  // The editor's positions; without them, a circle in the view's order, as the server's picture draws it.
  layout: saved ? { name: 'preset', fit: true, padding: 24 } : { name: 'circle', fit: true, padding: 24, sort: () => 0 },
  autoungrabify: true,
  boxSelectionEnabled: false,
  minZoom: 0.15,
  maxZoom: 4,
});
window.cy = cy;
readableLabels(cy);

// The traced path the view was saved with stays highlighted, the rest faded, as in the explorer.
if (view.highlight?.length) {
  cy.batch(() => {
    const path = view.highlight.reduce((eles, id) => eles.union(cy.getElementById(id)), cy.collection());
    path.addClass('path-highlight');
    cy.elements().not(path).addClass('faded');
  });
}

// A compact legend of the statuses the view shows: the line style, then the word.
const shown = [...new Set(view.edges.map((e) => e.status))]
  .sort((a, b) => STATUS_NAMES.indexOf(a) - STATUS_NAMES.indexOf(b));
const legend = $('embed-legend');
if (legend) {
  clear(legend).append(...shown.map((status) => el('li', { class: 'embed-legend-item' }, lineSample(status), status)));
  legend.hidden = shown.length === 0;
}

const details = $('embed-details');

function closeButton() {
  return el('button', { type: 'button', class: 'embed-close', 'aria-label': 'Close the evidence', onclick: hideDetails }, '×');
}

function hideDetails() {
  details.hidden = true;
  clear(details);
  cy.elements().unselect();
}

function nameOf(id) {
  return names.get(id) ?? id;
}

function showEdge(edge) {
  const head = el('p', { class: 'embed-sentence' },
    el('strong', {}, nameOf(edge.source)), ` ${verbOf(edge.type)} `, el('strong', {}, nameOf(edge.target)));
  clear(details).append(closeButton(), evidenceBlock(edge, { head }));
  details.hidden = false;
}

function showNode(node) {
  const span = formatSpan(node);
  const edges = cy.getElementById(node.id).connectedEdges().map((e) => e.data());
  clear(details).append(
    closeButton(),
    el('h2', { class: 'embed-name', id: 'embed-details-name' }, node.name),
    el('p', { class: 'embed-meta' }, typeChip(node.type), node.kind ? ` ${node.kind}` : null, span ? ` · ${span}` : null),
    node.description ? el('p', { class: 'embed-description' }, node.description) : null,
    edges.length ? el('h3', { class: 'embed-subhead' }, `Relationships shown (${edges.length})`) : null,
    ...edges.map((edge) => {
      const outgoing = edge.source === node.id;
      const head = el('p', { class: 'embed-sentence' },
        outgoing ? `${verbOf(edge.type)} ` : el('strong', {}, nameOf(edge.source)),
        outgoing ? el('strong', {}, nameOf(edge.target)) : ` ${verbOf(edge.type)} this`);
      return evidenceBlock(edge, { head });
    }),
  );
  details.hidden = false;
}

cy.on('tap', 'edge', (event) => showEdge(event.target.data()));
cy.on('tap', 'node', (event) => showNode(event.target.data()));
cy.on('tap', (event) => { if (event.target === cy) hideDetails(); });
document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && !details.hidden) hideDetails(); });

function zoomBy(factor) {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}
$('embed-zoom-in').addEventListener('click', () => zoomBy(1.25));
$('embed-zoom-out').addEventListener('click', () => zoomBy(0.8));
$('embed-fit').addEventListener('click', () => cy.fit(undefined, 24));
document.querySelector('.embed-controls').hidden = false;
$('embed-hint').hidden = false;

// The frame may change size with the article's column, and on wide frames the evidence panel takes a side of
// the canvas: keep the whole graph in view. html[data-busy] says when the graph is settled (tests wait on it).
let resizeTimer = null;
const setBusy = (busy) => { document.documentElement.dataset.busy = String(busy); };
new ResizeObserver(() => {
  setBusy(true);
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => { cy.resize(); cy.fit(undefined, 24); setBusy(false); }, 100);
}).observe($('cy'));
