// Analysis that knows the evidence: degree, betweenness and PageRank centrality, and communities, computed by
// Cytoscape.js itself on what is visible on the canvas, counting only the relationships whose status the user
// lets count (by default rumours and denials are left out). Every counted relationship counts once: the
// statuses decide what is evidence, not how much. Results size the nodes (centrality) or ring them by group
// (communities), and fill a ranked list. The choice lives in the view state (view-state.js `analyse`), so an
// analysis is a link; this module only computes and draws. Where the canvas is not enough, "Whole
// neighbourhood" asks the server (GET /api/analysis, JGraphT) for the same measures on the selected entity's
// neighbourhood, on or off the canvas, with the same evidence: the link then carries `around=ID`.

import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { api, isAbort } from './api.js';
import { el, clear } from './dom.js';
import { statusBadge } from './evidence.js';
import { STATUS_NAMES } from './style.js';
import { AROUND_DEPTH, DEFAULT_EVIDENCE, MEASURES } from './view-state.js';

const $ = (id) => document.getElementById(id);
const SHOWN = 15; // ranked list length
const MAX_NODES = 1500; // betweenness grows with nodes × relationships: beyond this the page would stall
const ANALYSED = 'analysed';
const GROUPED = 'community';

export const MEASURE_TEXT = {
  degree: { label: 'Degree', question: 'Who has the most links?', unit: 'links' },
  betweenness: { label: 'Betweenness', question: 'Who bridges the groups: on the most shortest paths between others?', unit: 'bridging' },
  pagerank: { label: 'PageRank', question: 'Who is linked to by the well-linked?', unit: 'rank' },
  communities: { label: 'Communities', question: 'Which groups are more linked among themselves than to the rest?', unit: 'group' },
};

/** The visible nodes and, among the visible relationships, those whose status counts. */
export function countedGraph(cy, evidence) {
  const counts = new Set(evidence ?? DEFAULT_EVIDENCE);
  const nodes = cy.nodes(':visible');
  const edges = cy.edges(':visible').filter((e) => counts.has(e.data('status')));
  return { nodes, edges, eles: nodes.union(edges) };
}

/**
 * `{scores: Map id → number, groups: [[id...]] (communities only)}` for `measure` on the counted graph.
 * Relationships are read without their direction: a link is a link whichever way the sentence runs.
 */
export function analyse(cy, { measure, evidence }) {
  const counted = countedGraph(cy, evidence);
  // Cytoscape's algorithms walk each node's neighbourhood in its whole graph, not in the collection they are
  // called on: a graph of only the counted elements (headless, ids and ends only) keeps the others out.
  const graph = cytoscape({
    headless: true,
    elements: [
      ...counted.nodes.map((n) => ({ group: 'nodes', data: { id: n.id() } })),
      ...counted.edges.map((e) => ({ group: 'edges', data: { id: e.id(), source: e.source().id(), target: e.target().id() } })),
      // PageRank follows arrows: each link is also drawn backwards, so "A cites B" and "B cites A" rank alike.
      ...(measure === 'pagerank' ? counted.edges.map((e) => ({
        group: 'edges', data: { id: `${e.id()}~back`, source: e.target().id(), target: e.source().id() },
      })) : []),
    ],
  });
  try {
    return measureOf(graph, measure);
  } finally {
    graph.destroy();
  }
}

function measureOf(graph, measure) {
  const nodes = graph.nodes();
  const eles = graph.elements();
  const scores = new Map();
  if (measure === 'degree') {
    nodes.forEach((n) => scores.set(n.id(), n.degree(false)));
  } else if (measure === 'betweenness') {
    const bc = eles.betweennessCentrality({ directed: false });
    nodes.forEach((n) => scores.set(n.id(), bc.betweenness(n)));
  } else if (measure === 'pagerank') {
    const pr = eles.pageRank({ dampingFactor: 0.85, iterations: 200 });
    nodes.forEach((n) => scores.set(n.id(), pr.rank(n)));
  } else if (measure === 'communities') {
    const linked = eles.filter((e) => e.isEdge() || e.degree(false) > 0);
    const clusters = linked.nonempty() ? linked.markovClustering({ expandFactor: 2, inflateFactor: 2, maxIterations: 40 }) : [];
    // Markov clusters may share a node at their border: each node goes to the first (largest) group only.
    const taken = new Set();
    const groups = clusters.map((c) => c.nodes().map((n) => n.id())).sort((a, b) => b.length - a.length)
      .map((g) => g.filter((id) => !taken.has(id) && taken.add(id)))
      .filter((g) => g.length > 1);
    groups.forEach((g, i) => g.forEach((id) => scores.set(id, i + 1)));
    return { scores, groups };
  }
  return { scores, groups: [] };
}

/** A hue per group, spread by the golden angle so neighbouring groups differ; drawn as a ring, not a fill. */
const groupColour = (i) => `hsl(${Math.round((i * 137.508) % 360)}, 70%, 45%)`;

function swatch(colour) {
  const span = el('span', { class: 'group-swatch', 'aria-hidden': 'true' });
  span.style.borderColor = colour;
  return span;
}

export class AnalysisPanel {
  /** `store`: the view state; `cy`; `onSelect(id)` when a ranked entity is picked. */
  constructor({ cy, store, onSelect, onError = () => {} }) {
    this.onError = onError;
    this.cy = cy;
    this.store = store;
    this.onSelect = onSelect;
    this.section = $('analysis-panel');
    this.measure = $('analysis-measure');
    this.ranking = $('analysis-ranking');
    this.summary = $('analysis-summary');
    this.evidence = $('analysis-evidence');
    this.build();
  }

  build() {
    clear(this.measure).append(...MEASURES.map((m) => el('option', { value: m }, MEASURE_TEXT[m].label)));
    clear(this.evidence).append(el('legend', {}, 'Evidence that counts'),
      ...STATUS_NAMES.map((status) => el('label', { class: 'analysis-status' },
        el('input', { type: 'checkbox', name: 'analysis-status', value: status }), statusBadge(status))));
    this.around = el('button', { type: 'button', id: 'analysis-around', class: 'link-button', 'aria-pressed': 'false',
      onclick: () => this.toggleAround() });
    this.evidence.after(el('p', { class: 'analysis-scope' }, this.around));
    this.measure.addEventListener('change', () => this.dispatch());
    this.evidence.addEventListener('change', () => this.dispatch());
    $('analysis-toggle').addEventListener('click', () => {
      const { measure } = this.store.state.analysis;
      this.store.dispatch('analyse', measure ? { measure: null } : { measure: 'betweenness', evidence: this.store.state.analysis.evidence });
      if (!measure) this.measure.focus();
    });
    $('analysis-close').addEventListener('click', () => {
      this.store.dispatch('analyse', { measure: null });
      $('analysis-toggle').focus();
    });
  }

  dispatch() {
    const evidence = [...this.evidence.querySelectorAll('input:checked')].map((i) => i.value);
    this.store.dispatch('analyse', { measure: this.measure.value, evidence, around: this.store.state.analysis.around });
  }

  /** The canvas, or the whole neighbourhood of the selected entity (else the focus) computed on the server. */
  toggleAround() {
    const { measure, evidence, around } = this.store.state.analysis;
    if (around) {
      this.store.dispatch('analyse', { measure, evidence });
      return;
    }
    const selected = this.cy.nodes(':selected')[0]?.id() ?? this.store.state.focus;
    if (!selected) {
      clear(this.summary).append('Select an entity first: its whole neighbourhood is then analysed on the server.');
      return;
    }
    this.store.dispatch('analyse', { measure, evidence, around: selected });
  }

  /** Draws the state's analysis: after it changes, and after every change of the canvas or the filters. */
  render() {
    const { measure, evidence } = this.store.state.analysis;
    const counts = evidence ?? DEFAULT_EVIDENCE;
    $('analysis-toggle').setAttribute('aria-expanded', String(Boolean(measure)));
    this.section.hidden = !measure;
    const cy = this.cy;
    if (this.drawn) {
      cy.batch(() => cy.nodes().removeClass(`${ANALYSED} ${GROUPED}`).removeData('analysisSize communityColour'));
      this.drawn = false;
    }
    this.request?.abort();
    const { around } = this.store.state.analysis;
    this.around.setAttribute('aria-pressed', String(Boolean(around)));
    this.around.textContent = around ? 'Back to what is on the canvas'
      : `Whole neighbourhood of the selection (${AROUND_DEPTH} steps, on the server)`;
    if (!measure) return;
    if (around) {
      this.renderAround(measure, counts, around);
      return;
    }
    if (cy.nodes(':visible').length > MAX_NODES) {
      clear(this.summary).append(`More than ${MAX_NODES} entities are visible: narrow down with the filters, or hide some, to analyse them here.`);
      clear(this.ranking);
      return;
    }
    this.drawn = true;
    this.measure.value = measure;
    this.evidence.querySelectorAll('input').forEach((i) => { i.checked = counts.includes(i.value); });
    const { scores, groups } = analyse(cy, { measure, evidence: counts });
    const left = STATUS_NAMES.filter((s) => !counts.includes(s));
    const countedText = `Counting ${counts.length ? counts.join(', ') : 'no'} relationships${left.length ? `; ${left.join(', ')} left out` : ''}.`;
    clear(this.summary).append(el('strong', {}, MEASURE_TEXT[measure].question), ' ', countedText);
    cy.batch(() => {
      if (measure === 'communities') {
        groups.forEach((g, i) => g.forEach((id) => cy.getElementById(id).data('communityColour', groupColour(i)).addClass(GROUPED)));
      } else {
        const most = Math.max(0, ...scores.values());
        scores.forEach((score, id) => cy.getElementById(id).data('analysisSize', most > 0 ? score / most : 0).addClass(ANALYSED));
      }
    });
    const name = (id) => cy.getElementById(id).data('name') ?? id;
    if (measure === 'communities') {
      clear(this.ranking).append(...groups.map((g, i) => el('li', { class: 'ranked community-group', dataset: { group: String(i + 1) } },
        swatch(groupColour(i)),
        el('span', { class: 'ranked-label' }, `Group ${i + 1} (${g.length}): `),
        ...g.map((id, k) => [k ? ', ' : '', this.entityButton(id, name(id))]).flat())));
      if (!groups.length) this.ranking.append(el('li', { class: 'ranked empty' }, 'No group of two or more on this evidence.'));
      return;
    }
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || name(a[0]).localeCompare(name(b[0])))
      .slice(0, SHOWN);
    const format = (v) => (measure === 'degree' ? String(v) : v.toFixed(measure === 'pagerank' ? 3 : 1));
    clear(this.ranking).append(...ranked.map(([id, score], i) => el('li', { class: 'ranked', dataset: { id, score: String(score) } },
      el('span', { class: 'rank', 'aria-hidden': 'true' }, String(i + 1)),
      this.entityButton(id, name(id)),
      el('span', { class: 'score', title: MEASURE_TEXT[measure].unit }, format(score)))));
  }

  /** The server's analysis of the neighbourhood of `around`: the ranked list, and the sizes of what is on the canvas. */
  async renderAround(measure, counts, around) {
    this.measure.value = measure;
    this.evidence.querySelectorAll('input').forEach((i) => { i.checked = counts.includes(i.value); });
    clear(this.ranking);
    if (!counts.length) {
      clear(this.summary).append('Tick at least one status: with none, nothing counts.');
      return;
    }
    clear(this.summary).append(`Analysing the neighbourhood of ${this.cy.getElementById(around).data('name') ?? around} on the server…`);
    const request = new AbortController();
    this.request = request;
    // the canvas changes often, the neighbourhood's scores only with the entity and the evidence
    const key = `${around}|${counts.join(',')}`;
    let result = this.aroundResult?.key === key ? this.aroundResult.result : null;
    try {
      result ??= await api.analysis([around], { depth: AROUND_DEPTH, statuses: counts, signal: request.signal });
      this.aroundResult = { key, result };
    } catch (error) {
      if (isAbort(error) || request !== this.request) return;
      clear(this.summary).append(error.message);
      this.onError(error);
      return;
    }
    if (request !== this.request) return;
    const cy = this.cy;
    const names = new Map(result.nodes.map((n) => [n.id, n.name]));
    const centre = names.get(around) ?? around;
    const left = STATUS_NAMES.filter((s) => !counts.includes(s));
    clear(this.summary).append(el('strong', {}, MEASURE_TEXT[measure].question), ' ',
      `On the server: the ${result.nodes.length} entities within ${AROUND_DEPTH} steps of ${centre}, counting `
      + `${result.counted} ${counts.join(', ')} relationships${left.length ? `; ${result.leftOut} ${left.join(', ')} left out` : ''}.`);
    this.drawn = true;
    if (measure === 'communities') {
      const groups = result.communities;
      cy.batch(() => groups.forEach((g, i) => g.forEach((id) => cy.getElementById(id).data('communityColour', groupColour(i)).addClass(GROUPED))));
      this.ranking.append(...groups.map((g, i) => el('li', { class: 'ranked community-group', dataset: { group: String(i + 1) } },
        swatch(groupColour(i)),
        el('span', { class: 'ranked-label' }, `Group ${i + 1} (${g.length}): `),
        ...g.map((id, k) => [k ? ', ' : '', this.entityButton(id, names.get(id) ?? id)]).flat())));
      if (!groups.length) this.ranking.append(el('li', { class: 'ranked empty' }, 'No group of two or more on this evidence.'));
      return;
    }
    const most = Math.max(0, ...result.nodes.map((n) => n[measure]));
    cy.batch(() => result.nodes.forEach((n) => cy.getElementById(n.id).data('analysisSize', most > 0 ? n[measure] / most : 0).addClass(ANALYSED)));
    const ranked = [...result.nodes].sort((a, b) => b[measure] - a[measure] || a.name.localeCompare(b.name)).slice(0, SHOWN);
    const format = (v) => (measure === 'degree' ? String(v) : v.toFixed(measure === 'pagerank' ? 3 : 1));
    this.ranking.append(...ranked.map((n, i) => el('li', { class: 'ranked', dataset: { id: n.id, score: String(n[measure]) } },
      el('span', { class: 'rank', 'aria-hidden': 'true' }, String(i + 1)),
      this.entityButton(n.id, n.name),
      el('span', { class: 'score', title: MEASURE_TEXT[measure].unit }, format(n[measure])))));
  }

  entityButton(id, name) {
    return el('button', { type: 'button', class: 'link-button ranked-name', dataset: { id }, onclick: () => this.onSelect(id) }, name);
  }
}
