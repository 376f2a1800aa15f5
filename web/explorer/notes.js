// Editors' notes in the details panel: private to editors (the API answers them only with the editor token,
// and never puts them in embeds, exports or pictures), shown with their author and time, oldest first.

import { el } from './dom.js';
import { curationApi, etagOf, session } from './curation-api.js';

/**
 * The notes on an entity or a relationship (`kind`: 'entity' or 'relationship'), with a form to add one;
 * null when no editor is signed in, so readers never see the section. `onChange` after a note is added or deleted.
 */
export function notesBox(kind, targetId, { onError, onChange = () => {} }) {
  if (!session.signedIn) return null;
  const list = el('ol', { class: 'notes-list', 'aria-label': 'Notes, oldest first' });
  const text = el('textarea', { id: `${kind}-note-text`, class: 'note-text', rows: 3, maxlength: 5000,
    'aria-label': 'New note', placeholder: 'A note only editors see' });
  const add = el('button', { type: 'submit', id: `${kind}-note-add`, class: 'primary' }, 'Add note');
  const form = el('form', { class: 'note-form', novalidate: true }, text, el('div', { class: 'form-actions' }, add));
  const box = el('section', { id: `${kind}-notes`, class: 'notes', 'aria-label': 'Notes' },
    el('h3', {}, 'Notes ', el('span', { class: 'hint' }, '(editors only)')), list, form);

  const load = async () => {
    try {
      const { body } = await curationApi.notes(kind, targetId);
      const changed = async () => { await load(); onChange(); };
      list.replaceChildren(...(body.notes.length ? body.notes.map((note) => item(note, changed, onError))
        : [el('li', { class: 'hint' }, 'No notes yet.')]));
    } catch (error) {
      onError(error);
    }
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      text.focus();
      return;
    }
    add.disabled = true;
    try {
      await curationApi.createNote(kind, targetId, text.value);
      text.value = '';
      await load();
      onChange();
    } catch (error) {
      onError(error);
    } finally {
      add.disabled = false;
    }
  });
  load();
  return box;
}

function item(note, reload, onError) {
  const remove = el('button', { type: 'button', class: 'link-button note-delete' }, 'Delete');
  remove.addEventListener('click', async () => {
    remove.disabled = true;
    try {
      await curationApi.deleteNote(note.id, etagOf(note.rev));
      await reload();
    } catch (error) {
      remove.disabled = false;
      onError(error);
    }
  });
  return el('li', { class: 'note', dataset: { noteId: note.id } },
    el('p', { class: 'note-body' }, note.text),
    el('p', { class: 'note-meta' }, authorOf(note), ' · ',
      el('time', { datetime: note.created }, note.created.slice(0, 16).replace('T', ' ')),
      note.rev > 1 ? ' · edited' : '', ' · ', remove));
}

// The token proves the role ("editor", "admin"); the name is what the author said of themself (X-Editor).
function authorOf(note) {
  return note.authorClaim ? `${note.authorClaim} (says; ${note.author} token)` : note.author;
}
