// The look of the graph, as data: what each entity type and each epistemic status looks like, and the
// Cytoscape style sheet built from them. The legend, the list view and the badges read the same tables,
// so the canvas and the panels never disagree about what a colour or a line style means.
//
// The tables are the server's vocabulary.json, the one place the look is written: the server also draws
// the pictures of a view and the status badges' stylesheet (/explorer/vocabulary.css) from it. It serves
// the file as this module (/explorer/vocabulary.js, org.tracegraph.meta.VocabularyAssets), so the tables
// are here before anything is drawn, in the explorer and in the embed alike.
import vocabulary from './vocabulary.js';

// Each type: `color` and `shape` of its node on the canvas; `glyph`, how the legend, chips and the
// server's pictures draw it (evidence.js).
export const TYPES = vocabulary.entityTypes;

// Ordered from best to worst supported, as the API ranks them. `dash` is the SVG/canvas dash pattern;
// null is a solid line; `struck` adds a bar across it. The status is always also said in words (badges)
// and by line style, never by colour alone.
export const STATUSES = vocabulary.statuses;

export const TYPE_NAMES = TYPES.map((t) => t.name);
export const STATUS_NAMES = STATUSES.map((s) => s.name);

export function typeStyle(name) {
  return TYPES.find((t) => t.name === name) ?? { name, ...vocabulary.otherType };
}

export function statusStyle(name) {
  return STATUSES.find((s) => s.name === name) ?? STATUSES[STATUSES.length - 1];
}

const MAX_LABEL = 30;
const NODE_BORDER = { width: 2, color: '#ffffff' };

// Labels are read on screen, not in the model: at least this many pixels high whatever the zoom, down to
// MIN_SCALED_ZOOM (below it they shrink with the graph, and Cytoscape hides them under 6 px).
const NODE_LABEL_PX = 11;
const EDGE_LABEL_PX = 11;
const MIN_SCALED_ZOOM = 0.4;
// Edge labels are shown from this zoom on (and on hover, selection or a traced path at any zoom).
const EDGE_LABELS_FROM_ZOOM = 1.2;
const BIG_GRAPH = 1000;
let labelScale = 1; // 1 / zoom, within [1, 1 / MIN_SCALED_ZOOM]; set by readableLabels()

function fullLabel(ele, { badge = true } = {}) {
  const name = ele.data('name') ?? ele.id();
  const hidden = badge ? ele.data('hiddenCount') ?? 0 : 0;
  return hidden > 0 ? `${name}\n+${hidden}` : name;
}

function nodeLabel(ele) {
  const name = ele.data('name') ?? ele.id();
  const short = name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
  const hidden = ele.data('hiddenCount') ?? 0;
  // The count of neighbours not yet on the canvas rides in the label, so that the reader sees it.
  return hidden > 0 ? `${short}\n+${hidden}` : short;
}

/**
 * Keeps the labels readable at every zoom: after each zoom the label sizes (style functions reading
 * `labelScale`) are worked out again, once per frame at most. Returns a function that stops it.
 */
export function readableLabels(cy) {
  let frame = null;
  const update = () => {
    frame = null;
    // A big graph's overview keeps labels at their model size (so they vanish when far out, as before): drawing
    // a thousand readable labels on every frame made panning three times slower (ExplorerBenchmark).
    const scale = cy.elements().length > BIG_GRAPH ? 1 : Math.min(1 / MIN_SCALED_ZOOM, Math.max(1, 1 / cy.zoom()));
    if (Math.abs(scale - labelScale) < 0.001) return;
    labelScale = scale;
    cy.style().update();
  };
  const onZoom = () => { if (frame === null) frame = requestAnimationFrame(update); };
  cy.on('zoom', onZoom);
  // Full names where the pointer is: the short label is for the overview.
  cy.on('mouseover', 'node, edge', (event) => event.target.addClass('hover'));
  cy.on('mouseout', 'node, edge', (event) => event.target.removeClass('hover'));
  update();
  return () => cy.off('zoom', onZoom);
}

function edgeLabel(ele) {
  return (ele.data('type') ?? '').replaceAll('_', ' ').toLowerCase();
}

const typeRules = TYPES.map((t) => ({
  selector: `node[type = "${t.name}"]`,
  style: { 'background-color': t.color, shape: t.shape },
}));

const statusRules = STATUSES.map((s) => ({
  selector: `edge[status = "${s.name}"]`,
  style: {
    'line-color': s.color,
    'target-arrow-color': s.color,
    'mid-target-arrow-color': s.color,
    width: s.width,
    opacity: s.opacity,
    'line-style': s.dash ? 'dashed' : 'solid',
    ...(s.dash ? { 'line-dash-pattern': s.dash } : {}),
  },
}));

export const stylesheet = [
  {
    selector: 'node',
    style: {
      label: nodeLabel,
      'background-color': vocabulary.otherType.color,
      width: 'mapData(degree, 1, 30, 26, 58)',
      height: 'mapData(degree, 1, 30, 26, 58)',
      'border-width': NODE_BORDER.width,
      'border-color': NODE_BORDER.color,
      color: '#1d2433',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': () => NODE_LABEL_PX * labelScale,
      'font-weight': 500,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': () => 4 * labelScale,
      'text-wrap': 'wrap',
      'text-max-width': () => 150 * labelScale,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 2,
      'text-background-shape': 'round-rectangle',
      'min-zoomed-font-size': 6,
      'overlay-padding': 6,
    },
  },
  ...typeRules,
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'control-point-step-size': 28,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      label: edgeLabel,
      'font-size': () => EDGE_LABEL_PX * labelScale,
      color: '#3b4556',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': 1,
      // Relationship labels appear once zoomed in (or on hover, selection, a traced path); at overview zoom
      // they are noise. Shown when font size × zoom reaches this, i.e. from EDGE_LABELS_FROM_ZOOM.
      'min-zoomed-font-size': EDGE_LABEL_PX * EDGE_LABELS_FROM_ZOOM,
    },
  },
  ...statusRules,
  // "Struck": a bar across the middle of a denied link, on top of its red dots.
  ...STATUSES.filter((s) => s.struck).map((s) => ({
    selector: `edge[status = "${s.name}"]`,
    style: { 'mid-target-arrow-shape': 'tee', 'arrow-scale': 1.1 },
  })),
  { selector: '.filtered', style: { display: 'none' } },
  // Hovered, focused or selected: the whole name, on top, and a relationship's label at any zoom.
  { selector: 'node.hover, node:selected', style: { label: fullLabel, 'z-index': 25, 'text-background-opacity': 1 } },
  { selector: 'edge.hover', style: { 'min-zoomed-font-size': 0, 'z-index': 25 } },
  {
    // Breadth-first drawn sideways: labels beside the nodes, where the columns have room for them.
    selector: 'node.label-right',
    style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 6, 'text-margin-y': 0, 'text-max-width': 220 },
  },
  {
    // What the last Cypher query drew (the console's Graph view).
    selector: 'node.query-result',
    style: {
      'border-color': '#0f5132',
      'border-width': 3,
      'underlay-color': '#1f9d55',
      'underlay-opacity': 0.28,
      'underlay-padding': 8,
      'underlay-shape': 'ellipse',
    },
  },
  {
    selector: 'edge.query-result',
    style: { width: 4, 'underlay-color': '#1f9d55', 'underlay-opacity': 0.3, 'underlay-padding': 4 },
  },
  {
    // Analysis (analysis.js): centrality sizes the node, 0..1 of the highest score on the canvas.
    selector: 'node.analysed[analysisSize]',
    style: { width: 'mapData(analysisSize, 0, 1, 18, 84)', height: 'mapData(analysisSize, 0, 1, 18, 84)' },
  },
  {
    // Communities: a ring of the group's hue around the node; the fill stays the type's colour.
    selector: 'node.community[communityColour]',
    style: { 'underlay-color': 'data(communityColour)', 'underlay-opacity': 0.55, 'underlay-padding': 6, 'underlay-shape': 'ellipse' },
  },
  { selector: 'node.pinned', style: { 'border-color': '#1d2433', 'border-style': 'dashed', 'border-width': 3 } },
  {
    selector: 'node:selected',
    style: {
      'border-color': '#111827',
      'border-width': 4,
      'border-style': 'solid',
      'underlay-color': '#f5b400',
      'underlay-opacity': 0.45,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
      'font-weight': 700,
      'z-index': 20,
    },
  },
  {
    selector: 'edge:selected',
    style: {
      width: 4.5,
      opacity: 1,
      'underlay-color': '#f5b400',
      'underlay-opacity': 0.5,
      'underlay-padding': 4,
      'min-zoomed-font-size': 0,
      'font-weight': 700,
      'z-index': 20,
    },
  },
  { selector: '.faded', style: { opacity: 0.22, 'text-opacity': 0.5 } },
  {
    selector: 'node.path-highlight',
    style: {
      opacity: 1,
      'text-opacity': 1,
      'border-color': '#111827',
      'border-width': 3,
      'font-weight': 700,
      'underlay-color': '#2f80ed',
      'underlay-opacity': 0.25,
      'underlay-padding': 8,
      'underlay-shape': 'ellipse',
      'z-index': 10,
    },
  },
  { selector: 'node.path-end', style: { 'border-width': 5, 'font-size': () => (NODE_LABEL_PX + 1) * labelScale } },
  {
    selector: 'edge.path-highlight',
    style: {
      opacity: 1,
      'text-opacity': 1,
      width: 5,
      'min-zoomed-font-size': 0,
      'font-weight': 700,
      'underlay-color': '#2f80ed',
      'underlay-opacity': 0.3,
      'underlay-padding': 5,
      'z-index': 10,
    },
  },
  {
    // The weakest hop of the path shown: the link the whole chain depends on.
    selector: 'edge.path-highlight.weakest-hop',
    style: { 'underlay-color': '#d92d20', 'underlay-opacity': 0.45, 'underlay-padding': 7, color: '#9f1d17' },
  },
  { selector: 'edge.hop-hover', style: { width: 7, 'underlay-opacity': 0.65, 'z-index': 30 } },
  { selector: 'node.hop-hover', style: { 'underlay-opacity': 0.6, 'z-index': 30 } },
  // The exported picture (export.js): full names without the "+3" badge, and no selection halo.
  { selector: 'node.exporting', style: { label: (ele) => fullLabel(ele, { badge: false }) } },
  { selector: 'node.exporting:selected', style: { 'underlay-opacity': 0, 'border-width': NODE_BORDER.width, 'border-color': NODE_BORDER.color } },
  ...STATUSES.map((s) => ({ selector: `edge.exporting:selected[status = "${s.name}"]`, style: { width: s.width, 'underlay-opacity': 0 } })),
];
