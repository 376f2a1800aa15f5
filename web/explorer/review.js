// The review panel, for editors: what ingested documents propose (a link between two known entities, a name
// the graph does not know) and the pairs of entities that may be one, each shown in the sentence it came from
// with the names marked. Keyboard first: j or n next, k previous, a accept, r reject (Escape in a field or a
// list of choices goes back to the candidate). A link's type and status,
// and a new entity's type, are chosen from the vocabulary with nothing preselected: a suggestion (a cue, the
// suggested type) is shown beside the choice, never made for the editor.

import { api } from './api.js';
import { curationApi, etagOf, session } from './curation-api.js';
import { dialog, formError } from './curation-forms.js';
import { clear, el } from './dom.js';

const KINDS = [['link', 'Links'], ['entity', 'New names'], ['duplicate', 'Duplicates']];

export class ReviewPanel {
  /** `onAdd(ids)`: entities onto the canvas, with what an acceptance created among them. */
  constructor({ toolbar, notice, onAdd, onError }) {
    Object.assign(this, { notice, onAdd, onError });
    this.kind = 'link';
    this.items = [];
    this.current = 0;
    this.toggle = el('button', {
      type: 'button', id: 'review-toggle', title: 'Review what documents propose (editors)',
      onclick: () => this.open(),
    }, '✓ Review');
    toolbar.append(this.toggle);
    // for editors only, as "+ New entity" is: hidden (out of the toolbar's actions) while no editor is signed in
    const signedIn = () => { this.toggle.hidden = document.documentElement.dataset.editor !== 'true'; };
    new MutationObserver(signedIn).observe(document.documentElement, { attributes: true, attributeFilter: ['data-editor'] });
    signedIn();
    this.build();
  }

  build() {
    this.tabs = el('div', { id: 'review-kinds', role: 'tablist', class: 'review-kinds' }, KINDS.map(([kind, label]) =>
      el('button', { type: 'button', role: 'tab', dataset: { kind }, 'aria-selected': String(kind === this.kind),
        onclick: () => this.show(kind) }, label)));
    this.summary = el('p', { id: 'review-summary', role: 'status' });
    this.list = el('ol', { id: 'review-items', class: 'review-items' });
    const form = el('form', { id: 'review-form', class: 'edit-form', novalidate: true, onsubmit: (e) => e.preventDefault() },
      el('p', { class: 'field-hint' }, 'Keys: j or n next, k previous, a accept, r reject; Escape leaves a field or a list of choices.'),
      this.tabs, this.summary, formError('review'), this.list);
    this.form = form;
    this.dialog = dialog('review-dialog', 'Review what documents propose', form);
    this.dialog.classList.add('wide-dialog');
    this.dialog.addEventListener('keydown', (event) => this.key(event));
  }

  async open() {
    this.dialog.showModal();
    if (!session.signedIn) {
      this.summary.textContent = 'Sign in as an editor (Edit in the toolbar) to review what documents propose.';
      clear(this.list);
      return;
    }
    this.vocabulary ??= api.vocabulary();
    await this.show(this.kind);
  }

  async show(kind) {
    this.kind = kind;
    this.tabs.querySelectorAll('[role=tab]').forEach((tab) => tab.setAttribute('aria-selected', String(tab.dataset.kind === kind)));
    try {
      const vocabulary = await this.vocabulary;
      const { body } = await curationApi.review({ kind, limit: 100 });
      this.items = body.items;
      clear(this.list).append(...this.items.map((item) => this.row(item, vocabulary)));
      this.summary.textContent = this.items.length
        ? `${this.items.length}${body.next != null ? '+' : ''} open.` : 'Nothing to review.';
      this.select(0);
    } catch (error) {
      this.onError(error);
    }
  }

  rows() {
    return [...this.list.querySelectorAll('.review-item')];
  }

  select(index) {
    const rows = this.rows();
    if (!rows.length) return;
    this.current = Math.max(0, Math.min(index, rows.length - 1));
    rows.forEach((row, i) => {
      row.classList.toggle('current', i === this.current);
      if (i === this.current) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    });
    rows[this.current].scrollIntoView?.({ block: 'nearest' });
    rows[this.current].focus({ preventScroll: true });
  }

  /**
   * The panel's keys, anywhere in it but in a field or a list of choices (whose own letters choose): there,
   * Escape goes back to the candidate, whose keys then work again.
   */
  key(event) {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const row = this.rows()[this.current];
    if (['TEXTAREA', 'INPUT', 'SELECT'].includes(target.tagName)) {
      if (event.key === 'Escape' && row) {
        event.preventDefault();
        row.focus();
      }
      return;
    }
    const act = { j: () => this.select(this.current + 1), n: () => this.select(this.current + 1),
      k: () => this.select(this.current - 1), a: () => row?.accept(), r: () => row?.reject() }[event.key];
    if (!act) return;
    event.preventDefault();
    act();
  }

  row(item, vocabulary) {
    const error = el('p', { class: 'field-error review-error', role: 'alert', hidden: true });
    const accept = el('button', { type: 'button', class: 'review-accept primary' }, item.kind === 'duplicate' ? `Merge into ${item.pair.a.name} (admin)` : 'Accept');
    const reject = el('button', { type: 'button', class: 'review-reject' }, item.kind === 'duplicate' ? 'Not the same' : 'Reject');
    const row = el('li', { class: 'review-item', tabindex: '-1', dataset: { id: item.id, kind: item.kind } });
    const fail = (problem) => {
      error.textContent = problem.message;
      error.hidden = false;
    };
    const decided = (state) => {
      row.dataset.state = state;
      accept.disabled = true;
      reject.disabled = true;
      error.hidden = true;
      this.summary.textContent = `${state === 'accepted' ? 'Accepted' : 'Rejected'}.`;
      const next = this.rows().findIndex((r, i) => i > this.current && !r.dataset.state);
      if (next >= 0) this.select(next);
    };
    let fields = () => ({});
    let parts;
    if (item.kind === 'duplicate') {
      parts = this.pair(item);
      fields = () => ({ into: item.pair.a.id }); // the second merged into the first: the admin's merge
    } else {
      parts = [el('blockquote', { class: 'quote review-sentence' }, this.marked(item)),
        el('p', { class: 'muted review-source' }, `From ${item.source.title ?? item.source.id}`)];
      const controls = item.kind === 'link' ? this.linkControls(item, vocabulary) : this.entityControls(item, vocabulary);
      parts.push(controls.node);
      fields = controls.fields;
    }
    row.accept = async () => {
      if (row.dataset.state) return;
      try {
        const chosen = fields();
        if (chosen === null) return;
        const { body } = await curationApi.decide(item.id, { decision: 'accept', ...chosen }, item.rev == null ? undefined : etagOf(item.rev));
        decided('accepted');
        this.onAdd(item.kind === 'link' ? [item.from.id, item.to.id] : item.kind === 'entity' ? [body.item.result] : []);
      } catch (problem) {
        fail(problem);
      }
    };
    row.reject = async () => {
      if (row.dataset.state) return;
      try {
        await curationApi.decide(item.id, { decision: 'reject' }, item.rev == null ? undefined : etagOf(item.rev));
        decided('rejected');
      } catch (problem) {
        fail(problem);
      }
    };
    accept.addEventListener('click', () => { this.select(this.rows().indexOf(row)); row.accept(); });
    reject.addEventListener('click', () => { this.select(this.rows().indexOf(row)); row.reject(); });
    row.addEventListener('focusin', () => {
      const index = this.rows().indexOf(row);
      if (index !== this.current) this.select(index);
    });
    row.append(...parts, el('div', { class: 'form-actions' }, reject, accept), error);
    row.fail = fail;
    return row;
  }

  /** The sentence with the names it is about in <mark>s: text nodes only, never parsed as HTML. */
  marked(item) {
    const { text, start } = item.sentence;
    const names = (item.kind === 'link' ? [item.from, item.to] : [item.name])
      .filter((n) => n && n.start >= start && n.end <= start + text.length)
      .sort((a, b) => a.start - b.start);
    const parts = [];
    let at = 0;
    for (const n of names) {
      if (n.start - start < at) continue;
      parts.push(text.slice(at, n.start - start));
      parts.push(el('mark', { class: 'review-name', dataset: n.id ? { entityId: n.id } : {} }, text.slice(n.start - start, n.end - start)));
      at = n.end - start;
    }
    parts.push(text.slice(at));
    return parts;
  }

  linkControls(item, vocabulary) {
    // No default: an unchosen relationship or status is no claim the app may make on the editor's behalf
    const suggested = new Set(item.suggests ?? []);
    const type = el('select', { class: 'review-type', 'aria-label': 'Relationship' },
      el('option', { value: '', selected: true }, 'relationship…'),
      vocabulary.relationshipTypes.map((t) => el('option', { value: t.name }, t.verb ?? t.name)));
    const status = el('select', { class: 'review-status', 'aria-label': 'Status' },
      el('option', { value: '', selected: true }, 'status…'),
      vocabulary.statuses.map((s) => el('option', { value: s.name }, suggested.has(s.name) ? `${s.name} (suggested by a cue)` : s.name)));
    const ends = [item.from, item.to];
    const names = new Map(ends.map((e) => [e.id, e.name]));
    const claimants = [...new Set([...(item.claimants ?? []), item.from.id, item.to.id])];
    const claimant = el('select', { class: 'review-claimant', 'aria-label': 'Claimed by' },
      el('option', { value: '', selected: true }, item.claimantRequired ? 'claimed by…' : 'claimed by no one named'),
      item.claimantRequired ? el('option', { value: 'none' }, 'claimed by no one named') : null,
      claimants.map((id) => el('option', { value: id }, `claimed by ${names.get(id) ?? id}`)));
    const cues = item.cues?.length ? el('p', { class: 'field-hint review-cues' }, 'Cues: ', item.cues.map((c, i) => [i ? '; ' : '',
      el('mark', { class: 'cue', dataset: { kind: c.kind } }, c.text), ` (${c.kind}: suggests ${c.suggests})`])) : null;
    const node = el('div', {}, cues, el('div', { class: 'link-controls' },
      el('span', { class: 'review-from' }, item.from.name), type, el('span', { class: 'review-to' }, item.to.name), status, claimant));
    const fields = () => {
      if (!type.value || !status.value) {
        (type.value ? status : type).focus();
        throw new Error('Choose the relationship and the status first.');
      }
      if (item.claimantRequired && !claimant.value) {
        claimant.focus();
        throw new Error('The sentence attributes the claim: choose who claims it, or no one named.');
      }
      const chosen = { type: type.value, status: status.value };
      if (claimant.value && claimant.value !== 'none') chosen.claimedBy = claimant.value;
      else if (item.claimantRequired) chosen.claimedBy = null;
      return chosen;
    };
    return { node, fields };
  }

  entityControls(item, vocabulary) {
    const name = el('input', { type: 'text', class: 'review-entity-name', 'aria-label': 'Name', value: item.name.name });
    const type = el('select', { class: 'review-entity-type', 'aria-label': 'Type' },
      el('option', { value: '', selected: true }, 'type…'),
      vocabulary.entityTypes.filter((t) => t.name !== 'Source').map((t) => el('option', { value: t.name }, t.name)));
    const hint = item.suggestedType ? el('span', { class: 'field-hint review-suggested' }, `suggested: ${item.suggestedType}`) : null;
    const node = el('div', { class: 'link-controls' }, name, type, hint);
    const fields = () => {
      if (!type.value || !name.value.trim()) {
        (type.value ? name : type).focus();
        throw new Error('Choose the type (and check the name) first.');
      }
      return { type: type.value, name: name.value.trim() };
    };
    return { node, fields };
  }

  pair(item) {
    const { a, b, score, why } = item.pair;
    return [el('p', { class: 'review-pair' }, el('mark', { class: 'review-name', dataset: { entityId: a.id } }, a.name),
      ` (${a.type}) and `, el('mark', { class: 'review-name', dataset: { entityId: b.id } }, b.name), ` (${b.type})`,
      el('span', { class: 'muted' }, ` · ${Math.round(score * 100)}%`)),
    el('ul', { class: 'review-why' }, why.map((w) => el('li', { dataset: { signal: w.signal } }, `${w.signal}: ${w.detail}`)))];
  }
}
