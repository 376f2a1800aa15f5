// The list view: the visible nodes and edges as two tables, an alternative to the canvas for keyboard and
// screen-reader users (and for anyone who wants to read rather than look). Rows select on the canvas.

import { el, clear } from './dom.js';
import { statusBadge, typeGlyph, verbOf } from './evidence.js';

export class ListView {
  constructor({ container, cy, onSelect }) {
    this.container = container;
    this.cy = cy;
    this.onSelect = onSelect;
    this.pending = false;
  }

  get visible() {
    return !this.container.hidden;
  }

  /** Re-draws on the next frame, once however many changes arrived in between. */
  refresh() {
    if (!this.visible || this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.render();
    });
  }

  selectButton(ele, text) {
    return el('button', {
      type: 'button', class: 'link-button', dataset: { select: ele.id() },
      'aria-pressed': String(ele.selected()),
      onclick: () => this.onSelect(ele.id()),
    }, text);
  }

  render() {
    const visible = this.cy.elements(':visible');
    const nodes = visible.nodes().sort((a, b) => (a.data('name') ?? '').localeCompare(b.data('name') ?? ''));
    const edges = visible.edges();
    const name = (node) => node.data('name') ?? node.id();

    const nodeRows = nodes.map((node) => el('tr', { class: node.selected() ? 'selected' : null, dataset: { id: node.id() } },
      el('th', { scope: 'row' }, this.selectButton(node, name(node))),
      el('td', {}, typeGlyph(node.data('type'), 12), ' ', node.data('type')),
      el('td', { class: 'num' }, String(node.data('degree') ?? '')),
      el('td', { class: 'num' }, String(node.data('hiddenCount') ?? 0))));
    const edgeRows = edges.map((edge) => {
      const data = edge.data();
      const source = data.sources?.[0];
      return el('tr', { class: edge.selected() ? 'selected' : null, dataset: { id: edge.id(), status: data.status } },
        el('td', {}, name(edge.source())),
        el('th', { scope: 'row' }, this.selectButton(edge, verbOf(data.type))),
        el('td', {}, name(edge.target())),
        el('td', {}, statusBadge(data.status)),
        el('td', { class: 'source' },
          source ? [source.title ?? source.id, source.publisher ? ` — ${source.publisher}` : ''] : '',
          data.sources?.length > 1 ? ` (+${data.sources.length - 1} more)` : ''));
    });

    clear(this.container).append(
      el('h2', { id: 'list-view-title' }, `What is on the canvas: ${nodes.length} nodes, ${edges.length} relationships`),
      el('table', { class: 'list-table', 'aria-label': 'Visible nodes' },
        el('caption', {}, 'Nodes'),
        el('thead', {}, el('tr', {}, ['Name', 'Type', 'Links in all', 'Not on canvas'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, nodeRows)),
      el('table', { class: 'list-table', 'aria-label': 'Visible relationships' },
        el('caption', {}, 'Relationships'),
        el('thead', {}, el('tr', {}, ['From', 'Relationship', 'To', 'Status', 'Source'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, edgeRows)));
  }
}
