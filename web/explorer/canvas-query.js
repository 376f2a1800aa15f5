// A Cypher result on the canvas: the console (cypher-console.js) hands over its graph JSON, drawn here through
// the same graph, layout and undo as everything else.

import { api, MAX_GRAPH_IDS } from './api.js';
import { fitGently } from './layouts.js';

/** `ex`: the explorer's parts (see canvas-actions.js), with its `actions`. */
export function createQueryDrawing(ex) {
  const { cy, graph, store } = ex;
  let lastQueryDraw = null;

  /**
   * A Cypher result's nodes with their `degree` (relationships in all, from /api/graph), which a query's graph
   * JSON does not carry: the canvas sizes nodes by it and counts the neighbours not yet shown from it.
   */
  async function withDegrees(result) {
    const ids = [...new Set((result.nodes ?? []).filter((n) => n.degree === undefined).map((n) => n.id))];
    if (!ids.length) return result;
    const chunks = [];
    for (let i = 0; i < ids.length && chunks.length < 10; i += MAX_GRAPH_IDS) chunks.push(ids.slice(i, i + MAX_GRAPH_IDS));
    const degrees = new Map();
    try {
      const answers = await Promise.all(chunks.map((chunk) => api.graph(chunk)));
      answers.forEach((answer) => (answer.nodes ?? []).forEach((n) => degrees.set(n.id, n.degree)));
    } catch (error) {
      ex.reportError(error);
    }
    return {
      ...result,
      nodes: result.nodes.map((n) => (n.degree === undefined && degrees.has(n.id) ? { ...n, degree: degrees.get(n.id) } : n)),
    };
  }

  /**
   * A Cypher result's graph JSON on the canvas, added or (`replace`) instead of what is there, laid out and
   * highlighted (class `query-result`). `again`: the same result drawn the other way; when nothing happened
   * on the canvas since the first drawing, that is taken back first, so one Undo returns to the canvas as it
   * was before the result. Resolves to counts of what is shown, or undefined when it failed.
   */
  return async function drawQueryResult(answer, { replace = false, again = false } = {}) {
    return ex.busy.run(async () => {
      const result = await withDegrees(answer);
      const ids = new Set([...(result.nodes ?? []), ...(result.edges ?? [])].map((e) => e.id));
      if (again && lastQueryDraw && graph.undoStack.at(-1) === lastQueryDraw) graph.undo();
      const depth = graph.undoStack.length;
      if (replace) {
        if (ex.paths.active) ex.paths.close();
        store.dispatch('clearCanvas');
      }
      const wasEmpty = replace || cy.nodes().empty();
      let added = graph.addResult(result, { replace });
      lastQueryDraw = graph.undoStack.length > depth ? graph.undoStack.at(-1) : null;
      try {
        // As after an expansion: every relationship among what the canvas shows.
        added = added.union(await graph.connect());
      } catch (error) {
        ex.reportError(error);
      }
      graph.changed(replace ? 'query result' : 'add');
      // What was selected may have gone with the canvas it was on.
      if (cy.elements(':selected').empty()) ex.details.showNone();
      cy.elements('.query-result').removeClass('query-result');
      const eles = cy.elements().filter((e) => ids.has(e.id()));
      eles.addClass('query-result');
      if (added.nonempty() || replace) await ex.actions.layout({ incremental: !wasEmpty });
      const visible = eles.filter(':visible');
      if (visible.nonempty()) fitGently(cy, visible);
      return {
        nodes: eles.nodes().length,
        edges: eles.edges().length,
        addedNodes: added.nodes().length,
        hidden: eles.length - visible.length,
      };
    });
  };
}
