// The details panel: what the selected entity or relationship is, and on what evidence. Relationships are
// grouped by type; several accounts of one link (same type, same two entities) stand side by side, and
// when their statuses differ they are marked as contested rather than merged.

import { api } from './api.js';
import { el, clear, formatDate, formatSpan, safeUrl } from './dom.js';
import { evidenceBlock, statusBadge, typeChip, verbOf } from './evidence.js';
import { PAGE_SIZE } from './graph.js';

/** Several relationships of one type between the same two entities, side by side. */
function accounts(items, renderItem, { currentId } = {}) {
  const statuses = new Set(items.map((r) => r.status));
  const contested = statuses.size > 1;
  return el('div', { class: ['accounts', contested && 'contested'], role: 'group', 'aria-label': contested ? 'Contested claim' : 'Several accounts' },
    el('p', { class: 'accounts-label' },
      contested ? el('strong', {}, 'Contested: ') : null,
      `${items.length} accounts of this link`,
      contested ? ` (${[...statuses].join(' vs ')})` : ''),
    el('div', { class: 'accounts-grid' }, items.map((r) => renderItem(r, r.id === currentId))));
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

export class DetailsPanel {
  /**
   * `actions`: expand, showMore, hide, pin, traceFrom, traceTo (each given the node id);
   * `onEntity(id, relationship?)` selects an entity, bringing it (and the relationship) onto the canvas;
   * `extras(entity)` adds a box under an entity's actions (the editor's tools), or returns null;
   * `edgeExtras(edge)` the same under a relationship's evidence (the editor's notes on it).
   */
  constructor(container, { graph, actions, onEntity, onError, onLoaded, extras = () => null, edgeExtras = () => null, track = (p) => p }) {
    this.container = container;
    this.graph = graph;
    this.actions = actions;
    this.onEntity = onEntity;
    this.onError = onError;
    this.onLoaded = onLoaded;
    this.extras = extras;
    this.edgeExtras = edgeExtras;
    this.track = track;
    this.token = 0;
    this.current = null;
    this.showNone();
  }

  showNone() {
    this.token += 1;
    this.current = null;
    clear(this.container).append(
      el('div', { class: 'details-empty' },
        el('h2', { id: 'details-name', class: 'visually-hidden' }, 'Nothing selected'),
        el('p', {}, 'Select a node or a link on the canvas (or in the list view) to read who it is and on what evidence it is connected.'),
        el('p', { class: 'hint' }, 'Double-click or press Enter to expand a node. Arrow keys move between nodes when the canvas has the focus.')));
  }

  async showNode(node) {
    const token = ++this.token;
    const id = node.id();
    this.current = { kind: 'node', id };
    this.renderNode(node.data(), null);
    try {
      const entity = await this.track(api.entity(id));
      if (token !== this.token) return;
      if (!entity.relationshipsTruncated) {
        this.graph.learnNeighbours(id, (entity.relationships ?? []).map((r) => r.other?.id).filter(Boolean));
      }
      this.renderNode(entity, entity.relationships ?? []);
      this.onLoaded?.();
    } catch (error) {
      if (token === this.token) this.onError(error);
    }
  }

  async showEdge(edge) {
    const token = ++this.token;
    const data = edge.data();
    this.current = { kind: 'edge', id: edge.id() };
    this.renderEdge(data, edge.source().data(), edge.target().data(), [data]);
    try {
      // The other accounts of the same link, including those not on the canvas.
      const entity = await this.track(api.entity(data.source));
      if (token !== this.token) return;
      const siblings = (entity.relationships ?? []).filter((r) => r.type === data.type && r.other?.id === data.target);
      if (siblings.length > 1) this.renderEdge(data, edge.source().data(), edge.target().data(), siblings);
      this.onLoaded?.();
    } catch (error) {
      if (token === this.token) this.onError(error);
    }
  }

  /** Re-draws the node's action buttons and hidden count after the canvas changed. */
  refresh() {
    if (this.current?.kind !== 'node') return;
    const node = this.graph.cy.getElementById(this.current.id);
    const box = this.container.querySelector('.node-actions-box');
    if (node.empty() || !box) return;
    box.replaceWith(this.nodeActions(node));
  }

  entityButton(id, name, relationship) {
    return el('button', {
      type: 'button', class: 'link-button entity-link', dataset: { entity: id },
      title: this.graph.has(id) ? 'Select on the canvas' : 'Bring onto the canvas and select',
      onclick: () => this.onEntity(id, relationship),
    }, name ?? id);
  }

  nodeActions(node) {
    const id = node.id();
    const hidden = node.data('hiddenCount') ?? 0;
    const pinned = node.locked();
    const more = Math.min(PAGE_SIZE, hidden);
    return el('div', { class: 'node-actions-box' },
      el('div', { class: 'node-actions', role: 'group', 'aria-label': 'Node actions' },
        el('button', { type: 'button', id: 'expand', class: 'primary', 'aria-keyshortcuts': 'Enter', onclick: () => this.actions.expand(id) },
          'Expand'),
        hidden > 0
          ? el('button', { type: 'button', id: 'show-more', 'aria-keyshortcuts': 'M', onclick: () => this.actions.showMore(id) },
            `Show ${more} more`)
          : null,
        el('button', { type: 'button', id: 'hide', 'aria-keyshortcuts': 'Delete', onclick: () => this.actions.hide(id) }, 'Hide'),
        el('button', { type: 'button', id: 'pin', 'aria-pressed': String(pinned), 'aria-keyshortcuts': 'P', onclick: () => this.actions.pin(id) },
          pinned ? 'Unpin' : 'Pin'),
        el('button', { type: 'button', id: 'trace-from', onclick: () => this.actions.traceFrom(id) }, 'Trace from here'),
        el('button', { type: 'button', id: 'trace-to', onclick: () => this.actions.traceTo(id) }, 'Trace to here')),
      el('p', { id: 'hidden-count', dataset: { hidden: String(hidden) } },
        hidden > 0
          ? `${hidden} neighbour${hidden === 1 ? '' : 's'} not on the canvas yet.`
          : 'All neighbours are on the canvas.'));
  }

  renderHeader(data, kindLabel) {
    const span = formatSpan(data);
    const published = data.published ? formatDate(data.published) : '';
    const href = safeUrl(data.url);
    return el('header', { class: 'details-head' },
      el('div', { class: 'details-kind' }, typeChip(data.type), data.kind ? el('span', { class: 'kind' }, data.kind) : null, kindLabel),
      el('h2', { id: 'details-name', tabindex: '-1' }, data.name ?? data.id),
      span ? el('p', { class: 'dates' }, span) : null,
      data.aliases?.length ? el('p', { class: 'aliases' }, el('span', { class: 'label' }, 'Also: '), data.aliases.join(' · ')) : null,
      data.description ? el('p', { class: 'description' }, data.description) : null,
      data.title && data.title !== data.name ? el('p', { class: 'doc-title' }, el('span', { class: 'label' }, 'Title: '), data.title) : null,
      data.publisher || published ? el('p', { class: 'doc-meta' }, [data.publisher, published].filter(Boolean).join(' · ')) : null,
      href ? el('p', {}, el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'Open the document ↗')) : null);
  }

  renderNode(entity, relationships) {
    const node = this.graph.cy.getElementById(entity.id);
    const body = [this.renderHeader(entity)];
    if (node.nonempty()) body.push(this.nodeActions(node));
    if (relationships === null) {
      body.push(el('p', { class: 'loading' }, 'Reading the relationships…'));
    } else {
      body.push(this.extras(entity), this.relationships(entity, relationships));
    }
    clear(this.container).append(...body.filter(Boolean));
  }

  relationships(entity, relationships) {
    const groups = groupBy(relationships, (r) => r.type);
    const sections = [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, items]) => {
        const byOther = groupBy(items, (r) => r.other?.id ?? (r.direction === 'out' ? r.target : r.source));
        const rows = [...byOther.values()].map((same) => (same.length > 1
          ? accounts(same, (r) => this.relationship(r))
          : this.relationship(same[0])));
        return el('section', { class: 'rel-group', dataset: { type } },
          el('h4', {}, el('span', { class: 'rel-verb' }, verbOf(type)), el('span', { class: 'rel-type' }, ` ${type} · ${items.length}`)),
          rows);
      });
    return el('section', { class: 'relationships', 'aria-label': 'Relationships' },
      el('h3', {}, `Relationships (${relationships.length})`),
      entity.relationshipsTruncated ? el('p', { class: 'hint' }, 'Only the first relationships are listed; expand the node to see more on the canvas.') : null,
      sections.length ? sections : el('p', { class: 'hint' }, 'No relationships.'));
  }

  relationship(r) {
    const other = r.other ?? { id: r.direction === 'out' ? r.target : r.source };
    const onCanvas = this.graph.has(r.id);
    const head = el('span', { class: 'rel-other' },
      el('span', { class: 'direction', title: r.direction === 'in' ? 'incoming' : 'outgoing', 'aria-label': r.direction === 'in' ? 'from' : 'to' },
        r.direction === 'in' ? '←' : '→'),
      this.entityButton(other.id, other.name, r));
    const block = evidenceBlock(r, { head, onEntity: (id) => this.onEntity(id) });
    if (onCanvas) block.classList.add('on-canvas');
    return block;
  }

  renderEdge(data, source, target, siblings) {
    const sentence = `${source.name ?? data.source} ${verbOf(data.type)} ${target.name ?? data.target}`;
    const header = el('header', { class: 'details-head' },
      el('div', { class: 'details-kind' }, el('span', { class: 'type-chip' }, 'Relationship'), el('span', { class: 'kind' }, data.type), statusBadge(data.status)),
      el('h2', { id: 'details-name', tabindex: '-1' }, sentence),
      el('p', { class: 'endpoints' },
        this.entityButton(data.source, source.name), ` ${verbOf(data.type)} `, this.entityButton(data.target, target.name)));
    const evidence = siblings.length > 1
      ? accounts(siblings.map((s) => ({ ...s })), (r, current) => {
        const block = evidenceBlock(r, { onEntity: (id) => this.onEntity(id), extraClass: current ? ['current'] : [] });
        if (current) block.prepend(el('p', { class: 'current-label' }, 'Selected on the canvas'));
        else if (!this.graph.has(r.id)) block.prepend(el('p', { class: 'current-label muted' }, 'Not on the canvas'));
        return block;
      }, { currentId: data.id })
      : evidenceBlock(data, { onEntity: (id) => this.onEntity(id) });
    const extras = this.edgeExtras(data);
    clear(this.container).append(header, el('section', { class: 'relationships', 'aria-label': 'Evidence' }, el('h3', {}, 'Evidence'), evidence));
    if (extras) this.container.append(extras);
  }
}
