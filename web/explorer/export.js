// Export of what is on screen: a PNG of the canvas, and the graph JSON of the visible subgraph (the same
// shape the API returns, so an export can be read back by anything that reads the API).

import { apiData } from './graph.js';

function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function filename(base, extension) {
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `tracegraph-${base || 'view'}-${stamp}.${extension}`;
}

/** The visible nodes and edges as graph JSON: `{nodes, edges}` with the API's fields only. */
export function visibleGraph(cy) {
  const visible = cy.elements(':visible');
  return {
    nodes: visible.nodes().map(apiData),
    edges: visible.edges().map(apiData),
  };
}

export function exportJson(cy, base) {
  const json = JSON.stringify(visibleGraph(cy), null, 2);
  download(new Blob([json], { type: 'application/json' }), filename(base, 'json'));
}

export function exportPng(cy, base) {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, maxWidth: 8000, maxHeight: 8000, bg: '#ffffff' });
  download(blob, filename(base, 'png'));
}
