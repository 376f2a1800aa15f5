// The toolbar, the canvas bar and the panels' own buttons: each control turns into a canvas action or a view
// action, and `render(state)` puts the state's layout, hops and path order back into their controls. The
// keyboard shortcuts (keyboard.js) reach the same actions.

import { exportJson, exportPng } from './export.js';
import { installKeyboard } from './keyboard.js';
import { ViewDialog } from './view-dialog.js';

const $ = (id) => document.getElementById(id);
const on = (id, event, handler) => $(id).addEventListener(event, handler);

/** `ex`: the explorer's parts (see canvas-actions.js), with `actions`, `tracer`, `filters` and `cypherConsole`. */
export function installToolbar(ex) {
  const { cy, graph, store, notice } = ex;
  const actions = () => ex.actions;

  function openFilters() {
    const bar = $('filters');
    bar.classList.remove('collapsed');
    $('filters-toggle').setAttribute('aria-expanded', 'true');
    $('filters-body').hidden = false;
    bar.querySelector('input')?.focus();
  }

  function toggleList(force) {
    const toggle = $('list-view-toggle');
    const open = force ?? toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.classList.toggle('active', open);
    $('list-view').hidden = !open;
    if (open) {
      ex.listView.render();
      $('list-view').focus();
    }
  }

  function toggleHelp(force) {
    const open = force ?? $('help').hidden;
    $('help').hidden = !open;
    $('help-toggle').setAttribute('aria-expanded', String(open));
    if (open) $('help-close').focus();
  }

  /** The picture's title: the traced pair, the entity the view is about, or the canvas's size. */
  function title() {
    const name = (id) => (graph.has(id) ? cy.getElementById(id).data('name') : id);
    const { path, focus } = store.state;
    if (path) return `How ${name(path[0])} is connected to ${name(path[1])}`;
    if (focus && graph.has(focus)) return `${name(focus)} and their connections`;
    return `${cy.nodes(':visible').length} entities and their connections`;
  }

  function exportCanvas(write) {
    if (cy.elements(':visible').empty()) notice.show('Nothing on the canvas to export yet.', { kind: 'info' });
    else Promise.resolve(write(cy, store.state.focus, { title: title() })).catch(ex.reportError);
  }

  // On a phone the canvas comes first: the filters start as a button, opened as a sheet over the canvas.
  if (window.matchMedia('(max-width: 640px)').matches) {
    $('filters').classList.add('collapsed');
    $('filters-toggle').setAttribute('aria-expanded', 'false');
    $('filters-body').hidden = true;
  }
  on('filters-toggle', 'click', () => {
    const open = $('filters').classList.toggle('collapsed') === false;
    $('filters-toggle').setAttribute('aria-expanded', String(open));
    $('filters-body').hidden = !open;
  });
  on('layout-select', 'change', (event) => {
    store.dispatch('setLayout', event.target.value);
    actions().layout({ incremental: false });
    ex.sync();
  });
  on('relayout', 'click', () => actions().layout({ incremental: false }));
  on('fit', 'click', () => actions().fit());
  on('zoom-in', 'click', () => actions().zoomBy(1.25));
  on('zoom-out', 'click', () => actions().zoomBy(0.8));
  on('undo', 'click', () => actions().undo());
  on('clear-canvas', 'click', () => actions().clearCanvas());
  on('export-png', 'click', () => exportCanvas(exportPng));
  on('export-json', 'click', () => exportCanvas(exportJson));
  on('list-view-toggle', 'click', () => toggleList());
  on('help-toggle', 'click', () => toggleHelp());
  on('help-close', 'click', () => { toggleHelp(false); $('help-toggle').focus(); });

  on('trace-form', 'submit', (event) => {
    event.preventDefault();
    ex.tracer.trace();
  });
  on('path-swap', 'click', () => ex.tracer.swap());
  on('path-hops', 'change', (event) => {
    store.dispatch('setHops', event.target.value);
    if (ex.paths.active) ex.tracer.trace(...ex.paths.endpoints);
  });
  on('path-order', 'change', (event) => {
    store.dispatch('setOrder', event.target.value);
    ex.sync();
  });
  on('paths-close', 'click', () => {
    ex.paths.close();
    $('trace-button').focus();
  });

  // Save view / Embed: what is visible, where it is, and the filters that shaped it.
  new ViewDialog({
    notice,
    state: () => {
      const nodes = cy.nodes(':visible');
      const positions = {};
      nodes.forEach((n) => { positions[n.id()] = { x: Math.round(n.position('x')), y: Math.round(n.position('y')) }; });
      const { types, statuses, from, to } = store.state.filters;
      const chosen = Object.fromEntries(Object.entries({ types, statuses, from, to }).filter(([, v]) => v !== null && v !== undefined));
      const { focus, layout } = store.state;
      const focusName = focus && graph.has(focus) ? cy.getElementById(focus).data('name') : null;
      const highlight = ex.paths.active ? cy.elements('.path-highlight:visible').map((e) => e.id()) : [];
      return { nodeIds: nodes.map((n) => n.id()), positions, filters: chosen, layout, focusName, highlight };
    },
  });

  installKeyboard({
    cy,
    canvas: $('cy'),
    on: {
      search: () => $('search-input').focus(),
      undo: () => actions().undo(),
      help: () => toggleHelp(),
      list: () => toggleList(),
      console: () => ex.cypherConsole.open(),
      escape: () => {
        if (!$('help').hidden) toggleHelp(false);
        else cy.elements(':selected').unselect();
      },
      select: (node) => actions().selectElement(node.id(), { center: true }),
      expand: (node) => actions().expandNode(node.id()),
      more: (node) => actions().expandNode(node.id()),
      hide: (node) => actions().hideElements(node),
      pin: (node) => actions().togglePin(node),
      trace: (node) => ex.tracer.traceEnd('from', node.id()),
      zoom: (factor) => actions().zoomBy(factor),
      fit: () => actions().fit(),
    },
  });

  /** The state's settings in their controls; the paths ranked as it says. */
  function render(state) {
    $('layout-select').value = state.layout;
    $('path-hops').value = String(state.hops);
    $('path-order').value = state.order;
    ex.paths.setOrder(state.order);
  }

  return { render, openFilters };
}
