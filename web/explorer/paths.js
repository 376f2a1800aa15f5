// Trace a path: how two entities are connected, hop by hop, each hop with the words and the source that
// support it, the paths ranked, and each path's weakest hop marked: the link the whole chain hangs on.
// The path chosen in the panel is the one highlighted on the canvas.

import { api } from './api.js';
import { el, clear } from './dom.js';
import { claimedBy, quoteBlock, quoteCheck, sourceList, statusBadge, verbOf } from './evidence.js';
import { STATUS_NAMES } from './style.js';
import { fitGently } from './layouts.js';

const HIGHLIGHT_CLASSES = 'path-highlight path-end weakest-hop faded hop-hover';

/** Higher is better supported: confirmed 5 … denied 0, as the API weighs them (the vocabulary's order). */
const statusRank = (status) => {
  const i = STATUS_NAMES.indexOf(status);
  return i < 0 ? 0 : STATUS_NAMES.length - 1 - i;
};

/** "confirmed 1, reported 0.8, … denied 0": each status's rank over the best's. */
const STRENGTH_HELP = `How well the hops are supported on average, each counted by its status: ${STATUS_NAMES
  .map((s) => `${s} ${Math.round((statusRank(s) / (STATUS_NAMES.length - 1)) * 100) / 100}`).join(', ')}.`;

/** The status an average strength (0..1) comes closest to: the mean said in the statuses' own words. */
export function strengthInWords(strength) {
  const rank = Math.round(strength * (STATUS_NAMES.length - 1));
  return STATUS_NAMES[STATUS_NAMES.length - 1 - rank] ?? STATUS_NAMES[STATUS_NAMES.length - 1];
}

export const ORDERS = {
  api: {
    label: 'Shortest first',
    explain: 'Shortest paths first; among paths of one length, the one whose weakest link is best supported first.',
    sort: (paths) => paths,
  },
  evidence: {
    label: 'Strongest evidence first',
    explain: 'Paths whose weakest link is best supported first; at an equal weakest link the shorter path'
      + ' (fewer links that could fail), then the better supported overall.',
    // A chain holds no better than its weakest link, and every extra hop is one more that could fail.
    sort: (paths) => [...paths].sort((a, b) => statusRank(b.weakestStatus) - statusRank(a.weakestStatus)
      || a.length - b.length || (b.strength ?? 0) - (a.strength ?? 0)),
  },
};

export class PathsPanel {
  constructor({ section, results, summary, graph, onHop, onEntity, onError, onChange }) {
    this.section = section;
    this.results = results;
    this.summary = summary;
    this.graph = graph;
    this.onHop = onHop;
    this.onEntity = onEntity;
    this.onError = onError;
    this.onChange = onChange;
    this.answer = null;
    this.order = 'api';
    this.selected = 0;
    this.hovered = null;
    this.brought = new Set(); // ids of the nodes the current trace put on the canvas
  }

  get active() {
    return this.answer !== null;
  }

  get endpoints() {
    return this.answer ? [this.answer.from, this.answer.to] : null;
  }

  /** Asks the API for the paths, brings them onto the canvas and shows them; resolves with the paths. */
  async trace(from, to, { maxHops } = {}) {
    const answer = await api.paths(from, to, { maxHops });
    const paths = answer.paths ?? [];
    this.graph.checkpoint('trace');
    // A new pair replaces the old trace: what only that trace brought (and the user has not pinned or
    // selected since) leaves the canvas, so the new answer, even "no path", is not read among old paths.
    if (this.answer && (this.answer.from !== from || this.answer.to !== to)) this.removeBrought([from, to]);
    else if (!this.answer) this.brought = new Set();
    // One add for all paths, so that their new nodes are spread around one ring, not stacked.
    const added = this.graph.add({ nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.edges) });
    added.nodes().forEach((n) => this.brought.add(n.id()));
    if (paths.length) {
      try {
        await this.graph.connect();
      } catch (error) {
        this.onError(error);
      }
    }
    this.answer = { ...answer, from, to, paths, names: await this.namesOf(from, to, paths) };
    this.selected = 0;
    this.graph.changed('trace');
    this.render();
    return paths;
  }

  /** Takes off the canvas the nodes the last trace brought, but for `keep` and what the user marked. */
  removeBrought(keep = []) {
    const cy = this.graph.cy;
    const gone = cy.nodes().filter((n) => this.brought?.has(n.id()) && !keep.includes(n.id())
      && !n.locked() && !n.selected());
    cy.remove(gone.union(gone.connectedEdges()));
    // What stays (an end of the new pair) is still the old trace's: the next new pair takes it away.
    this.brought = new Set([...this.brought].filter((id) => cy.getElementById(id).nonempty()));
  }

  /** Names of everything in the answer, and of both ends even when no path joins them. */
  async namesOf(from, to, paths) {
    const names = new Map();
    for (const path of paths) for (const node of path.nodes) names.set(node.id, node.name);
    for (const id of [from, to]) {
      if (names.has(id)) continue;
      if (this.graph.has(id)) {
        names.set(id, this.graph.cy.getElementById(id).data('name'));
      } else {
        try {
          names.set(id, (await api.entity(id)).name);
        } catch (error) {
          this.onError(error);
        }
      }
    }
    return names;
  }

  setOrder(order) {
    if (!ORDERS[order] || order === this.order) return;
    const current = this.sorted()[this.selected];
    this.order = order;
    if (!this.answer) return;
    this.selected = Math.max(0, this.sorted().indexOf(current));
    this.render();
  }

  sorted() {
    return this.answer ? ORDERS[this.order].sort(this.answer.paths) : [];
  }

  close() {
    this.answer = null;
    this.brought = new Set();
    this.unhighlight();
    this.section.hidden = true;
    clear(this.results);
    this.onChange?.();
  }

  render() {
    const { answer } = this;
    this.section.hidden = false;
    const name = (id) => answer.names.get(id) ?? id;
    clear(this.summary).append(...(answer.paths.length
      ? [el('strong', {}, `${answer.paths.length} path${answer.paths.length === 1 ? '' : 's'}`),
        ` from ${name(answer.from)} to ${name(answer.to)} (at most ${answer.maxHops} hops).`,
        el('span', { class: 'hint' }, ORDERS[this.order].explain)]
      : [`No path from ${name(answer.from)} to ${name(answer.to)} within ${answer.maxHops} hops. Try more hops, or check both entities.`]));
    clear(this.results).append(...this.sorted().map((path, i) => this.pathCard(path, i)));
    this.highlight();
    this.onChange?.();
  }

  pathCard(path, rank) {
    const selected = rank === this.selected;
    const nodeName = new Map(path.nodes.map((n) => [n.id, n.name]));
    // The path at a glance: who, through whom, and how well supported each hop is (the weakest marked).
    const chain = el('p', { class: 'chain', 'aria-label': `Path ${rank + 1} at a glance` }, path.nodes.flatMap((n, i) => [
      i ? el('span', {
        class: ['chain-hop', `status-${path.hops[i - 1]?.status}`, i - 1 === path.weakestHop && 'weakest'],
        title: i - 1 === path.weakestHop ? 'The weakest link of this path' : null,
      }, path.hops[i - 1]?.status ?? '') : null,
      el('span', { class: 'chain-node' }, n.name),
    ]));
    const strength = Number.isFinite(path.strength) ? path.strength : null;
    const hops = el('ol', { class: 'hops', 'aria-label': `Hops of path ${rank + 1}` },
      path.hops.map((hop, i) => this.hopItem(hop, path.edges[i], i, i === path.weakestHop, nodeName)));
    const card = el('li', {
      class: ['path', selected && 'selected'],
      dataset: { length: String(path.length), weakestStatus: path.weakestStatus, rank: String(rank) },
      'aria-current': selected ? 'true' : null,
    },
    el('div', { class: 'path-head' },
      el('button', {
        type: 'button', class: 'path-select', 'aria-pressed': String(selected),
        'aria-label': `Path ${rank + 1}: ${path.length} hop${path.length === 1 ? '' : 's'}, weakest link ${path.weakestStatus}. Highlight on the canvas`,
        onclick: (event) => { event.stopPropagation(); this.select(rank, { fit: true }); },
      }, `#${rank + 1}`),
      el('span', { class: 'path-length' }, `${path.length} hop${path.length === 1 ? '' : 's'}`),
      el('span', { class: 'path-weakest' }, 'weakest link: ', statusBadge(path.weakestStatus),
        path.length > 1 ? ` (hop ${path.weakestHop + 1})` : ''),
      strength !== null
        ? el('span', { class: 'path-strength', title: STRENGTH_HELP },
          'hops on average about as strong as ',
          el('strong', {}, strengthInWords(strength)),
          ' ',
          el('meter', { min: '0', max: '1', low: '0.5', high: '0.8', optimum: '1', value: String(strength), 'aria-label': `Average support of the hops: ${strength.toFixed(2)} of 1 (confirmed)` }))
        : null),
    chain,
    hops);
    card.addEventListener('click', (event) => {
      if (event.target.closest('a, button')) return;
      this.select(rank, { fit: true });
    });
    return card;
  }

  hopItem(hop, edge, index, weakest, nodeName) {
    const evidence = edge ?? { id: hop.edge, status: hop.status };
    const item = el('li', {
      class: ['hop', weakest && 'weakest'],
      dataset: { edgeId: hop.edge, status: hop.status, from: hop.from, to: hop.to },
    },
    el('div', { class: 'hop-line' },
      el('span', { class: 'hop-number', 'aria-hidden': 'true' }, String(index + 1)),
      el('p', { class: 'sentence' }, hop.sentence ?? `${nodeName.get(hop.from)} ${verbOf(edge?.type)} ${nodeName.get(hop.to)}`),
    ),
    el('div', { class: 'hop-status' },
      statusBadge(hop.status),
      weakest ? el('span', { class: 'weakest-label' }, 'Weakest link') : null,
      el('button', {
        type: 'button', class: 'link-button hop-show',
        onclick: () => this.onHop(hop.edge),
      }, 'Show on canvas')),
    edge?.role ? el('p', { class: 'hop-role' }, el('span', { class: 'hop-role-label' }, 'Role: '), edge.role) : null,
    quoteBlock(evidence.quote),
    quoteCheck({ ...evidence, quoteVerified: evidence.quoteVerified ?? hop.quoteVerified }),
    sourceList(evidence.sources),
    edge?.claimedBy ? claimedBy(edge, (id) => this.onEntity(id)) : null);
    item.addEventListener('mouseenter', () => this.hover(hop.edge));
    item.addEventListener('mouseleave', () => this.hover(null));
    item.addEventListener('focusin', () => this.hover(hop.edge));
    item.addEventListener('focusout', () => this.hover(null));
    return item;
  }

  select(rank, { fit = false } = {}) {
    if (!this.answer) return;
    this.selected = rank;
    [...this.results.children].forEach((card, i) => {
      card.classList.toggle('selected', i === rank);
      if (i === rank) requestAnimationFrame(() => card.scrollIntoView({ block: 'nearest' }));
      if (i === rank) card.setAttribute('aria-current', 'true');
      else card.removeAttribute('aria-current');
      card.querySelector('.path-select')?.setAttribute('aria-pressed', String(i === rank));
    });
    const eles = this.highlight();
    if (fit && eles?.nonempty()) fitGently(this.graph.cy, eles, { padding: 70 });
  }

  /** Classes on the canvas for the selected path; everything else fades. Returns the path's elements. */
  highlight() {
    const cy = this.graph.cy;
    const path = this.sorted()[this.selected];
    this.unhighlight();
    if (!path) return null;
    let eles = cy.collection();
    cy.batch(() => {
      for (const node of path.nodes) eles = eles.union(cy.getElementById(node.id));
      path.edges.forEach((edge, i) => {
        const e = cy.getElementById(edge.id);
        if (e.empty()) return;
        eles = eles.union(e);
        // The hop number on the link makes the canvas read in the same order as the explanation.
        e.style('label', `${i + 1} · ${verbOf(edge.type)}`);
        if (i === path.weakestHop) e.addClass('weakest-hop');
      });
      eles.addClass('path-highlight');
      cy.getElementById(this.answer.from).addClass('path-end');
      cy.getElementById(this.answer.to).addClass('path-end');
      cy.elements().not(eles).addClass('faded');
    });
    return eles;
  }

  unhighlight() {
    const cy = this.graph.cy;
    cy.batch(() => {
      cy.elements().removeClass(HIGHLIGHT_CLASSES);
      cy.edges().removeStyle('label');
    });
  }

  hover(edgeId) {
    const cy = this.graph.cy;
    cy.elements('.hop-hover').removeClass('hop-hover');
    if (!edgeId) return;
    const edge = cy.getElementById(edgeId);
    edge.union(edge.connectedNodes()).addClass('hop-hover');
  }
}
