// Tracing a path: the toolbar's two pickers ("From", "To"), filled by typing or from a node's "Trace from/to",
// and the trace itself, which brings the paths onto the canvas and into the paths panel (paths.js).

import { api } from './api.js';
import { Combobox } from './search.js';

const $ = (id) => document.getElementById(id);

/** `ex`: the explorer's parts (see canvas-actions.js), with its `actions`. */
export function createTracer(ex) {
  const { cy, store, notice } = ex;

  const fromBox = new Combobox({
    input: $('path-from-input'), listbox: $('path-from-suggestions'), onError: ex.reportError,
    onPick: () => { if (toBox.picked) trace(); else $('path-to-input').focus(); },
  });
  const toBox = new Combobox({
    input: $('path-to-input'), listbox: $('path-to-suggestions'), onError: ex.reportError,
    onPick: () => { if (fromBox.picked) trace(); else $('path-from-input').focus(); },
  });

  const edits = () => [fromBox.edits, toBox.edits];

  /**
   * The pickers show the two ends, by the names the paths' answer gives them; a picker the user typed in
   * since the trace began (`since`, from `edits()`) keeps what they typed.
   */
  function showEnds(from, to, since = edits()) {
    const names = ex.paths.answer.names;
    if (fromBox.edits === since[0] && (!fromBox.picked || fromBox.picked.id !== from)) fromBox.set({ id: from, name: names.get(from) });
    if (toBox.edits === since[1] && (!toBox.picked || toBox.picked.id !== to)) toBox.set({ id: to, name: names.get(to) });
  }

  /** A node as one end of the trace: traced at once when the other end is chosen. */
  function traceEnd(end, id) {
    const node = cy.getElementById(id);
    const entity = { id, name: node.data('name') ?? id };
    (end === 'from' ? fromBox : toBox).set(entity);
    const other = end === 'from' ? toBox : fromBox;
    if (other.picked && other.picked.id !== id) trace();
    else (end === 'from' ? $('path-to-input') : $('path-from-input')).focus();
  }

  /** Resolves what the user typed in a path picker to an entity: the chosen one, or the best match. */
  async function pickedOrBest(box) {
    if (box.picked) return box.picked;
    const q = box.input.value.trim();
    if (!q) return null;
    const before = box.edits;
    const { results } = await api.search(q, { limit: 1 });
    if (!results?.length) throw new Error(`No entity matches “${q}”.`);
    if (box.edits !== before) return { id: results[0].id, name: results[0].name }; // typing again: not written over
    box.set(results[0]);
    return box.picked;
  }

  async function trace(from, to) {
    const since = edits();
    await ex.busy.run(async () => {
      const start = from ? { id: from } : await pickedOrBest(fromBox);
      const end = to ? { id: to } : await pickedOrBest(toBox);
      if (!start || !end) {
        notice.show('Choose the two entities to trace between: “From” and “To”.', { kind: 'info' });
        (start ? $('path-to-input') : $('path-from-input')).focus();
        return;
      }
      const wasEmpty = cy.nodes().empty();
      const found = await ex.paths.trace(start.id, end.id, { maxHops: store.state.hops });
      showEnds(start.id, end.id, since);
      if (wasEmpty) store.dispatch('baseline', ex.graph.nodeIds());
      await ex.actions.layout({ incremental: !wasEmpty });
      ex.paths.highlight();
      notice.announce(found.length
        ? `${found.length} path${found.length === 1 ? '' : 's'} found. Path 1 has ${found[0].length} hop${found[0].length === 1 ? '' : 's'}; its weakest link is ${found[0].weakestStatus}.`
        : 'No path found.');
      ex.sync();
    });
  }

  /** From becomes To and To From; traced again when both are chosen. */
  function swap() {
    const from = fromBox.picked;
    const to = toBox.picked;
    fromBox.set(to);
    toBox.set(from);
    if (from && to) trace();
  }

  return { trace, traceEnd, swap, showEnds };
}
