// The console's history: the last 50 queries run, oldest first, kept in localStorage (per browser, never sent
// anywhere), and a cursor for stepping through them with ArrowUp / ArrowDown in the editor.

const KEY = 'tracegraph.cypher.history';
export const HISTORY_SIZE = 50;

export class QueryHistory {
  constructor(storage = safeStorage()) {
    this.storage = storage;
    this.items = this.load();
    this.cursor = null; // index into items while stepping; null when editing a draft
    this.draft = '';
  }

  load() {
    try {
      const items = JSON.parse(this.storage?.getItem(KEY) ?? '[]');
      return Array.isArray(items) ? items.filter((q) => typeof q === 'string' && q.trim()).slice(-HISTORY_SIZE) : [];
    } catch {
      return [];
    }
  }

  /** Remembers a query that was run: moved to the end if it was there already. */
  add(query) {
    const text = query.trim();
    if (!text) return;
    this.items = [...this.items.filter((q) => q !== text), text].slice(-HISTORY_SIZE);
    this.reset();
    try {
      this.storage?.setItem(KEY, JSON.stringify(this.items));
    } catch {
      // Storage full or switched off: the history lasts as long as the page.
    }
  }

  reset() {
    this.cursor = null;
    this.draft = '';
  }

  /** The query before the one shown (skipping one equal to `current`), or null at the oldest. */
  previous(current) {
    if (this.cursor === null) {
      this.draft = current;
      this.cursor = this.items.length;
    }
    let next = this.cursor - 1;
    while (next >= 0 && this.items[next] === current.trim()) next -= 1;
    if (next < 0) return null;
    this.cursor = next;
    return this.items[next];
  }

  /** The query after the one shown; past the newest, the draft that was being typed; null when not stepping. */
  next() {
    if (this.cursor === null) return null;
    this.cursor += 1;
    if (this.cursor >= this.items.length) {
      const draft = this.draft;
      this.reset();
      return draft;
    }
    return this.items[this.cursor];
  }
}

function safeStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
