// What the explorer has to tell the user: errors from the API (the problem's `detail`), warnings such as
// "too many elements", in #notice (role=status); and short announcements for screen readers.

import { el, clear } from './dom.js';

export class Notice {
  constructor(container, announcer) {
    this.container = container;
    this.announcer = announcer;
    this.key = null;
  }

  /**
   * Shows `message`; `kind` is error, warning or info; `actions` are [{label, run}] buttons; `key` names
   * the notice so that the same condition can later be cleared without clearing an unrelated one.
   */
  show(message, { kind = 'info', actions = [], key = null } = {}) {
    this.key = key;
    this.container.dataset.kind = kind;
    clear(this.container).append(
      el('span', { class: 'notice-text' }, message),
      ...actions.map(({ label, run }) => el('button', { type: 'button', class: 'notice-action', onclick: run }, label)),
      // The × is drawn by CSS, so that the notice's text is the message alone.
      el('button', { type: 'button', class: 'notice-close', 'aria-label': 'Dismiss this notice', title: 'Dismiss', onclick: () => this.clear() }));
  }

  error(error) {
    this.show(error?.message || String(error), { kind: 'error' });
  }

  clear(key) {
    if (key !== undefined && key !== this.key) return;
    this.key = null;
    delete this.container.dataset.kind;
    clear(this.container);
  }

  announce(message) {
    this.announcer.textContent = '';
    // A fresh text node on the next frame, so that repeating the same words is announced again.
    requestAnimationFrame(() => { this.announcer.textContent = message; });
  }
}
