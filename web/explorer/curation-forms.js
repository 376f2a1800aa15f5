// Form fields for the editing dialogs, and the API's problems shown where they belong: a 400 names the
// field at fault in `parameter`, and its `detail` appears under that field (aria-invalid, focused).

import { el } from './dom.js';

/**
 * A labelled control `#{prefix}-{name}` with its error line `#{prefix}-{name}-error`. `kind`: text,
 * password, textarea, lines (a textarea, one item per line), select (`options`: [{value, label}]), checkbox.
 * `types`: the entity types the field applies to (shown only for those).
 */
export function field(prefix, { name, label, kind = 'text', hint, options = [], types, placeholder, required }) {
  const id = `${prefix}-${name}`;
  const attrs = { id, name, 'aria-describedby': `${id}-error`, placeholder, 'aria-required': required ? 'true' : null };
  let control;
  if (kind === 'textarea' || kind === 'lines') control = el('textarea', { ...attrs, rows: kind === 'lines' ? 2 : 3 });
  else if (kind === 'select') control = el('select', attrs, options.map((o) => el('option', { value: o.value }, o.label)));
  else if (kind === 'checkbox') control = el('input', { ...attrs, type: 'checkbox' });
  else control = el('input', { ...attrs, type: kind === 'password' ? 'password' : 'text', autocomplete: 'off', spellcheck: 'false' });
  const labelled = kind === 'checkbox'
    ? el('label', { class: 'check', for: id }, control, ` ${label}`)
    : [el('label', { for: id }, label, required ? el('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null), control];
  return el('div', { class: 'field', dataset: types ? { field: name, types: types.join(' ') } : { field: name } },
    labelled,
    hint ? el('p', { class: 'field-hint' }, hint) : null,
    el('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
}

export function clearProblems(form) {
  form.querySelectorAll('.field-error, .form-error').forEach((box) => { box.textContent = ''; box.hidden = true; });
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
}

/**
 * Shows an ApiError in `form`: under the field its `parameter` names (through `aliases`, e.g. the API's
 * `to` is the form's `other`), else in `#{prefix}-form-error`.
 */
export function showProblem(form, prefix, error, aliases = {}) {
  clearProblems(form);
  const name = aliases[error.parameter] ?? error.parameter;
  const box = name ? form.querySelector(`#${CSS.escape(`${prefix}-${name}-error`)}`) : null;
  if (box) {
    box.textContent = error.message;
    box.hidden = false;
    const input = form.querySelector(`#${CSS.escape(`${prefix}-${name}`)}`);
    input?.setAttribute('aria-invalid', 'true');
    input?.focus();
    return;
  }
  const general = form.querySelector(`#${CSS.escape(`${prefix}-form-error`)}`);
  general.textContent = error.message;
  general.hidden = false;
}

/** A modal dialog holding one form; `open()` shows it, `close()` hides it. */
export function dialog(id, title, form) {
  const node = el('dialog', { id, class: 'edit-dialog', 'aria-labelledby': `${id}-title` },
    el('header', { class: 'dialog-head' },
      el('h2', { id: `${id}-title` }, title),
      el('button', { type: 'button', class: 'icon-button dialog-close', 'aria-label': 'Close', onclick: () => node.close() }, '×')),
    form);
  document.body.append(node);
  return node;
}

export function formError(prefix) {
  return el('p', { id: `${prefix}-form-error`, class: 'form-error', role: 'alert', hidden: true });
}

export const value = (form, prefix, name) => form.querySelector(`#${CSS.escape(`${prefix}-${name}`)}`);
