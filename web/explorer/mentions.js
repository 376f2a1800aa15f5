// "Article": paste a new article, see the known people, organisations and events it names highlighted, put
// them on the canvas, and (signed in as an editor) record the article as a Source holding the pasted text and
// link what it names,
// each link with its quote taken verbatim from the pasted text: the sentence that names both ends. The server
// finds the sentences (ICU's rules, which know "Mr." and "U.S.") and the cues in them ("denied", "according
// to"); a proposed link has no type, no status and no claimant until the editor chooses them: the cues only
// suggest.

import { api } from './api.js';
import { curationApi, session } from './curation-api.js';
import { clearProblems, dialog, field, formError, showProblem, value } from './curation-forms.js';
import { clear, el } from './dom.js';

export class MentionFinder {
  /** `onAdd(ids)`: put entities on the canvas; `onLinked(fromId, edge)`: a relationship was recorded. */
  constructor({ toolbar, notice, onAdd, onLinked, onError }) {
    Object.assign(this, { notice, onAdd, onLinked, onError });
    this.mentions = [];
    this.text = '';
    this.sourceId = null;
    this.vocabulary = null;
    toolbar.append(el('button', {
      type: 'button', id: 'mentions-toggle', title: 'Paste an article: see which known entities it names',
      onclick: () => this.open(),
    }, '¶ Article'));
    this.build();
  }

  build() {
    this.textBox = el('textarea', { id: 'mentions-text', rows: 8, 'aria-describedby': 'mentions-text-error' });
    this.results = el('div', { id: 'mentions-results', hidden: true });
    const form = el('form', { id: 'mentions-form', class: 'edit-form', novalidate: true, onsubmit: (e) => { e.preventDefault(); this.find(); } },
      el('div', { class: 'field' },
        el('label', { for: 'mentions-text' }, 'Paste an article or a passage'),
        this.textBox,
        el('p', { id: 'mentions-text-error', class: 'field-error', hidden: true })),
      formError('mentions'),
      el('div', { class: 'form-actions' }, el('button', { type: 'submit', id: 'mentions-find', class: 'primary' }, 'Find known entities')),
      this.results);
    this.form = form;
    this.dialog = dialog('mentions-dialog', 'Who does this article name?', form);
    this.dialog.classList.add('wide-dialog');
  }

  open() {
    this.dialog.showModal();
    this.textBox.focus();
  }

  async find() {
    clearProblems(this.form);
    this.text = this.textBox.value;
    try {
      const found = await api.mentions(this.text);
      this.mentions = found.mentions;
      this.sentences = found.sentences;
      this.sourceId = null;
      this.render();
    } catch (error) {
      showProblem(this.form, 'mentions', error);
    }
  }

  render() {
    const byEntity = new Map();
    for (const m of this.mentions) {
      const entry = byEntity.get(m.id) ?? { ...m, count: 0 };
      entry.count += 1;
      byEntity.set(m.id, entry);
    }
    const entities = [...byEntity.values()];
    const summary = this.mentions.length
      ? `${this.mentions.length} mention${this.mentions.length === 1 ? '' : 's'} of ${entities.length} known entit${entities.length === 1 ? 'y' : 'ies'}.`
      : 'No known entity is named in this text.';
    const list = el('ul', { id: 'mentions-entities', class: 'mention-entities' }, entities.map((e) => el('li', { dataset: { entityId: e.id } },
      el('label', { class: 'check' },
        el('input', { type: 'checkbox', class: 'mention-pick', value: e.id, checked: true }),
        ` ${e.name}`),
      el('span', { class: 'muted' }, ` ${e.type ?? ''} · ${e.count}×`))));
    const parts = [
      el('p', { id: 'mentions-summary', role: 'status' }, summary),
      el('div', { id: 'mentions-highlighted', class: 'mentions-text' }, this.highlighted()),
      entities.length ? list : null,
      entities.length ? el('div', { class: 'form-actions' },
        el('button', { type: 'button', id: 'mentions-add', onclick: () => this.addPicked() }, 'Put the checked ones on the canvas')) : null,
      entities.length ? this.editorPart() : null,
    ];
    // Element.append takes no arrays and writes null as text: flatten, and leave out what is not there
    clear(this.results).append(...parts.flat().filter(Boolean));
    this.results.hidden = false;
  }

  /** The text with each mention in a <mark>: built as text nodes, never parsed as HTML. */
  highlighted() {
    const parts = [];
    let at = 0;
    for (const m of this.mentions) {
      if (m.start < at) continue; // several entities share one name: mark it once
      parts.push(this.text.slice(at, m.start));
      parts.push(el('mark', { class: 'mention', dataset: { entityId: m.id }, title: `${m.name} (${m.type})` }, this.text.slice(m.start, m.end)));
      at = m.end;
    }
    parts.push(this.text.slice(at));
    return parts;
  }

  addPicked() {
    const ids = [...this.results.querySelectorAll('.mention-pick:checked')].map((box) => box.value);
    if (ids.length) this.onAdd(ids);
  }

  // --- For editors: the article as a Source, and links with their quotes
  editorPart() {
    if (!session.signedIn) {
      return el('p', { class: 'field-hint', id: 'mentions-sign-in-hint' },
        'Signed in as an editor (Edit in the toolbar), you can record this article as a source and link what it names.');
    }
    const prefix = 'mentions-source';
    const sourceForm = el('div', { id: 'mentions-source', class: 'mention-source' },
      el('h3', {}, '1. Record the article as a source'),
      field(prefix, { name: 'title', label: 'Title', required: true }),
      field(prefix, { name: 'publisher', label: 'Publisher' }),
      field(prefix, { name: 'published', label: 'Published', placeholder: '2012-03' }),
      field(prefix, { name: 'url', label: 'Address (URL)', placeholder: 'https://…' }),
      formError(prefix),
      el('div', { class: 'form-actions' },
        el('span', { id: 'mentions-source-id', class: 'muted' }),
        el('button', { type: 'button', id: 'mentions-source-save', onclick: () => this.saveSource() }, 'Record the source')));
    this.sourcePart = sourceForm;
    const byId = new Map(this.mentions.map((m) => [m.id, m]));
    const candidates = this.sentences.map((s) => ({
      sentence: { start: s.start, end: s.end, text: this.text.slice(s.start, s.end) },
      entities: s.entities.map((id) => byId.get(id)),
      cues: s.cues,
    }));
    this.linkList = el('ol', { id: 'mentions-links', class: 'mention-links' }, candidates.map((c, i) => this.linkRow(c, i)));
    return [sourceForm,
      el('h3', {}, '2. Link what the article says'),
      candidates.length ? el('p', { class: 'field-hint' }, 'Each sentence that names two known entities, as the quote of a link between them. Choose what the sentence says: the relationship and how firmly it is claimed, and by whom.')
        : el('p', { class: 'field-hint' }, 'No sentence names two known entities.'),
      this.linkList];
  }

  async saveSource() {
    const prefix = 'mentions-source';
    const text = (name) => value(this.sourcePart, prefix, name).value.trim() || undefined;
    const title = text('title');
    try {
      // the pasted text is held as the source's text: every quote taken from it is then checked against it
      const { body } = await curationApi.createSource({
        title, publisher: text('publisher'), published: text('published'), url: text('url'), kind: 'article', text: this.text,
      });
      this.sourceId = body.id;
      clearProblems(this.sourcePart);
      value(this.sourcePart, prefix, 'title').disabled = true;
      this.sourcePart.querySelector('#mentions-source-save').disabled = true;
      this.sourcePart.querySelector('#mentions-source-id').textContent = `Recorded as ${body.id}.`;
      this.linkList.querySelectorAll('.mention-link').forEach((row) => row.refresh());
      this.notice.announce(`The article is recorded as the source ${body.id}.`);
    } catch (error) {
      showProblem(this.sourcePart, prefix, error);
    }
  }

  linkRow({ sentence, entities, cues }, index) {
    const byId = new Map(entities.map((e) => [e.id, e]));
    const options = (selected) => entities.map((e, i) => el('option', { value: e.id, selected: i === selected }, e.name));
    const from = el('select', { class: 'link-from', 'aria-label': 'From' }, options(0));
    const to = el('select', { class: 'link-to', 'aria-label': 'To' }, options(1));
    // No default: an unchosen relationship or status is no claim the app may make on the editor's behalf
    const type = el('select', { class: 'link-type', 'aria-label': 'Relationship', required: true },
      el('option', { value: '', selected: true }, 'relationship…'));
    const status = el('select', { class: 'link-status', 'aria-label': 'Status', required: true },
      el('option', { value: '', selected: true }, 'status…'));
    const claimant = el('select', { class: 'link-claimant', 'aria-label': 'Claimed by' },
      el('option', { value: '', selected: true }, 'claimed by no one named'),
      entities.map((e) => el('option', { value: e.id }, `claimed by ${e.name}`)));
    const error = el('p', { class: 'field-error link-error', role: 'alert', hidden: true });
    const save = el('button', { type: 'button', class: 'link-save', disabled: true }, 'Link');
    const hint = cues.length ? el('p', { class: 'field-hint link-cues' }, 'Cues: ', cues.map((c, i) => [i ? '; ' : '',
      el('mark', { class: 'cue', dataset: { kind: c.kind } }, c.text),
      ` (${c.kind}: suggests ${c.suggests}${c.claimant && byId.has(c.claimant) ? `, claimed by ${byId.get(c.claimant).name}` : ''})`])) : null;
    const row = el('li', { class: 'mention-link', dataset: { index: String(index) } },
      el('blockquote', { class: 'quote' }, sentence.text), hint,
      el('div', { class: 'link-controls' }, from, type, to, status, claimant, save), error);
    row.refresh = () => {
      save.disabled = !this.sourceId || !type.value || !status.value || row.dataset.linked === 'true';
      save.title = !this.sourceId ? 'Record the article as a source first'
        : !type.value || !status.value ? 'Choose the relationship and the status first' : '';
    };
    [type, status].forEach((select) => select.addEventListener('change', row.refresh));
    row.refresh();
    this.vocabulary ??= api.vocabulary();
    this.vocabulary.then((vocabulary) => {
      const suggested = new Set(cues.map((c) => c.suggests));
      type.append(...vocabulary.relationshipTypes.map((t) => el('option', { value: t.name }, t.verb ?? t.name)));
      status.append(...vocabulary.statuses.map((s) => el('option', { value: s.name },
        suggested.has(s.name) ? `${s.name} (suggested by a cue)` : s.name)));
    }).catch(this.onError);
    save.addEventListener('click', async () => {
      error.hidden = true;
      if (!type.value || !status.value) return;
      try {
        const { body: edge } = await curationApi.createRelationship({
          from: from.value, type: type.value, to: to.value, status: status.value,
          ...(claimant.value ? { claimedBy: claimant.value } : {}),
          sourceIds: [this.sourceId], quote: sentence.text,
        });
        row.dataset.linked = 'true';
        row.dataset.relationshipId = edge.id;
        row.refresh();
        save.textContent = 'Linked';
        this.onLinked(from.value, edge);
      } catch (problem) {
        error.textContent = problem.message;
        error.hidden = false;
      }
    });
    return row;
  }
}
