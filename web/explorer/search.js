// The entity picker: an ARIA 1.2 combobox with suggestions as you type (names and aliases; the API folds
// diacritics), driven by arrows, Enter and Escape. Used for the search box and both path pickers.

import { api, isAbort } from './api.js';
import { el, clear } from './dom.js';
import { typeGlyph } from './evidence.js';

const DEBOUNCE_MS = 140;

export class Combobox {
  constructor({ input, listbox, onPick, onError = () => {}, limit = 8, type }) {
    this.input = input;
    this.type = type;
    this.listbox = listbox;
    this.onPick = onPick;
    this.onError = onError;
    this.limit = limit;
    this.results = [];
    this.active = -1;
    this.picked = null;
    this.timer = null;
    this.controller = null;
    this.pending = null;
    // Counts the user's edits, so that an answer that arrives late never writes over what they are typing.
    this.edits = 0;

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('spellcheck', 'false');
    listbox.setAttribute('role', 'listbox');
    listbox.hidden = true;

    this.empty = el('div', { class: 'combo-empty', hidden: true });
    listbox.after(this.empty);

    input.addEventListener('input', () => this.typed());
    input.addEventListener('keydown', (event) => this.key(event));
    input.addEventListener('focus', () => { if (this.results.length && input.value.trim()) this.open(); });
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    // mousedown would move the focus away from the input before the click picks the option.
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.pick(Number(option.dataset.index));
    });
  }

  /** Shows an already chosen entity in the input (e.g. from the URL or "trace from here"). */
  set(entity) {
    this.picked = entity ? { id: entity.id, name: entity.name ?? entity.id } : null;
    this.input.value = this.picked ? this.picked.name : '';
    this.close();
  }

  typed() {
    this.picked = null;
    this.edits += 1;
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (!q) {
      this.controller?.abort();
      this.results = [];
      this.close();
      return;
    }
    this.timer = setTimeout(() => { this.pending = this.search(q); }, DEBOUNCE_MS);
  }

  async search(q) {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const body = await api.search(q, { limit: this.limit, type: this.type, signal: controller.signal });
      if (controller.signal.aborted || this.input.value.trim() !== q) return this.results;
      this.render(body.results ?? [], q);
      return this.results;
    } catch (error) {
      if (!isAbort(error)) this.onError(error);
      return [];
    }
  }

  render(results, q) {
    this.results = results;
    this.active = -1;
    clear(this.listbox);
    this.listbox.append(...results.map((r, i) => el('li', {
      id: `${this.listbox.id}-option-${i}`,
      role: 'option',
      'aria-selected': 'false',
      class: 'option',
      dataset: { id: r.id, index: i },
    },
    typeGlyph(r.type, 14),
    el('span', { class: 'option-text' },
      el('span', { class: 'option-name' }, r.name),
      el('span', { class: 'option-meta' },
        r.type,
        r.matchedAlias ? ` · matches “${r.matchedAlias}”` : '',
        Number.isFinite(r.degree) ? ` · ${r.degree} link${r.degree === 1 ? '' : 's'}` : '')))));
    this.empty.textContent = results.length ? '' : `No entity matches “${q}”.`;
    this.open();
  }

  open() {
    const hasResults = this.results.length > 0;
    this.listbox.hidden = !hasResults;
    this.empty.hidden = hasResults || !this.empty.textContent;
    this.input.setAttribute('aria-expanded', String(hasResults));
  }

  close() {
    this.listbox.hidden = true;
    this.empty.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  get isOpen() {
    return !this.listbox.hidden;
  }

  move(delta) {
    if (!this.results.length) return;
    if (!this.isOpen) this.open();
    const count = this.results.length;
    this.active = this.active < 0 ? (delta > 0 ? 0 : count - 1) : (this.active + delta + count) % count;
    [...this.listbox.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === this.active)));
    const option = this.listbox.children[this.active];
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  async key(event) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(-1);
        break;
      case 'Escape':
        if (this.isOpen) {
          event.preventDefault();
          event.stopPropagation();
          this.close();
        }
        break;
      case 'Enter': {
        event.preventDefault();
        if (this.isOpen && this.active >= 0) {
          this.pick(this.active);
          break;
        }
        if (this.picked) {
          this.onPick(this.picked, { again: true });
          break;
        }
        // Enter before the suggestions arrived: search now and take the best match.
        const q = this.input.value.trim();
        if (!q) break;
        clearTimeout(this.timer);
        const results = await this.search(q);
        if (results.length) this.pick(0);
        break;
      }
      default:
    }
  }

  pick(index) {
    const result = this.results[index];
    if (!result) return;
    this.picked = { id: result.id, name: result.name };
    this.input.value = result.name;
    this.close();
    this.onPick(result, { again: false });
  }
}
