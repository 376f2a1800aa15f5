// "Article": paste a new article, see the known people, organisations and events it names highlighted, put
// them on the canvas, and (signed in as an editor) record the article as a Source and link what it names,
// each link with its quote taken verbatim from the pasted text: the sentence that names both ends.

import { api } from './api.js';
import { curationApi, session } from './curation-api.js';
import { clearProblems, dialog, field, formError, showProblem, value } from './curation-forms.js';
import { clear, el } from './dom.js';

/** The sentences of `text` with their offsets: a sentence ends at . ! ? (and closing quotes) or a line break. */
export function sentences(text) {
  const found = [];
  const pattern = /[^.!?\n]+(?:[.!?]+["'”’)\]]*|\n|$)/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) found.push({ start: match.index + lead, end: match.index + lead + body.length, text: body });
  }
  return found;
}

/** The pairs worth linking: each sentence that names two or more different entities, with those entities. */
export function linkCandidates(text, mentions) {
  return sentences(text).map((sentence) => {
    const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const entities = [...new Map(inside.map((m) => [m.id, m])).values()];
    return { sentence, entities };
  }).filter((c) => c.entities.length >= 2);
}

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
    const candidates = linkCandidates(this.text, this.mentions);
    this.linkList = el('ol', { id: 'mentions-links', class: 'mention-links' }, candidates.map((c, i) => this.linkRow(c, i)));
    return [sourceForm,
      el('h3', {}, '2. Link what the article says'),
      candidates.length ? el('p', { class: 'field-hint' }, 'Each sentence that names two known entities, as the quote of a link between them.')
        : el('p', { class: 'field-hint' }, 'No sentence names two known entities.'),
      this.linkList];
  }

  async saveSource() {
    const prefix = 'mentions-source';
    const text = (name) => value(this.sourcePart, prefix, name).value.trim() || undefined;
    const title = text('title');
    try {
      const { body } = await curationApi.createEntity({
        type: 'Source', name: title, title, publisher: text('publisher'), published: text('published'), url: text('url'), kind: 'article',
      });
      this.sourceId = body.id;
      clearProblems(this.sourcePart);
      value(this.sourcePart, prefix, 'title').disabled = true;
      this.sourcePart.querySelector('#mentions-source-save').disabled = true;
      this.sourcePart.querySelector('#mentions-source-id').textContent = `Recorded as ${body.id}.`;
      this.linkList.querySelectorAll('.link-save').forEach((b) => { b.disabled = false; });
      this.notice.announce(`The article is recorded as the source ${body.id}.`);
    } catch (error) {
      showProblem(this.sourcePart, prefix, error);
    }
  }

  linkRow({ sentence, entities }, index) {
    const options = (selected) => entities.map((e, i) => el('option', { value: e.id, selected: i === selected }, e.name));
    const from = el('select', { class: 'link-from', 'aria-label': 'From' }, options(0));
    const to = el('select', { class: 'link-to', 'aria-label': 'To' }, options(1));
    const type = el('select', { class: 'link-type', 'aria-label': 'Relationship' });
    const status = el('select', { class: 'link-status', 'aria-label': 'Status' });
    const error = el('p', { class: 'field-error link-error', role: 'alert', hidden: true });
    const save = el('button', { type: 'button', class: 'link-save', disabled: !this.sourceId }, 'Link');
    const row = el('li', { class: 'mention-link', dataset: { index: String(index) } },
      el('blockquote', { class: 'quote' }, sentence.text),
      el('div', { class: 'link-controls' }, from, type, to, status, save), error);
    this.vocabulary ??= api.vocabulary();
    this.vocabulary.then((vocabulary) => {
      type.append(...vocabulary.relationshipTypes.map((t) => el('option', { value: t.name }, t.verb ?? t.name)));
      status.append(...vocabulary.statuses.map((s) => el('option', { value: s.name, selected: s.name === 'reported' }, s.name)));
    }).catch(this.onError);
    save.addEventListener('click', async () => {
      error.hidden = true;
      try {
        const { body: edge } = await curationApi.createRelationship({
          from: from.value, type: type.value, to: to.value, status: status.value,
          sourceIds: [this.sourceId], quote: sentence.text,
        });
        row.dataset.linked = 'true';
        row.dataset.relationshipId = edge.id;
        save.disabled = true;
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
