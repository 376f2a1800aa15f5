// Editing the graph in the explorer, for editors: sign in with the editor token once per session, create
// and edit entities, add relationships with their evidence (sources, verbatim quote, status), merge a
// duplicate, delete (with a Restore in the notice), and read an entity's history in the details panel.
// Main wires it to the canvas through the callbacks it is given; it knows nothing else of the page.

import { api } from './api.js';
import { curationApi, etagOf, session } from './curation-api.js';
import { clearProblems, dialog, field, formError, showProblem, value } from './curation-forms.js';
import { Combobox } from './search.js';
import { el, clear } from './dom.js';
import { notesBox } from './notes.js';
import { TYPE_NAMES } from './style.js';

const NOT_PERSON = TYPE_NAMES.filter((t) => t !== 'Person');
const DATE_HINT = '2012, 2012-03 or 2012-05-26: only the precision the source gives';
const ENTITY_FIELDS = [
  { name: 'name', label: 'Name', required: true },
  { name: 'id', label: 'Id', hint: 'Optional: made from the name (lowercase, hyphens). It never changes.', createOnly: true },
  { name: 'aliases', label: 'Other spellings', kind: 'lines', hint: 'One per line: transliterations, native spellings, translations.' },
  { name: 'description', label: 'Description', kind: 'textarea' },
  { name: 'kind', label: 'Kind', types: NOT_PERSON, hint: 'party, newspaper, NGO… for a source: article, letter, video…' },
  { name: 'date', label: 'Date', types: ['Event'], placeholder: '2012-03', hint: DATE_HINT },
  { name: 'startDate', label: 'Start date', types: ['Event'], placeholder: '2011' },
  { name: 'endDate', label: 'End date', types: ['Event'], placeholder: '2012' },
  { name: 'title', label: 'Title', types: ['Source'], hint: 'The document’s title, or a descriptive one that says it is not given.' },
  { name: 'publisher', label: 'Publisher', types: ['Source'] },
  { name: 'url', label: 'Address (URL)', types: ['Source'], placeholder: 'https://…' },
  { name: 'published', label: 'Published', types: ['Source'], placeholder: '2012-03' },
];

const appliesTo = (spec, type) => !spec.types || spec.types.includes(type);

export class Curation {
  /**
   * `toolbar`: where the sign-in and "New entity" buttons go. Callbacks: `onEntity(entity)` after a create or
   * edit, `onRelationship(fromId, relationship)` after a relationship was added (as the entity JSON of
   * `fromId` lists it), `onMerged(oldId, survivor)`, `onDeleted(id)`, `onError(error)`, `notice`.
   */
  constructor({ toolbar, notice, onEntity, onRelationship, onMerged, onDeleted, onError }) {
    Object.assign(this, { notice, onEntity, onRelationship, onMerged, onDeleted, onError });
    this.vocabulary = null;
    this.toggle = el('button', { type: 'button', id: 'editor-toggle', onclick: () => this.toggleSession() });
    this.newButton = el('button', { type: 'button', id: 'new-entity', onclick: () => this.openEntityForm() }, '+ New entity');
    toolbar.prepend(this.toggle, this.newButton, el('span', { class: 'tool-sep', 'aria-hidden': 'true' }));
    this.buildLogin();
    this.buildEntityForm();
    this.buildRelationshipForm();
    this.buildMergeForm();
    this.updateSession();
  }

  // --- Session
  updateSession() {
    document.documentElement.dataset.editor = String(session.signedIn);
    this.toggle.textContent = session.signedIn ? 'Sign out' : 'Edit';
    this.toggle.title = session.signedIn ? `Editing as ${session.name || 'editor'}: sign out of this tab`
      : 'Sign in with the editor token to edit the graph';
    this.newButton.hidden = !session.signedIn;
  }

  toggleSession() {
    if (session.signedIn) {
      session.signOut();
      this.updateSession();
      this.notice.announce('Signed out.');
      this.onSession?.();
    } else {
      clearProblems(this.loginForm);
      this.loginDialog.showModal();
      value(this.loginForm, 'editor', 'token').focus();
    }
  }

  buildLogin() {
    const form = el('form', { id: 'editor-login-form', class: 'edit-form', novalidate: true },
      el('p', { class: 'hint' }, 'The editor token is in EDITOR_TOKEN or DATA_DIR/editor-token on the server. It is kept in this tab only.'),
      field('editor', { name: 'token', label: 'Editor token', kind: 'password', required: true }),
      field('editor', { name: 'name', label: 'Your name', hint: 'The history records it as your claim, beside the token that made the change.' }),
      formError('editor'),
      el('div', { class: 'form-actions' }, el('button', { type: 'submit', id: 'editor-login-submit', class: 'primary' }, 'Sign in')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const token = value(form, 'editor', 'token').value.trim();
      const name = value(form, 'editor', 'name').value.trim();
      try {
        await curationApi.check(token, name);
        session.signIn(token, name);
        this.loginDialog.close();
        form.reset();
        this.updateSession();
        this.notice.announce('Signed in: you can edit the graph.');
        this.onSession?.();
      } catch (error) {
        if (error.status === 401) error.parameter = 'token';
        showProblem(form, 'editor', error, { 'X-Editor': 'name' });
      }
    });
    this.loginForm = form;
    this.loginDialog = dialog('editor-login', 'Sign in to edit', form);
  }

  async loadVocabulary() {
    this.vocabulary ??= await api.vocabulary();
    return this.vocabulary;
  }

  // --- Entities
  buildEntityForm() {
    const type = field('entity', { name: 'type', label: 'Type', kind: 'select', options: TYPE_NAMES.map((t) => ({ value: t, label: t })) });
    const form = el('form', { id: 'entity-form', class: 'edit-form', novalidate: true },
      type,
      ENTITY_FIELDS.map((spec) => field('entity', spec)),
      field('entity', { name: 'dateApprox', label: 'The date is approximate or inferred', kind: 'checkbox', types: ['Event', 'Source'] }),
      formError('entity'),
      el('div', { class: 'form-actions' }, el('button', { type: 'submit', id: 'entity-submit', class: 'primary' }, 'Save')));
    value(form, 'entity', 'type').addEventListener('change', () => this.showFieldsOf(value(form, 'entity', 'type').value));
    form.addEventListener('submit', (event) => { event.preventDefault(); this.saveEntity(); });
    this.entityForm = form;
    this.entityDialog = dialog('entity-dialog', 'Entity', form);
  }

  showFieldsOf(type) {
    this.entityForm.querySelectorAll('.field[data-types]').forEach((box) => {
      box.hidden = !box.dataset.types.split(' ').includes(type);
    });
  }

  /** Opens the entity form: empty for a new one (of `type`), or filled with `entity` (read with its ETag). */
  openEntityForm(entity = null, { type = 'Person', then } = {}) {
    const form = this.entityForm;
    form.reset();
    clearProblems(form);
    this.editing = entity ? { entity, etag: etagOf(entity.rev) } : null;
    this.afterSave = then;
    value(form, 'entity', 'type').value = entity?.type ?? type;
    for (const spec of ENTITY_FIELDS) {
      const input = value(form, 'entity', spec.name);
      const current = entity?.[spec.name];
      input.value = Array.isArray(current) ? current.join('\n') : (current ?? '');
      input.closest('.field').classList.toggle('create-only', Boolean(spec.createOnly && entity));
    }
    value(form, 'entity', 'dateApprox').checked = Boolean(entity?.dateApprox);
    value(form, 'entity', 'id').disabled = Boolean(entity);
    this.showFieldsOf(entity?.type ?? type);
    this.entityDialog.querySelector('h2').textContent = entity ? `Edit ${entity.name}` : 'New entity';
    this.entityDialog.showModal();
    value(form, 'entity', 'name').focus();
  }

  /** The form's fields as the API takes them: empty text left out (or null when editing), aliases a list. */
  entityFields(type, editing) {
    const fields = { type };
    for (const spec of ENTITY_FIELDS) {
      if (spec.createOnly && editing) continue;
      const raw = value(this.entityForm, 'entity', spec.name).value;
      const given = spec.kind === 'lines' ? raw.split('\n').map((s) => s.trim()).filter(Boolean) : raw.trim();
      fields[spec.name] = appliesTo(spec, type) ? given : '';
    }
    const approx = value(this.entityForm, 'entity', 'dateApprox').checked && ['Event', 'Source'].includes(type);
    fields.dateApprox = approx ? true : '';
    return fields;
  }

  async saveEntity() {
    const form = this.entityForm;
    const type = value(form, 'entity', 'type').value;
    const fields = this.entityFields(type, Boolean(this.editing));
    try {
      let answer;
      if (this.editing) {
        answer = await curationApi.updateEntity(this.editing.entity.id, this.patchOf(this.editing.entity, fields), this.editing.etag);
      } else {
        const body = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '' && !(Array.isArray(v) && !v.length)));
        answer = await curationApi.createEntity(body);
      }
      this.entityDialog.close();
      this.notice.announce(`Saved ${answer.body.name}.`);
      const then = this.afterSave;
      this.afterSave = null;
      if (then) then(answer.body);
      else this.onEntity(answer.body);
    } catch (error) {
      if (error.status === 412) {
        error.message = `${error.message} Close this form and open it again to edit what is there now.`;
      }
      showProblem(form, 'entity', error);
    }
  }

  /** A merge patch: only what changed; a field emptied (or not of the new type) is sent as null. */
  patchOf(entity, fields) {
    const patch = {};
    for (const [name, given] of Object.entries(fields)) {
      const before = entity[name] ?? (name === 'aliases' ? [] : '');
      const empty = given === '' || (Array.isArray(given) && !given.length && name !== 'aliases');
      if (JSON.stringify(before) === JSON.stringify(given)) continue;
      if (name === 'type') patch.type = given;
      else if (empty) { if (entity[name] !== undefined) patch[name] = null; }
      else patch[name] = given;
    }
    return patch;
  }

  // --- Relationships
  buildRelationshipForm() {
    const prefix = 'relationship';
    const combo = (name, label, hint) => el('div', { class: 'field combo', dataset: { field: name } },
      el('label', { for: `${prefix}-${name}` }, label),
      el('input', { id: `${prefix}-${name}`, type: 'text', 'aria-describedby': `${prefix}-${name}-error` }),
      el('ul', { id: `${prefix}-${name}-suggestions`, class: 'suggestions', hidden: true }),
      hint ? el('p', { class: 'field-hint' }, hint) : null,
      el('p', { id: `${prefix}-${name}-error`, class: 'field-error', hidden: true }));
    this.chosenSources = el('ul', { id: 'relationship-sources', class: 'chosen-sources', 'aria-label': 'Sources chosen' });
    const form = el('form', { id: 'relationship-form', class: 'edit-form', novalidate: true },
      el('p', { id: 'relationship-subject', class: 'subject' }),
      field(prefix, { name: 'reverse', label: 'The link points to this entity (it is the object)', kind: 'checkbox' }),
      field(prefix, { name: 'type', label: 'Relationship', kind: 'select', required: true }),
      combo('other', 'Other entity', 'Search by name or alias.'),
      combo('sourceIds', 'Sources', 'Pick each source the claim comes from (Source entities).'),
      this.chosenSources,
      el('button', { type: 'button', id: 'relationship-new-source', class: 'link-button', onclick: () => this.newSource() }, '+ Record a new source'),
      field(prefix, { name: 'quote', label: 'Quote', kind: 'textarea', required: true, hint: 'Verbatim from the first source.' }),
      field(prefix, { name: 'status', label: 'Status', kind: 'select', required: true }),
      combo('claimedBy', 'Claimed by', 'Optional: who the source attributes the claim to.'),
      field(prefix, { name: 'role', label: 'Role' }),
      field(prefix, { name: 'date', label: 'Date', placeholder: '2012-03', hint: DATE_HINT }),
      field(prefix, { name: 'startDate', label: 'Start date' }),
      field(prefix, { name: 'endDate', label: 'End date' }),
      formError(prefix),
      el('div', { class: 'form-actions' }, el('button', { type: 'submit', id: 'relationship-submit', class: 'primary' }, 'Add relationship')));
    form.addEventListener('submit', (event) => { event.preventDefault(); this.saveRelationship(); });
    this.relationshipForm = form;
    this.relationshipDialog = dialog('relationship-dialog', 'Add a relationship', form);
    const boxOf = (name, options = {}) => new Combobox({
      input: value(form, prefix, name), listbox: form.querySelector(`#${prefix}-${name}-suggestions`), onError: this.onError, onPick: () => {}, ...options,
    });
    this.otherBox = boxOf('other');
    this.claimantBox = boxOf('claimedBy');
    this.sourceBox = boxOf('sourceIds', { type: 'Source', onPick: (source) => { this.addSource(source); this.sourceBox.set(null); } });
  }

  addSource(source) {
    if (this.sources.some((s) => s.id === source.id)) return;
    this.sources.push({ id: source.id, name: source.name });
    this.renderSources();
  }

  renderSources() {
    clear(this.chosenSources).append(...this.sources.map((s) => el('li', { class: 'chosen-source', dataset: { id: s.id } },
      el('span', {}, s.name ?? s.id),
      el('button', { type: 'button', class: 'icon-button', 'aria-label': `Remove ${s.name ?? s.id}`, onclick: () => {
        this.sources = this.sources.filter((x) => x.id !== s.id);
        this.renderSources();
      } }, '×'))));
  }

  newSource() {
    this.openEntityForm(null, { type: 'Source', then: (source) => { this.addSource(source); value(this.relationshipForm, 'relationship', 'quote').focus(); } });
  }

  async openRelationshipForm(entity) {
    const vocabulary = await this.loadVocabulary();
    const form = this.relationshipForm;
    form.reset();
    clearProblems(form);
    this.subject = entity;
    this.sources = [];
    this.renderSources();
    [this.otherBox, this.claimantBox, this.sourceBox].forEach((box) => box.set(null));
    clear(value(form, 'relationship', 'type')).append(el('option', { value: '' }, 'Choose…'),
      ...vocabulary.relationshipTypes.map((t) => el('option', { value: t.name }, `${t.verb} (${t.name})`)));
    clear(value(form, 'relationship', 'status')).append(el('option', { value: '' }, 'Choose…'),
      ...vocabulary.statuses.map((s) => el('option', { value: s.name, title: s.description }, s.name)));
    form.querySelector('#relationship-subject').textContent = `${entity.name} (${entity.type})`;
    this.relationshipDialog.showModal();
    value(form, 'relationship', 'type').focus();
  }

  async saveRelationship() {
    const form = this.relationshipForm;
    const text = (name) => value(form, 'relationship', name).value.trim() || undefined;
    const reverse = value(form, 'relationship', 'reverse').checked;
    const other = this.otherBox.picked?.id;
    const body = {
      from: reverse ? other : this.subject.id,
      to: reverse ? this.subject.id : other,
      type: text('type'),
      sourceIds: this.sources.map((s) => s.id),
      quote: text('quote'),
      status: text('status'),
      claimedBy: this.claimantBox.picked?.id,
      role: text('role'),
      date: text('date'),
      startDate: text('startDate'),
      endDate: text('endDate'),
    };
    try {
      const { body: edge } = await curationApi.createRelationship(body);
      this.relationshipDialog.close();
      this.notice.announce('Relationship added.');
      this.onRelationship(this.subject.id, edge);
    } catch (error) {
      showProblem(form, 'relationship', error, { from: 'other', to: 'other' });
    }
  }

  // --- Merge
  buildMergeForm() {
    const form = el('form', { id: 'merge-form', class: 'edit-form', novalidate: true },
      el('p', { id: 'merge-explain', class: 'hint' }),
      el('div', { class: 'field combo', dataset: { field: 'into' } },
        el('label', { for: 'merge-into' }, 'Merge into'),
        el('input', { id: 'merge-into', type: 'text', 'aria-describedby': 'merge-into-error' }),
        el('ul', { id: 'merge-into-suggestions', class: 'suggestions', hidden: true }),
        el('p', { id: 'merge-into-error', class: 'field-error', hidden: true })),
      formError('merge'),
      el('div', { class: 'form-actions' }, el('button', { type: 'submit', id: 'merge-submit', class: 'primary' }, 'Merge')));
    form.addEventListener('submit', (event) => { event.preventDefault(); this.merge(); });
    this.mergeForm = form;
    this.mergeDialog = dialog('merge-dialog', 'Merge a duplicate', form);
    this.intoBox = new Combobox({ input: form.querySelector('#merge-into'), listbox: form.querySelector('#merge-into-suggestions'), onError: this.onError, onPick: () => {} });
  }

  openMergeForm(entity) {
    clearProblems(this.mergeForm);
    this.merging = entity;
    this.intoBox.type = entity.type;
    this.intoBox.set(null);
    this.mergeForm.querySelector('#merge-explain').textContent = `${entity.name} goes; every relationship, its name and its aliases move to the ${entity.type.toLowerCase()} you pick, and links to ${entity.id} lead there.`;
    this.mergeDialog.showModal();
    this.mergeForm.querySelector('#merge-into').focus();
  }

  async merge() {
    const into = this.intoBox.picked?.id;
    try {
      const { body } = await curationApi.merge(this.merging.id, into);
      this.mergeDialog.close();
      this.notice.show(`Merged ${this.merging.name} into ${body.entity.name}: ${body.moved.length} relationship(s) moved.`, { kind: 'info', key: 'curation' });
      this.onMerged(this.merging.id, body.entity);
    } catch (error) {
      showProblem(this.mergeForm, 'merge', error);
    }
  }

  // --- Delete and restore
  async deleteEntity(entity, button) {
    if (button.dataset.confirm !== 'true') {
      button.dataset.confirm = 'true';
      button.textContent = `Really delete ${entity.name}?`;
      return;
    }
    try {
      const { body } = await curationApi.deleteEntity(entity.id, etagOf(entity.rev));
      this.onDeleted(entity.id);
      this.notice.show(`Deleted ${entity.name} and ${body.relationships} relationship(s).`, {
        kind: 'info', key: 'curation',
        actions: [{ label: 'Restore', run: () => this.restore(entity.id) }],
      });
    } catch (error) {
      this.onError(error);
    }
  }

  async restore(id) {
    try {
      const { body } = await curationApi.restoreEntity(id);
      this.notice.show(`Restored ${body.entity.name} with ${body.relationships.length} relationship(s).`, { kind: 'info', key: 'curation' });
      this.onEntity(body.entity);
    } catch (error) {
      this.onError(error);
    }
  }

  // --- In the details panel
  /** The editor's actions and the history of `entity` (the entity JSON, with `rev`); null when signed out. */
  detailsBox(entity) {
    if (!session.signedIn) return null;
    const remove = el('button', { type: 'button', id: 'delete-entity', class: 'danger' }, 'Delete');
    remove.addEventListener('click', () => this.deleteEntity(entity, remove));
    const history = el('ol', { class: 'changes', 'aria-label': 'Changes, newest first' });
    const box = el('section', { class: 'editor-box', 'aria-label': 'Editing' },
      el('div', { class: 'node-actions', role: 'group', 'aria-label': 'Edit' },
        el('button', { type: 'button', id: 'edit-entity', onclick: () => this.openEntityForm(entity) }, 'Edit'),
        el('button', { type: 'button', id: 'add-relationship', class: 'primary', onclick: () => this.openRelationshipForm(entity) }, 'Add relationship'),
        el('button', { type: 'button', id: 'merge-entity', onclick: () => this.openMergeForm(entity) }, 'Merge into…'),
        remove),
      // a note written or deleted is a change: the history below shows it at once
      notesBox('entity', entity.id, {
        onError: (error) => this.onError(error),
        onChange: () => {
          history.replaceChildren();
          this.loadHistory(entity.id, history);
        },
      }),
      el('section', { id: 'entity-history', class: 'history' }, el('h3', {}, 'History'), history));
    this.loadHistory(entity.id, history);
    return box;
  }

  async loadHistory(id, list, before) {
    try {
      const { body } = await curationApi.changes(id, { before });
      list.querySelector('.history-more')?.remove();
      if (!body.changes.length && !before) list.append(el('li', { class: 'hint' }, 'No change recorded: as first loaded.'));
      list.append(...body.changes.map((c) => el('li', { class: 'change', dataset: { changeId: c.id, action: c.action, kind: c.kind } },
        el('time', { datetime: c.at }, c.at.slice(0, 16).replace('T', ' ')), ` · ${who(c)} · ${describe(c, id)}`)));
      if (body.next) {
        list.append(el('li', { class: 'history-more' }, el('button', { type: 'button', id: 'history-more', class: 'link-button', onclick: () => this.loadHistory(id, list, body.next) }, 'Older changes')));
      }
    } catch (error) {
      this.onError(error);
    }
  }
}

// The token proves the role ("editor", "admin"); the name is what the sender said of themself (X-Editor).
function who(change) {
  return change.editorClaim ? `${change.editorClaim} (says; ${change.editor} token)` : change.editor;
}

/** "updated the entity", "created WORKS_FOR → rfe-rl": a change in words, seen from entity `id`. */
function describe(change, id) {
  const verbs = { create: 'created', update: 'edited', delete: 'deleted', restore: 'restored', merge: 'merged' };
  const verb = verbs[change.action] ?? change.action;
  if (change.kind === 'note') return `${verb} a note${(change.after ?? change.before)?.relationship ? ' on a relationship' : ''}`;
  if (change.kind === 'entity') {
    if (change.action === 'merge') return change.targetId === id ? `merged into ${change.after?.into?.id}` : `merged ${change.targetId} into this`;
    return change.targetId === id ? `${verb} this entity` : `${verb} ${change.targetId}`;
  }
  const r = change.after ?? change.before ?? {};
  const other = r.from === id ? `→ ${r.to}` : `← ${r.from}`;
  return `${verb} ${r.type ?? 'relationship'} ${other}`;
}
