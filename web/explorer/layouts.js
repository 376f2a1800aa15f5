// Placing the nodes: fcose (default), concentric, breadth-first, and "time", which puts events in date
// order along the x axis and every other entity near the events it is tied to. Big graphs get cheaper
// settings so that a layout never freezes the page.

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'time'];
const BIG = 1000;
const ANIMATE_UP_TO = 300;
const MAX_FIT_ZOOM = 1.1;

/** Decimal year of a partial date ("2012" → 2012.5, "2012-03" → 2012.21...), or null. */
export function yearOf(value) {
  const match = /^(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  if (!match[2]) return year + 0.5;
  const month = Number(match[2]);
  if (!match[3]) return year + (month - 0.5) / 12;
  return year + (month - 1) / 12 + (Number(match[3]) - 0.5) / 365;
}

export const eventDate = (data) => data.date ?? data.startDate ?? null;
export const edgeDate = (data) => data.date ?? data.startDate ?? data.endDate ?? null;

const YEAR_WIDTH = 260;
const LANES = { Person: -1, Source: -2, Organisation: 1, Place: 2 };
const LANE_GAP = 260;
const ROW_GAP = 62;
const MIN_DX = 150;

const MONTH_WIDTH = 120;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The time scale: each year that has something in it gets the same width, and empty stretches between
 * them collapse to one gap, so 1988 and 2005–2012 both stay readable. A story of one or two years is drawn
 * by the month instead (a tick a month), so that March and May 2012 are not a few pixels apart.
 */
function timeScale(years) {
  const distinct = [...new Set(years.map(Math.floor))].sort((a, b) => a - b);
  const months = distinct.length <= 2;
  const width = months ? 12 * MONTH_WIDTH : YEAR_WIDTH;
  const slot = new Map();
  let position = 0;
  const ticks = [];
  distinct.forEach((year, i) => {
    if (i > 0 && year - distinct[i - 1] > 1) {
      ticks.push({ x: position * width, label: '…', gap: true });
      position += months ? 0.1 : 0.5;
    }
    slot.set(year, position);
    ticks.push({ x: position * width, label: String(year) });
    if (months) {
      for (let m = 1; m < 12; m += 1) ticks.push({ x: (position + m / 12) * width, label: MONTH_NAMES[m], month: true });
    }
    position += 1;
  });
  ticks.push({ x: position * width, label: '', end: true });
  const x = (decimal) => (slot.get(Math.floor(decimal)) + (decimal - Math.floor(decimal))) * width;
  return { x, ticks, start: 0 };
}

/**
 * Spreads the nodes of one lane into rows so that none overlaps another. Events keep their exact time and
 * stack as deep as needed; other entities (whose time is only an average) use at most `maxRows` rows and
 * then give way sideways, so a crowd tied to one moment spreads out instead of towering.
 */
function stack(items, baseY, direction, maxRows = Infinity) {
  const rowEnds = [];
  items.sort((a, b) => a.x - b.x);
  for (const item of items) {
    let row = rowEnds.findIndex((end) => item.x - end >= MIN_DX);
    if (row === -1 && rowEnds.length < maxRows) {
      row = rowEnds.length;
      rowEnds.push(-Infinity);
    }
    if (row === -1) {
      row = rowEnds.indexOf(Math.min(...rowEnds));
      item.x = rowEnds[row] + MIN_DX;
    }
    rowEnds[row] = item.x;
    item.y = baseY + direction * row * ROW_GAP;
  }
}

export function timePositions(nodes) {
  const dated = nodes.filter((n) => n.data('type') === 'Event' && yearOf(eventDate(n.data())) !== null);
  const edgeYears = nodes.connectedEdges(':visible').map((e) => yearOf(edgeDate(e.data()))).filter((y) => y !== null);
  const years = [...dated.map((n) => yearOf(eventDate(n.data()))), ...edgeYears];
  if (!years.length) return null;
  const scale = timeScale(years);
  const xs = new Map();
  dated.forEach((n) => xs.set(n.id(), scale.x(yearOf(eventDate(n.data())))));

  // Everything else sits at the mean time of the events and dated relationships it is tied to, then (a
  // second pass) of its placed neighbours; what has no time at all waits in a column left of the axis.
  const place = (node) => {
    const times = [];
    node.connectedEdges(':visible').forEach((edge) => {
      const other = edge.source().id() === node.id() ? edge.target() : edge.source();
      if (xs.has(other.id()) && other.data('type') === 'Event') times.push(xs.get(other.id()));
      const y = yearOf(edgeDate(edge.data()));
      if (y !== null) times.push(scale.x(y));
    });
    return times;
  };
  const rest = nodes.filter((n) => !xs.has(n.id()));
  const unplaced = [];
  rest.forEach((n) => {
    const times = place(n);
    if (times.length) xs.set(n.id(), times.reduce((a, b) => a + b, 0) / times.length);
    else unplaced.push(n);
  });
  const undated = new Set();
  unplaced.forEach((n) => {
    const near = n.neighborhood('node:visible').filter((o) => xs.has(o.id())).map((o) => xs.get(o.id()));
    if (near.length && n.data('type') !== 'Event') xs.set(n.id(), near.reduce((a, b) => a + b, 0) / near.length);
    else undated.add(n.id());
  });

  // What has no time of its own nor any near it (an undated event, say) waits in a lane of its own under
  // the others, in a row from the axis's start, rather than pretending to a date.
  const lanes = new Map();
  const UNDATED = 99;
  let next = 0;
  nodes.forEach((n) => {
    if (undated.has(n.id())) {
      xs.set(n.id(), next);
      next += MIN_DX;
    }
    const lane = undated.has(n.id()) ? UNDATED : n.data('type') === 'Event' ? 0 : (LANES[n.data('type')] ?? 2);
    if (!lanes.has(lane)) lanes.set(lane, []);
    lanes.get(lane).push({ id: n.id(), x: xs.get(n.id()), y: 0 });
  });
  const positions = {};
  let bottom = 0;
  for (const [lane, items] of [...lanes].filter(([l]) => l !== UNDATED)) {
    const direction = lane < 0 ? -1 : 1;
    stack(items, lane * LANE_GAP, lane === 0 ? 1 : direction, lane === 0 ? Infinity : 3);
    items.forEach((item) => {
      positions[item.id] = { x: item.x, y: item.y };
      bottom = Math.max(bottom, item.y);
    });
  }
  const ticks = [...scale.ticks];
  if (lanes.has(UNDATED)) {
    const y = bottom + LANE_GAP;
    lanes.get(UNDATED).forEach((item) => { positions[item.id] = { x: item.x, y }; });
    ticks.push({ lane: true, y: y - LANE_GAP / 3, label: 'Undated' });
  }
  return { positions, ticks };
}

function componentRoots(eles, preferred) {
  return eles.components().map((component) => {
    const nodes = component.nodes();
    const wanted = nodes.filter((n) => preferred.includes(n.id()));
    if (wanted.nonempty()) return wanted[0];
    return nodes.max((n) => n.data('degree') ?? n.degree()).ele;
  });
}

const byTypeThenName = (a, b) => (a.data('type') ?? '').localeCompare(b.data('type') ?? '')
  || (a.data('name') ?? '').localeCompare(b.data('name') ?? '');

const WIDE_LEVEL = 10;
const COLUMN_WIDTH = 250;
const LEVEL_GAP = 110;
const ROW_HEIGHT = 46;

/**
 * Breadth-first levels as columns, left to right, each wrapped every WIDE_LEVEL nodes; null when every
 * level is narrow enough for the ordinary top-down tree.
 */
function levelColumns(eles, roots) {
  const depth = hopsFrom(eles, roots);
  const levels = [];
  eles.nodes().forEach((n) => {
    const d = depth.get(n.id()) ?? levels.length;
    (levels[d] ??= []).push(n);
  });
  const filled = levels.filter(Boolean);
  if (Math.max(...filled.map((l) => l.length)) <= WIDE_LEVEL) return null;
  const positions = {};
  let x = 0;
  for (const level of filled) {
    level.sort(byTypeThenName);
    const wraps = Math.ceil(level.length / WIDE_LEVEL);
    const rows = Math.ceil(level.length / wraps);
    level.forEach((n, i) => {
      const column = Math.floor(i / rows);
      const row = i % rows;
      const inColumn = Math.min(rows, level.length - column * rows);
      positions[n.id()] = { x: x + column * COLUMN_WIDTH, y: (row - (inColumn - 1) / 2) * ROW_HEIGHT };
    });
    x += wraps * COLUMN_WIDTH + LEVEL_GAP;
  }
  return positions;
}

/**
 * Fits `eles` in the viewport, but never zooms in beyond a reading size: fitting a handful of nodes would
 * otherwise blow them up to poster size.
 */
export function fitGently(cy, eles, { padding = 60, animate = true } = {}) {
  if (eles.empty()) return;
  const box = eles.boundingBox();
  const fit = Math.min((cy.width() - 2 * padding) / Math.max(1, box.w), (cy.height() - 2 * padding) / Math.max(1, box.h));
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, fit));
  const pan = { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) };
  if (animate) cy.animate({ zoom, pan, duration: 300 });
  else cy.viewport({ zoom, pan });
}

/** Hops from the nearest root for every node of `eles` that a root reaches. */
function hopsFrom(eles, roots) {
  const depth = new Map();
  roots.forEach((root) => {
    eles.breadthFirstSearch({
      roots: root,
      directed: false,
      visit: (v, e, u, i, d) => {
        if (!depth.has(v.id()) || depth.get(v.id()) > d) depth.set(v.id(), d);
      },
    });
  });
  return depth;
}

const SEPARATE_UP_TO = 150; // nodes: beyond it, an overview whose labels may touch (and a layout that stays quick)
const LABEL_GAP = 3; // px between two labels on screen
const SEPARATE_ROUNDS = 80;
const SEPARATE_MS = 300; // at most this long in all, however crowded (ExplorerBenchmark: 500 elements)
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Each visible node's label box on screen (the label alone, with its background), or null if it has none. */
function labelBoxes(nodes) {
  return nodes.map((n) => {
    const b = n.renderedBoundingBox({
      includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false,
    });
    return b.w > 0 && b.h > 0 ? { n, b } : null;
  }).filter(Boolean);
}

/**
 * Moves nodes apart, a little at a time, until no two labels overlap on screen at the current zoom: a
 * layout places nodes by their size, and the labels (kept readable whatever the zoom) come out wider than the
 * layout thought. `axis: 'y'` keeps every node's x (the time line's dates). Pinned nodes stay put. Returns
 * whether any label still overlaps another.
 */
function separateLabels(cy, nodes, { axis = 'both', until = Infinity } = {}) {
  const zoom = cy.zoom();
  for (let round = 0; round < SEPARATE_ROUNDS && performance.now() < until; round += 1) {
    const boxes = labelBoxes(nodes).sort((p, q) => p.b.x1 - q.b.x1);
    const moves = new Map();
    const move = (n, dx, dy) => {
      if (n.locked()) return;
      const m = moves.get(n) ?? { x: 0, y: 0 };
      m.x += dx; m.y += dy;
      moves.set(n, m);
    };
    for (let i = 0; i < boxes.length; i += 1) {
      const a = boxes[i];
      for (let j = i + 1; j < boxes.length && boxes[j].b.x1 < a.b.x2 + LABEL_GAP; j += 1) {
        const b = boxes[j];
        const dx = Math.min(a.b.x2, b.b.x2) - Math.max(a.b.x1, b.b.x1) + LABEL_GAP;
        const dy = Math.min(a.b.y2, b.b.y2) - Math.max(a.b.y1, b.b.y1) + LABEL_GAP;
        if (dx <= 0 || dy <= 0) continue;
        // Apart along the shorter way out; both move half of it, or one all of it if the other is pinned.
        const share = (n, other) => (other.locked() ? 1 : 0.5) / zoom;
        if (axis === 'y' || dy <= dx) {
          const [up, down] = (a.b.y1 + a.b.y2) <= (b.b.y1 + b.b.y2) ? [a.n, b.n] : [b.n, a.n];
          move(up, 0, -dy * share(up, down));
          move(down, 0, dy * share(down, up));
        } else {
          const [left, right] = (a.b.x1 + a.b.x2) <= (b.b.x1 + b.b.x2) ? [a.n, b.n] : [b.n, a.n];
          move(left, -dx * share(left, right), 0);
          move(right, dx * share(right, left), 0);
        }
      }
    }
    if (!moves.size) return false;
    cy.batch(() => moves.forEach((m, n) => {
      const p = n.position();
      n.position({ x: p.x + m.x, y: p.y + m.y });
    }));
  }
  return true;
}

/**
 * After a layout: labels apart, then fitted again if they no longer fit; the fit changes the zoom and with it
 * the labels' size in the graph, so a few passes.
 */
async function labelsApart(cy, eles, axis) {
  const nodes = eles.nodes();
  if (nodes.length > SEPARATE_UP_TO) return;
  const until = performance.now() + SEPARATE_MS;
  for (let pass = 0; pass < 4 && performance.now() < until; pass += 1) {
    await nextFrame(); // readableLabels (style.js) sets the labels' size for the zoom on the next frame
    const overlapping = separateLabels(cy, nodes, { axis, until });
    const box = eles.renderedBoundingBox({ includeOverlays: false, includeUnderlays: false });
    const fits = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    if (fits && !overlapping) return;
    if (!fits) fitGently(cy, eles, { padding: 30, animate: false });
  }
  await nextFrame();
  separateLabels(cy, nodes, { axis, until: until + SEPARATE_MS / 2 });
}

/**
 * Runs a layout over what is visible; resolves when it has stopped. `incremental` keeps the current
 * positions as the starting point (after an expansion), so the picture the user had does not scramble.
 */
export function runLayout(cy, name, { incremental = false, focus = [], onTimeAxis = () => {} } = {}) {
  const eles = cy.elements(':visible');
  const nodes = eles.nodes();
  onTimeAxis(null);
  cy.nodes().removeClass('label-right');
  if (nodes.empty()) return Promise.resolve();
  const big = eles.length > BIG;
  const animate = !big && eles.length <= ANIMATE_UP_TO;
  const common = { eles, fit: true, padding: 50, animate, animationDuration: 450 };
  const pinned = nodes.filter((n) => n.locked());

  let options;
  if (name === 'concentric') {
    // Rings by distance from what the user is looking at (focus, path ends, selection), hubs first in a ring.
    const roots = cy.collection(componentRoots(eles, focus));
    const depth = hopsFrom(eles, roots);
    const far = Math.max(0, ...depth.values()) + 1;
    options = {
      ...common, name: 'concentric', minNodeSpacing: 46, avoidOverlap: true,
      concentric: (n) => (far - (depth.get(n.id()) ?? far)) * 1000 + Math.min(999, n.data('degree') ?? 0),
      levelWidth: () => 1000,
    };
  } else if (name === 'breadthfirst') {
    const roots = cy.collection(componentRoots(eles, focus));
    const columns = levelColumns(eles, roots);
    if (columns) {
      // A level too wide for a row: levels as columns, wrapped, with labels beside the nodes.
      nodes.addClass('label-right');
      options = { ...common, name: 'preset', positions: (n) => columns[n.id()] };
    } else {
      options = {
        ...common, name: 'breadthfirst', directed: false, spacingFactor: 1.2, avoidOverlap: true, roots,
        depthSort: byTypeThenName,
      };
    }
  } else if (name === 'time') {
    const placed = timePositions(nodes);
    if (!placed) {
      return runLayout(cy, 'fcose', { incremental, focus, onTimeAxis });
    }
    options = { ...common, name: 'preset', positions: (n) => placed.positions[n.id()] };
    onTimeAxis(placed.ticks);
  } else if (window.cytoscapeFcose) {
    // 'draft' skips fcose's force-directed pass and needs random starting positions: the fast path.
    const quality = big ? 'draft' : 'default';
    options = {
      ...common, name: 'fcose', quality, randomize: big || !incremental,
      nodeRepulsion: () => 20000, idealEdgeLength: () => 140, nodeSeparation: 130, gravity: 0.25,
      nodeDimensionsIncludeLabels: true,
      numIter: big ? 1000 : 2500, packComponents: true,
      fixedNodeConstraint: pinned.nonempty() ? pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })) : undefined,
    };
  } else {
    options = { ...common, name: 'cose', randomize: !incremental, animate: false };
  }

  const layout = cy.layout(options);
  const done = layout.promiseOn('layoutstop').then(() => {
    if (cy.zoom() > MAX_FIT_ZOOM) fitGently(cy, eles, { animate: false });
    return labelsApart(cy, eles, name === 'time' ? 'y' : 'both');
  });
  layout.run();
  return done;
}
