// Every canvas action from the keyboard: arrows move the selection to the nearest node in that direction
// (spatial navigation, as on a map), Enter expands, and single-key shortcuts act on the selected node.
// Shortcuts never fire while the user is typing in a field or has a button focused.

const DIRECTIONS = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/** The visible node nearest to `from` roughly in direction `dir` (within 60° of it), or null. */
export function nearestInDirection(nodes, from, dir) {
  const origin = from.position();
  let best = null;
  let bestScore = Infinity;
  nodes.forEach((node) => {
    if (node.same(from)) return;
    const p = node.position();
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dx * dir.x + dy * dir.y;
    const across = Math.abs(dx * dir.y - dy * dir.x);
    if (along <= 0 || across > along * 1.8) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = node;
    }
  });
  return best;
}

function typing(target) {
  return target instanceof HTMLElement
    && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/**
 * `canvas` is the canvas container; `on` maps actions to functions: search, undo, help, list, escape,
 * console, select(node), expand(node), more(node), hide(node), pin(node), trace(node), zoom(factor), fit().
 */
export function installKeyboard({ cy, canvas, on }) {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || typing(event.target)) return;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.shiftKey && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      on.undo();
      return;
    }
    if (mod || event.altKey) return;
    if (event.key === '/') {
      event.preventDefault();
      on.search();
      return;
    }
    if (event.key === '?') {
      on.help();
      return;
    }
    if (event.key === 'c' || event.key === 'C') {
      event.preventDefault();
      on.console();
      return;
    }
    if (event.key === 'Escape') {
      on.escape();
      return;
    }
    // The rest act on the canvas: only from the canvas itself or from nowhere in particular, so that a
    // focused button's Enter stays that button's.
    const onCanvas = event.target === canvas || canvas.contains(event.target) || event.target === document.body;
    if (!onCanvas) return;
    const selected = cy.elements(':selected:visible').first();
    const node = selected.nonempty() && selected.isNode() ? selected : cy.collection();
    const dir = DIRECTIONS[event.key];
    if (dir) {
      event.preventDefault();
      const nodes = cy.nodes(':visible');
      if (nodes.empty()) return;
      const next = node.nonempty() ? nearestInDirection(nodes, node, dir) : nodes.max((n) => n.degree()).ele;
      if (next) on.select(next);
      return;
    }
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const act = {
      Enter: 'expand', m: 'more', Delete: 'hide', Backspace: 'hide', h: 'hide', p: 'pin', t: 'trace',
    }[key];
    if (act === 'hide' && selected.nonempty()) {
      event.preventDefault();
      on.hide(selected);
    } else if (act && node.nonempty()) {
      event.preventDefault();
      on[act](node);
    } else if (key === '+' || key === '=') on.zoom(1.25);
    else if (key === '-') on.zoom(0.8);
    else if (key === '0') on.fit();
    else if (key === 'l') on.list();
  });
}
