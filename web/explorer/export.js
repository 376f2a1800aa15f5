// Export of what is on screen: a PNG of the canvas with its title, legend and sources, and the graph JSON of the visible subgraph (the same
// shape the API returns, so an export can be read back by anything that reads the API).

import { apiData } from './graph.js';
import { STATUSES, TYPES } from './style.js';

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

const css = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/**
 * A PNG to put in a story: a title, the visible graph as drawn (without the selection's halo or the "+3"
 * badges of neighbours not shown: they belong to the screen, not to the picture), a legend of the types and
 * statuses it shows, and the sources it rests on. `title`: the view's subject.
 */
export async function exportPng(cy, base, { title = 'Tracegraph' } = {}) {
  const visible = cy.elements(':visible');
  let graphUri;
  cy.elements().addClass('exporting');
  try {
    graphUri = cy.png({ output: 'base64uri', full: true, scale: 2, maxWidth: 6000, maxHeight: 6000, bg: css('--panel') });
  } finally {
    cy.elements().removeClass('exporting');
  }
  const picture = new Image();
  await new Promise((resolve, reject) => { picture.onload = resolve; picture.onerror = reject; picture.src = graphUri; });

  const scale = 2;
  const pad = 24 * scale;
  const font = (size, weight = 400) => `${weight} ${size * scale}px ${css('--font') || 'sans-serif'}`;
  const types = TYPES.filter((t) => visible.nodes().some((n) => n.data('type') === t.name));
  const statuses = STATUSES.filter((s) => visible.edges().some((e) => e.data('status') === s.name));
  const sources = [...new Map(visible.edges().flatMap((e) => e.data('sources') ?? []).map((src) => [src.id, src])).values()];
  const credit = `Sources: ${sources.slice(0, 4).map((src) => src.title ?? src.id).join('; ')}${sources.length > 4 ? `; and ${sources.length - 4} more` : ''}`
    + ` · Tracegraph, ${window.location.host}`;
  const width = Math.max(picture.width, 900 * scale);
  const head = 56 * scale;
  const legendHeight = 34 * scale;
  const foot = 30 * scale;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = head + picture.height + legendHeight + foot;
  const g = canvas.getContext('2d');
  g.fillStyle = css('--panel');
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = css('--ink');
  g.font = font(22, 700);
  g.textBaseline = 'middle';
  g.fillText(title, pad, head / 2, width - 2 * pad);
  g.drawImage(picture, (width - picture.width) / 2, head);

  // The legend: each type's colour, then each status's line, as on the canvas.
  let x = pad;
  const y = head + picture.height + legendHeight / 2;
  g.font = font(13);
  for (const t of types) {
    g.fillStyle = t.color;
    g.beginPath();
    g.arc(x + 7 * scale, y, 7 * scale, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = css('--ink');
    g.fillText(t.name, x + 18 * scale, y);
    x += 18 * scale + g.measureText(t.name).width + 16 * scale;
  }
  for (const st of statuses) {
    g.strokeStyle = st.color;
    g.lineWidth = Math.max(2, st.width) * scale;
    g.setLineDash((st.dash ?? []).map((d) => d * scale));
    g.beginPath();
    g.moveTo(x, y);
    g.lineTo(x + 28 * scale, y);
    g.stroke();
    g.setLineDash([]);
    g.fillStyle = css('--ink');
    g.fillText(st.name, x + 34 * scale, y);
    x += 34 * scale + g.measureText(st.name).width + 16 * scale;
  }
  g.fillStyle = css('--muted');
  g.font = font(12);
  g.fillText(credit, pad, canvas.height - foot / 2, width - 2 * pad);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  download(blob, filename(base, 'png'));
}
