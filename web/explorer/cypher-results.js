// A Cypher result as text: each value of a row in words (a node by its name, a relationship by its type, a
// path as a chain, lists and maps as compact JSON), the table of them, and the summary line. Text only:
// every value is a text node, so a string such as `<img src=x onerror=...>` shows as those characters.

import { el } from './dom.js';

/** Longest text a cell shows; the whole value is in its title (up to TITLE_MAX). */
export const CELL_MAX = 120;
const TITLE_MAX = 4000;

const isGraphValue = (v, kind) => v !== null && typeof v === 'object' && !Array.isArray(v) && v.kind === kind
  && (kind !== 'path' || Array.isArray(v.nodes));

export function nodeName(node) {
  const p = node.properties ?? {};
  return String(p.name ?? p.title ?? node.id ?? '?');
}

/** Direction of a relationship of a path, from the result's graph JSON (edge id → {source, target}). */
function arrow(rel, fromNode, edges) {
  const edge = edges.get(rel.id);
  if (edge && fromNode) {
    if (edge.source === fromNode.id) return [`-[:${rel.type}]->`];
    if (edge.target === fromNode.id) return [`<-[:${rel.type}]-`];
  }
  return [`-[:${rel.type}]-`];
}

/**
 * One value in words. `edges` maps relationship ids to the result graph's edges (for path directions);
 * `top` is false inside lists and maps, where strings are quoted as in JSON.
 */
export function formatValue(value, edges = new Map(), top = true) {
  if (value === null || value === undefined) return 'null';
  if (isGraphValue(value, 'node')) return top ? nodeName(value) : `(${nodeName(value)})`;
  if (isGraphValue(value, 'relationship')) return top ? `:${value.type}` : `[:${value.type}]`;
  if (isGraphValue(value, 'path')) {
    const parts = [];
    value.nodes.forEach((node, i) => {
      parts.push(`(${nodeName(node)})`);
      const rel = value.relationships?.[i];
      if (rel) parts.push(...arrow(rel, node, edges));
    });
    return parts.join('');
  }
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, edges, false)).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${formatValue(v, edges, false)}`).join(', ')}}`;
  }
  if (typeof value === 'string') return top ? value : JSON.stringify(value);
  return String(value);
}

export function truncate(text, max = CELL_MAX) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function kindOf(value) {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return ['node', 'relationship', 'path'].includes(value.kind) ? value.kind : 'map';
  return typeof value;
}

/**
 * One table cell. A node is a button that brings the entity onto the canvas (`onEntity(id)`); a value too
 * long for the cell is cut, with the whole of it in the title.
 */
function cell(value, edges, onEntity) {
  const kind = kindOf(value);
  const full = formatValue(value, edges);
  const text = truncate(full);
  const title = text === full && kind !== 'node' && kind !== 'relationship' ? null : truncate(full, TITLE_MAX);
  if (kind === 'node' && onEntity) {
    return el('td', { class: 'cell-node', dataset: { kind, nodeId: value.id } },
      el('button', {
        type: 'button', class: 'link-button', title: `${(value.labels ?? []).filter((l) => l !== 'Entity').map((l) => `:${l}`).join('')} ${value.id} — show it on the canvas`,
        onclick: () => onEntity(value.id),
      }, text));
  }
  const attrs = { class: `cell-${kind}`, title, dataset: { kind } };
  if (kind === 'relationship') {
    attrs.dataset.relationshipId = value.id;
    attrs.title = `${value.id}${value.properties?.status ? ` (${value.properties.status})` : ''}`;
  }
  return el('td', attrs, text);
}

/** The rows as a table: a header per column, a row per row, a cell per value. */
export function resultTable(result, { onEntity } = {}) {
  const edges = new Map((result.graph?.edges ?? []).map((e) => [e.id, e]));
  const columns = result.columns ?? [];
  return el('table', { id: 'cypher-table', class: 'list-table cypher-table', 'aria-label': 'Query result' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'row-number' }, '#'),
      columns.map((c) => el('th', { scope: 'col', dataset: { column: c } }, c)))),
    el('tbody', {}, (result.rows ?? []).map((row, i) => el('tr', {},
      el('th', { scope: 'row', class: 'row-number' }, String(i + 1)),
      columns.map((c, j) => cell(row[j], edges, onEntity))))));
}

/** "5 rows · 3 ms · truncated at 5000 rows", and what Neo4j noted about the query. */
export function summaryText(result) {
  const s = result.summary ?? {};
  const rows = s.rowCount ?? result.rows?.length ?? 0;
  const parts = [`${rows.toLocaleString()} row${rows === 1 ? '' : 's'}`];
  if (Number.isFinite(s.resultAvailableAfterMs)) {
    const ms = s.resultAvailableAfterMs + (s.resultConsumedAfterMs ?? 0);
    parts.push(`${ms.toLocaleString()} ms`);
  }
  const nodes = result.graph?.nodes?.length ?? 0;
  const edges = result.graph?.edges?.length ?? 0;
  if (nodes || edges) parts.push(`${nodes} node${nodes === 1 ? '' : 's'}, ${edges} relationship${edges === 1 ? '' : 's'} to draw`);
  if (result.truncated) parts.push(`truncated at ${(s.maxRows ?? rows).toLocaleString()} rows`);
  return parts.join(' · ');
}
