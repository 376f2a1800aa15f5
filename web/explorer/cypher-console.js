// The Cypher console: an editor with highlighting and history, parameters (JSON for one's own query, a form
// for a saved one), the saved queries one click away, the result as a table or drawn on the canvas, and
// errors shown where the query is (Neo4j's message under the editor, the position marked in it).
// Talks to the API (POST /api/cypher, GET /api/queries, POST /api/queries/{name}); the canvas is reached
// only through `onGraph`, the rest of the explorer through `onEntity`, `onChange` and `track`.

import { api, isAbort } from './api.js';
import { el, clear } from './dom.js';
import { Combobox } from './search.js';
import { renderHighlight, errorPosition, errorSpan } from './cypher-highlight.js';
import { QueryHistory } from './cypher-history.js';
import { resultTable, summaryText, truncate } from './cypher-results.js';

const $ = (id) => document.getElementById(id);
const TYPE_HINTS = {
  id: 'entity id',
  date: 'date: 2012, 2012-03 or 2012-05-26',
  integer: 'whole number',
  float: 'number',
  boolean: 'true or false',
  status: 'status',
  string: 'text',
};

/** A query in one line, for the history list: comments dropped, white space squashed. */
function oneLine(query) {
  return query.split('\n').filter((l) => !/^\s*\/\//.test(l)).join(' ').replace(/\s+/g, ' ').trim() || query.trim();
}

export class CypherConsole {
  /**
   * `track(promise)` marks the page busy while a query runs; `onGraph(graphJson, {replace})` draws a result
   * on the canvas and resolves to {nodes, edges, addedNodes, hidden} (undefined when it failed);
   * `onEntity(id)` brings an entity onto the canvas; `onChange()` after opening, closing or editing;
   * `announce(text)` for screen readers.
   */
  constructor({ track, onGraph, onEntity, onChange = () => {}, announce = () => {} }) {
    this.track = track;
    this.onGraph = onGraph;
    this.onEntity = onEntity;
    this.onChange = onChange;
    this.announce = announce;
    this.section = $('console');
    this.toggleButton = $('console-toggle');
    this.editor = $('cypher-editor');
    this.highlight = $('cypher-highlight');
    this.errorBox = $('cypher-error');
    this.paramsBox = $('cypher-params');
    this.paramsArea = $('cypher-params-area');
    this.savedForm = $('saved-params');
    this.savedList = $('saved-queries');
    this.historySelect = $('cypher-history');
    this.source = $('cypher-source');
    this.summary = $('cypher-summary');
    this.tablePanel = $('cypher-table-panel');
    this.graphPanel = $('cypher-graph-panel');
    this.graphStatus = $('cypher-graph-status');
    this.drawButton = $('cypher-draw');
    this.runButton = $('cypher-run');
    this.tabs = { table: $('cypher-tab-table'), graph: $('cypher-tab-graph') };

    this.history = new QueryHistory();
    this.queries = null; // the saved queries, once loaded
    this.saved = null; // the saved query loaded in the editor, while its text is unchanged
    this.result = null;
    this.drawn = null; // how the current result was drawn: 'add' or 'replace'
    this.view = 'table';
    this.mark = null;
    this.controller = null;
    this.editTimer = null;

    this.wire();
    this.renderHistory();
    this.paint();
  }

  get isOpen() {
    return !this.section.hidden;
  }

  get query() {
    return this.editor.value;
  }

  // ---- opening and closing

  open({ query, focus = true } = {}) {
    if (query !== undefined && query !== null) this.setQuery(query);
    if (!this.isOpen) {
      this.section.hidden = false;
      this.toggleButton.setAttribute('aria-expanded', 'true');
      this.toggleButton.classList.add('active');
      this.loadSavedQueries();
      this.onChange();
    }
    if (focus) this.editor.focus();
  }

  close() {
    if (!this.isOpen) return;
    const hadFocus = this.section.contains(document.activeElement);
    this.section.hidden = true;
    this.toggleButton.setAttribute('aria-expanded', 'false');
    this.toggleButton.classList.remove('active');
    if (hadFocus) this.toggleButton.focus();
    this.onChange();
  }

  toggle() {
    if (this.isOpen) this.close();
    else this.open();
  }

  // ---- wiring

  wire() {
    this.toggleButton.addEventListener('click', () => this.toggle());
    $('console-close').addEventListener('click', () => this.close());
    this.runButton.addEventListener('click', () => this.run());

    this.editor.addEventListener('input', () => {
      this.mark = null;
      this.editor.removeAttribute('aria-invalid');
      this.history.reset();
      if (this.saved && this.editor.value !== this.saved.query.cypher) this.leaveSaved();
      this.paint();
      clearTimeout(this.editTimer);
      this.editTimer = setTimeout(() => this.onChange(), 400);
    });
    this.editor.addEventListener('scroll', () => this.syncScroll());
    this.editor.addEventListener('keydown', (event) => this.onEditorKey(event));
    this.paramsBox.addEventListener('input', () => this.paramsBox.removeAttribute('aria-invalid'));

    // Ctrl+Enter runs from anywhere in the console; Escape closes it.
    this.section.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        this.run();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        this.close();
      }
    });
    // Ctrl+K opens and closes the console from anywhere, even while typing elsewhere.
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (this.isOpen && this.section.contains(document.activeElement)) this.close();
        else this.open();
      }
    });

    this.savedForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
    this.savedForm.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && event.target.tagName === 'INPUT') {
        event.preventDefault();
        this.run();
      }
    });
    this.savedForm.addEventListener('input', (event) => {
      const field = event.target.closest('[data-param]');
      if (field) this.fieldError(field.dataset.param, null);
    });

    this.historySelect.addEventListener('change', () => {
      const index = Number(this.historySelect.value);
      if (this.historySelect.value !== '' && this.history.items[index] !== undefined) {
        this.setQuery(this.history.items[index]);
        this.editor.focus();
      }
      this.historySelect.value = '';
    });

    for (const [name, tab] of Object.entries(this.tabs)) {
      tab.addEventListener('click', () => this.showView(name));
      tab.addEventListener('keydown', (event) => {
        if (event.key === 'ArrowRight' || event.key === 'ArrowLeft' || event.key === 'Home' || event.key === 'End') {
          event.preventDefault();
          const other = name === 'table' ? 'graph' : 'table';
          const next = event.key === 'Home' ? 'table' : event.key === 'End' ? 'graph' : other;
          this.showView(next);
          this.tabs[next].focus();
        }
      });
    }
    this.graphPanel.querySelectorAll('input[name="cypher-graph-mode"]').forEach((radio) => {
      radio.addEventListener('change', () => {
        if (this.result && radio.checked) this.draw();
      });
    });
    this.drawButton.addEventListener('click', () => this.draw());
  }

  onEditorKey(event) {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const { value, selectionStart, selectionEnd } = this.editor;
    if (selectionStart !== selectionEnd) return;
    const onFirstLine = !value.slice(0, selectionStart).includes('\n');
    const onLastLine = !value.slice(selectionEnd).includes('\n');
    let recalled = null;
    if (event.key === 'ArrowUp' && onFirstLine) recalled = this.history.previous(value);
    else if (event.key === 'ArrowDown' && onLastLine) recalled = this.history.next();
    if (recalled === null) return;
    event.preventDefault();
    this.setQuery(recalled, { keepHistory: true });
  }

  /** Puts `query` in the editor as the user's own query (not a saved one), caret at its end. */
  setQuery(query, { keepHistory = false } = {}) {
    this.editor.value = query;
    if (!keepHistory) this.history.reset();
    if (this.saved) this.leaveSaved();
    this.mark = null;
    this.editor.removeAttribute('aria-invalid');
    this.editor.setSelectionRange(query.length, query.length);
    this.paint();
    this.onChange();
  }

  /** Redraws the highlighting under the editor (with the error mark, if any). */
  paint() {
    renderHighlight(this.highlight, this.editor.value, this.mark);
    this.syncScroll();
  }

  syncScroll() {
    this.highlight.scrollTop = this.editor.scrollTop;
    this.highlight.scrollLeft = this.editor.scrollLeft;
  }

  renderHistory() {
    const items = this.history.items;
    clear(this.historySelect).append(
      el('option', { value: '' }, items.length ? `History (${items.length})` : 'History (empty)'),
      ...items.map((q, i) => ({ q, i })).reverse().map(({ q, i }) => el('option', { value: String(i), title: truncate(q, 2000) }, truncate(oneLine(q), 90))));
    this.historySelect.disabled = items.length === 0;
  }

  // ---- saved queries

  async loadSavedQueries() {
    if (this.queries) return;
    this.queries = [];
    clear(this.savedList).append(el('li', { class: 'loading' }, 'Loading the saved queries…'));
    try {
      const { queries } = await this.track(api.savedQueries());
      this.queries = queries ?? [];
      clear(this.savedList).append(...this.queries.map((query) => el('li', {},
        el('button', {
          type: 'button', class: 'saved-query', dataset: { name: query.name },
          onclick: () => this.loadSaved(query),
        }, el('span', { class: 'saved-title' }, query.title || query.name),
        el('span', { class: 'saved-description' }, query.description ?? '')))));
      if (!this.queries.length) this.savedList.append(el('li', { class: 'hint' }, 'No saved queries on this server.'));
    } catch (error) {
      this.queries = null;
      clear(this.savedList).append(el('li', { class: 'saved-failed' }, `The saved queries did not load: ${error.message}`));
    }
  }

  /** One click: the query in the editor, its parameters as a form (defaults filled), and run. */
  loadSaved(query) {
    this.saved = null;
    this.setQuery(query.cypher);
    this.editor.setSelectionRange(0, 0);
    this.editor.scrollTop = 0;
    this.syncScroll();
    this.saved = { query };
    this.savedList.querySelectorAll('.saved-query').forEach((b) => {
      if (b.dataset.name === query.name) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    });
    this.source.textContent = `Saved query: ${query.title || query.name}`;
    this.source.dataset.saved = query.name;
    this.buildForm(query);
    this.run();
  }

  buildForm(query) {
    const fields = (query.parameters ?? []).map((p) => {
      const id = `saved-param-${p.name}`;
      const range = p.min !== undefined || p.max !== undefined ? ` ${p.min ?? ''}–${p.max ?? ''}` : '';
      const typeText = `${p.type}${range}${p.required ? ', required' : ''}`;
      const value = p.defaultValue === undefined || p.defaultValue === null ? '' : String(p.defaultValue);
      const describedBy = `${id}-hint ${id}-error`;
      let input;
      if (p.type === 'boolean') {
        input = el('select', { id, name: p.name, 'aria-describedby': describedBy },
          el('option', { value: '' }, '(default)'),
          el('option', { value: 'true', selected: value === 'true' }, 'true'),
          el('option', { value: 'false', selected: value === 'false' }, 'false'));
      } else if (p.type === 'id') {
        // An entity's id: typed as a name, picked from the suggestions (search.js), kept as the id.
        input = el('input', {
          id, name: p.name, type: 'text', value, required: p.required || null, placeholder: 'Type a name…',
          'aria-describedby': describedBy,
        });
        const field = input;
        const listbox = el('ul', { id: `${id}-suggestions`, class: 'suggestions', 'aria-label': `Entities for ${p.name}` });
        input = el('div', { class: 'combo param-combo' }, field, listbox);
        new Combobox({ input: field, listbox, onError: () => {}, onPick: (entity) => { field.value = entity.id; } });
      } else {
        const numeric = p.type === 'integer' || p.type === 'float';
        input = el('input', {
          id, name: p.name, type: numeric ? 'number' : 'text', value,
          step: p.type === 'integer' ? '1' : (numeric ? 'any' : null),
          min: numeric && p.min !== undefined ? String(p.min) : null,
          max: numeric && p.max !== undefined ? String(p.max) : null,
          placeholder: p.type === 'date' ? '2012-03' : null,
          required: p.required || null,
          autocomplete: 'off', spellcheck: 'false',
          'aria-describedby': describedBy,
        });
      }
      return el('div', { class: 'param', dataset: { param: p.name, type: p.type } },
        el('label', { for: id }, el('span', { class: 'param-name' }, p.name), ' ',
          el('span', { class: 'param-type', title: TYPE_HINTS[p.type] ?? p.type }, typeText)),
        input,
        el('span', { id: `${id}-hint`, class: 'param-hint' }, p.description ?? ''),
        el('p', { id: `${id}-error`, class: 'param-error', hidden: true }));
    });
    clear(this.savedForm).append(
      el('p', { class: 'params-title' }, fields.length ? 'Parameters' : 'This query takes no parameters.'),
      el('div', { class: 'param-grid' }, fields));
    this.savedForm.hidden = false;
    this.paramsArea.hidden = true;
  }

  /** The query text no longer is the saved one: it runs as the user's own, its parameters as JSON. */
  leaveSaved() {
    const { query } = this.saved;
    const values = {};
    try {
      Object.assign(values, this.formValues(query, { defaults: true }));
    } catch {
      // A value the form could not read is left out.
    }
    this.saved = null;
    this.paramsBox.value = Object.keys(values).length ? JSON.stringify(values, null, 1).replace(/\n\s*/g, ' ') : '';
    this.savedForm.hidden = true;
    this.paramsArea.hidden = false;
    this.source.textContent = `Edited from “${query.title || query.name}”: runs as your own query`;
    delete this.source.dataset.saved;
    this.savedList.querySelectorAll('.saved-query[aria-current]').forEach((b) => b.removeAttribute('aria-current'));
  }

  /** The form's values by the declared types; empty fields left out (or their defaults, with `defaults`). */
  formValues(query, { defaults = false } = {}) {
    const values = {};
    for (const p of query.parameters ?? []) {
      const input = this.savedForm.querySelector(`[data-param="${CSS.escape(p.name)}"] :is(input, select)`);
      if (!input) continue;
      if (input.validity?.badInput) throw Object.assign(new Error(`${p.name} must be a number`), { parameter: p.name });
      const raw = input.value.trim();
      if (raw === '') {
        if (defaults && p.defaultValue !== undefined && p.defaultValue !== null) values[p.name] = p.defaultValue;
        continue;
      }
      if (p.type === 'integer' || p.type === 'float') values[p.name] = Number(raw);
      else if (p.type === 'boolean') values[p.name] = raw === 'true';
      else values[p.name] = raw;
    }
    return values;
  }

  fieldError(name, message) {
    const field = this.savedForm.querySelector(`[data-param="${CSS.escape(name)}"]`);
    if (!field) return false;
    const input = field.querySelector('input, select');
    const box = field.querySelector('.param-error');
    box.textContent = message ?? '';
    box.hidden = !message;
    field.classList.toggle('invalid', Boolean(message));
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    return true;
  }

  // ---- running

  /** The JSON parameters of the user's own query, or an error shown and null. */
  jsonParams() {
    const text = this.paramsBox.value.trim();
    if (!text) return {};
    let params;
    try {
      params = JSON.parse(text);
    } catch (error) {
      this.showProblem('Parameters are not valid JSON', `${error.message}. Write them as a JSON object, e.g. {"id": "ruslan-bashirli", "hops": 2}.`, { target: this.paramsBox });
      return null;
    }
    if (params === null || typeof params !== 'object' || Array.isArray(params)) {
      this.showProblem('Parameters must be a JSON object', 'Write them as {"name": value, …}, e.g. {"id": "ruslan-bashirli"}.', { target: this.paramsBox });
      return null;
    }
    return params;
  }

  async run() {
    const query = this.editor.value;
    this.clearErrors();
    if (!query.trim()) {
      this.showProblem('Nothing to run', 'Type a Cypher query, or pick one of the saved queries.', { target: this.editor });
      return;
    }
    let request;
    const saved = this.saved?.query;
    if (saved) {
      let params;
      try {
        params = this.formValues(saved);
      } catch (error) {
        this.fieldError(error.parameter, error.message);
        this.savedForm.querySelector(`#saved-param-${CSS.escape(error.parameter)}`)?.focus();
        return;
      }
      request = (signal) => api.runSaved(saved.name, params, { signal });
    } else {
      const params = this.jsonParams();
      if (!params) return;
      this.history.add(query);
      this.renderHistory();
      request = (signal) => api.cypher(query, params, { signal });
    }
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.setRunning(true);
    try {
      const result = await this.track(request(controller.signal));
      if (controller === this.controller) await this.showResult(result);
    } catch (error) {
      if (!isAbort(error) && controller === this.controller) this.showError(error, query);
    } finally {
      if (controller === this.controller) {
        this.controller = null;
        this.setRunning(false);
      }
    }
  }

  setRunning(running) {
    this.runButton.disabled = running;
    this.runButton.textContent = running ? 'Running…' : '▶ Run';
    this.section.classList.toggle('running', running);
    document.getElementById('cypher-results').setAttribute('aria-busy', String(running));
  }

  // ---- results

  async showResult(result) {
    this.result = result;
    this.drawn = null;
    this.summary.textContent = summaryText(result);
    this.summary.dataset.rows = String(result.rows?.length ?? 0);
    this.summary.classList.toggle('truncated', Boolean(result.truncated));
    const notes = result.summary?.notifications ?? [];
    if (notes.length) {
      this.summary.append(el('span', { class: 'notifications' },
        notes.map((n) => el('span', { class: 'notification', title: n }, `⚠ ${truncate(n, 140)}`))));
    }
    clear(this.tablePanel);
    if (result.columns?.length) this.tablePanel.append(resultTable(result, { onEntity: this.onEntity }));
    else this.tablePanel.append(el('p', { class: 'hint' }, 'The query returned no columns.'));
    const drawable = (result.graph?.nodes?.length ?? 0) > 0;
    this.drawButton.disabled = !drawable;
    this.graphStatus.textContent = drawable
      ? 'Not drawn yet.'
      : 'Nothing in this result to draw: it has no nodes, relationships or paths.';
    this.announce(`Query done: ${this.summary.textContent}.`);
    if (this.view === 'graph' && drawable) await this.draw();
  }

  showView(name) {
    this.view = name;
    for (const [key, tab] of Object.entries(this.tabs)) {
      const selected = key === name;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    this.tablePanel.hidden = name !== 'table';
    this.graphPanel.hidden = name !== 'graph';
    if (name === 'graph' && this.result && !this.drawn && (this.result.graph?.nodes?.length ?? 0) > 0) this.draw();
  }

  get graphMode() {
    return this.graphPanel.querySelector('input[name="cypher-graph-mode"]:checked')?.value === 'replace' ? 'replace' : 'add';
  }

  /** The result's graph on the canvas, added to what is there or instead of it. */
  async draw() {
    const result = this.result;
    if (!result || !(result.graph?.nodes?.length > 0)) return;
    const mode = this.graphMode;
    const again = this.drawn !== null;
    this.drawn = mode;
    this.graphStatus.textContent = 'Drawing…';
    const done = await this.onGraph(result.graph, { replace: mode === 'replace', again });
    if (result !== this.result) return;
    if (!done) {
      this.drawn = null;
      this.graphStatus.textContent = 'The result could not be drawn (see the notice above).';
      return;
    }
    const n = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
    const what = `${n(done.nodes, 'node')} and ${n(done.edges, 'relationship')} of the result`;
    const how = mode === 'replace' ? 'now make up the canvas' : `are on the canvas (${done.addedNodes} new)`;
    this.graphStatus.textContent = `${what} ${how}, highlighted.${done.hidden ? ` ${done.hidden} of them are hidden by the filters.` : ''} Undo takes it back.`;
    this.announce(this.graphStatus.textContent);
  }

  // ---- errors

  clearErrors() {
    this.errorBox.hidden = true;
    clear(this.errorBox);
    this.editor.removeAttribute('aria-invalid');
    this.paramsBox.removeAttribute('aria-invalid');
    this.savedForm.querySelectorAll('[data-param]').forEach((f) => this.fieldError(f.dataset.param, null));
    if (this.mark) {
      this.mark = null;
      this.paint();
    }
  }

  /** A problem under the editor: its title, then its detail as given (Neo4j's message keeps its layout). */
  showProblem(title, detail, { status, target, actions = [] } = {}) {
    // Built with el(), which leaves out what is null (Element.append would write "null").
    const box = el('div', { class: 'cypher-error-body' },
      el('p', { class: 'cypher-error-title' }, el('strong', {}, title), status ? el('span', { class: 'status-code' }, ` (${status})`) : null),
      detail ? el('pre', { class: 'cypher-error-detail' }, detail) : null,
      actions.length ? el('p', { class: 'cypher-error-actions' }, actions.map(({ label, run }) => el('button', { type: 'button', onclick: run }, label))) : null);
    clear(this.errorBox).append(box);
    this.errorBox.hidden = false;
    this.errorBox.dataset.status = status ? String(status) : '';
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      target.focus();
    }
  }

  showError(error, query) {
    this.result = null;
    this.drawn = null;
    clear(this.tablePanel).append(el('p', { class: 'hint' }, 'No result: the query did not run (the reason is beside the query).'));
    this.summary.textContent = '';
    this.graphStatus.textContent = '';
    this.drawButton.disabled = true;
    const status = error.status || undefined;
    const parameter = error.parameter ?? '';
    if (parameter.startsWith('params.') && this.saved && this.fieldError(parameter.slice('params.'.length), error.message)) {
      const name = parameter.slice('params.'.length);
      this.savedForm.querySelector(`#saved-param-${CSS.escape(name)}`)?.focus();
      this.announce(error.message);
      return;
    }
    const title = error.title || (status ? 'The query failed' : 'No answer from the server');
    const position = status === 400 ? errorPosition(error.message, query) : null;
    if (position && query === this.editor.value) {
      this.mark = errorSpan(query, position.offset);
      this.paint();
      this.showProblem(title, position.message, { status });
      this.editor.setAttribute('aria-invalid', 'true');
      this.editor.focus();
      this.editor.setSelectionRange(position.offset, position.offset);
      this.scrollToMark();
      return;
    }
    const missing = /^Expected parameter\(s\): (.+)$/m.exec(error.message ?? '');
    const actions = missing && !this.saved
      ? [{ label: `Add ${missing[1]} to the parameters`, run: () => this.addParams(missing[1].split(/\s*,\s*/)) }]
      : [];
    this.showProblem(title, error.message, { status, actions });
  }

  /** Keys for the parameters a query named but was not given, as null, for the user to fill in. */
  addParams(names) {
    let params = {};
    try {
      params = JSON.parse(this.paramsBox.value.trim() || '{}');
    } catch {
      params = {};
    }
    for (const name of names) if (!(name in params)) params[name] = null;
    this.paramsBox.value = JSON.stringify(params);
    this.paramsBox.focus();
    const at = this.paramsBox.value.indexOf('null');
    if (at >= 0) this.paramsBox.setSelectionRange(at, at + 4);
  }

  /** Scrolls the editor so the marked error is in view (the caret is there too). */
  scrollToMark() {
    const mark = this.highlight.querySelector('.cy-error');
    if (!mark) return;
    const top = mark.offsetTop - this.editor.clientHeight / 3;
    const left = mark.offsetLeft - this.editor.clientWidth / 2;
    this.editor.scrollTop = Math.max(0, top);
    this.editor.scrollLeft = Math.max(0, left);
    this.syncScroll();
  }
}
