// Reading a private Tracegraph (READER_TOKEN set on the server): the first read it refuses opens this dialog,
// which asks for a token (the reader token, or the editor's or admin's, which read too); the read is then
// sent again with it (api.js). Cancelling leaves the refusal to be shown as any other error.

import { onTokenNeeded, READER_TOKEN_KEY } from './api.js';
import { dialog, field, value } from './curation-forms.js';
import { el } from './dom.js';

export function installReaderSignIn() {
  const reason = el('p', { class: 'hint', id: 'reader-login-reason' });
  const form = el('form', { id: 'reader-login-form', class: 'edit-form', novalidate: true },
    reason,
    field('reader', { name: 'token', label: 'Token', kind: 'password', required: true,
      hint: 'READER_TOKEN on the server (an editor or admin token reads too). It is kept in this tab only.' }),
    el('div', { class: 'form-actions' }, el('button', { type: 'submit', id: 'reader-login-submit', class: 'primary' }, 'Sign in')));
  const node = dialog('reader-login', 'Sign in to read', form);
  let answer = null;
  const settle = (token) => {
    const resolve = answer;
    answer = null;
    resolve?.(token);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = value(form, 'reader', 'token').value.trim();
    if (!token) return;
    settle(token);
    node.close();
  });
  node.addEventListener('close', () => settle(null));
  onTokenNeeded((problem) => new Promise((resolve) => {
    answer = resolve;
    form.reset();
    reason.textContent = sessionStorage.getItem(READER_TOKEN_KEY)
      ? `The server refused that token: ${problem.message}`
      : 'This Tracegraph lets only token holders read it.';
    node.showModal();
    value(form, 'reader', 'token').focus();
  }));
}
