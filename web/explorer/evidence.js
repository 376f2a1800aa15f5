// How evidence is shown wherever it appears (details panel, path explanations, list view): the status
// badge, the quote, the sources and who makes the claim. One rendering, so a relationship reads the same
// in every panel.

import { el, svg, safeUrl, formatDate, formatSpan } from './dom.js';
import { statusStyle, typeStyle } from './style.js';

let statusDescriptions = new Map();
let verbs = new Map();

/** Words from /api/vocabulary: status descriptions for badge tooltips, verbs for relationship headings. */
export function setVocabulary(vocabulary) {
  statusDescriptions = new Map((vocabulary?.statuses ?? []).map((s) => [s.name, s.description]));
  verbs = new Map((vocabulary?.relationshipTypes ?? []).map((t) => [t.name, t.verb]));
}

export function verbOf(type) {
  return verbs.get(type) ?? (type ?? '').replaceAll('_', ' ').toLowerCase();
}

export function statusDescription(status) {
  return statusDescriptions.get(status) ?? '';
}

/** A short line drawn in the status's line style: the same cue as on the canvas, not only its colour. */
export function lineSample(status, width = 28) {
  const s = statusStyle(status);
  const line = svg('line', {
    x1: 1, y1: 6, x2: width - 1, y2: 6,
    stroke: s.color, 'stroke-width': Math.max(2, s.width), 'stroke-linecap': 'butt',
    'stroke-dasharray': s.dash ? s.dash.join(' ') : null, opacity: s.opacity,
  });
  const strike = s.struck
    ? svg('line', { x1: width / 2, y1: 1, x2: width / 2, y2: 11, stroke: s.color, 'stroke-width': 2 })
    : null;
  return svg('svg', { class: 'line-sample', width, height: 12, viewBox: `0 0 ${width} 12`, 'aria-hidden': 'true', focusable: 'false' }, line, strike);
}

/** The status as a badge whose text is the status itself; colour and line style only repeat it. */
export function statusBadge(status) {
  return el('span', { class: ['badge', `status-${status}`], title: statusDescription(status) || null }, status);
}

/** A small picture of an entity type's node: its colour and its shape, as on the canvas. */
export function typeGlyph(type, size = 16) {
  const t = typeStyle(type);
  const attrs = { fill: t.color, stroke: '#ffffff', 'stroke-width': 1 };
  const c = size / 2;
  const r = size / 2 - 1;
  let shape;
  switch (t.glyph) {
    case 'rounded': shape = svg('rect', { ...attrs, x: 1, y: 2.5, width: size - 2, height: size - 5, rx: 3 }); break;
    case 'diamond': shape = svg('polygon', { ...attrs, points: `${c},1 ${size - 1},${c} ${c},${size - 1} 1,${c}` }); break;
    case 'hexagon': {
      const pts = [0, 1, 2, 3, 4, 5].map((i) => {
        const a = (Math.PI / 3) * i;
        return `${(c + r * Math.cos(a)).toFixed(1)},${(c + r * Math.sin(a)).toFixed(1)}`;
      });
      shape = svg('polygon', { ...attrs, points: pts.join(' ') });
      break;
    }
    case 'document': shape = svg('polygon', { ...attrs, points: `4,1.5 ${size - 1},1.5 ${size - 1},${size - 4} ${size - 4},${size - 1.5} 1,${size - 1.5} 1,4.5` }); break;
    default: shape = svg('circle', { ...attrs, cx: c, cy: c, r });
  }
  return svg('svg', { class: 'type-glyph', width: size, height: size, viewBox: `0 0 ${size} ${size}`, 'aria-hidden': 'true', focusable: 'false' }, shape);
}

export function typeChip(type) {
  return el('span', { class: 'type-chip' }, typeGlyph(type, 14), type);
}

/** One source of a claim: title (linked when it has a web address), publisher, date and kind. */
export function sourceItem(source) {
  const href = safeUrl(source.url);
  const title = source.title ?? source.id;
  const parts = [
    href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'source-title' }, title)
      : el('span', { class: 'source-title' }, title),
  ];
  const meta = [source.publisher, formatDate(source.published), source.kind].filter(Boolean);
  if (meta.length) parts.push(el('span', { class: 'source-meta' }, ` — ${meta.join(' · ')}`));
  if (href) parts.push(' ', el('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'source-link' }, 'open ↗'));
  return el('li', { class: 'source' }, ...parts);
}

export function sourceList(sources) {
  if (!sources?.length) return el('p', { class: 'source missing' }, 'No source recorded.');
  return el('ul', { class: 'sources', 'aria-label': 'Sources' }, sources.map(sourceItem));
}

export function quoteBlock(quote) {
  return quote ? el('blockquote', { class: 'quote' }, `“${quote}”`) : el('p', { class: 'quote missing' }, 'No quote recorded.');
}

/**
 * Whether the quote was checked: found, verbatim, in the text Tracegraph holds of a source it cites (which
 * ones), or not checked because no source it cites has its text here. A reader sees the difference.
 */
export function quoteCheck(edge) {
  if (!edge?.quote || edge.quoteVerified === undefined || edge.quoteVerified === null) return null;
  if (!edge.quoteVerified) {
    return el('p', { class: 'quote-check unchecked', dataset: { verified: 'false' } },
      'Quote not checked: Tracegraph holds the text of no source it cites.');
  }
  const titles = new Map((edge.sources ?? []).map((s) => [s.id, s.title ?? s.id]));
  const where = [...new Set((edge.quoteOffsets ?? []).map((o) => titles.get(o.source) ?? o.source))];
  return el('p', { class: 'quote-check verified', dataset: { verified: 'true' } },
    el('span', { 'aria-hidden': 'true' }, '✓ '), where.length ? `Quote found verbatim in ${where.join(', ')}.` : 'Quote found verbatim in its source.');
}

/** Who makes the claim: the entity the source attributes it to, or the source in its own voice. */
export function claimedBy(edge, onEntity) {
  if (!edge.claimedBy) return el('p', { class: 'claimed-by' }, 'Claimed by the source itself');
  // A document does not claim: what it shows is "per" it (the footage, the letter).
  const document = edge.sources?.find((s) => s.id === edge.claimedBy);
  const name = edge.claimedByName ?? document?.title ?? edge.claimedBy;
  const who = onEntity
    ? el('button', { type: 'button', class: 'link-button', dataset: { entity: edge.claimedBy }, onclick: () => onEntity(edge.claimedBy) }, name)
    : el('strong', {}, name);
  return el('p', { class: ['claimed-by', document && 'per-document'] }, document ? 'Per ' : 'Claimed by ', who);
}

/**
 * The evidence of one relationship: status badge, role, dates, quote, sources, claimant, note.
 * `head` goes first (the other end of the relationship, or the hop's sentence).
 */
export function evidenceBlock(edge, { head = null, onEntity, tag = 'article', extraClass = [] } = {}) {
  const span = formatSpan(edge);
  return el(tag, { class: ['relationship', ...extraClass], dataset: { edgeId: edge.id, status: edge.status } },
    el('div', { class: 'rel-head' },
      head,
      statusBadge(edge.status),
      edge.role ? el('span', { class: 'role' }, edge.role) : null,
      span ? el('span', { class: 'rel-date' }, span) : null),
    quoteBlock(edge.quote),
    quoteCheck(edge),
    sourceList(edge.sources),
    claimedBy(edge, onEntity),
    edge.note ? el('p', { class: 'note' }, el('span', { class: 'note-label' }, 'Note: '), edge.note) : null);
}
