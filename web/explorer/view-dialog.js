// "Save view" and "Embed": saves what is on the canvas as a view (POST /api/views, or a new version of the view
// saved last, with If-Match), then gives its embed code: the iframe with its size, the link (for oEmbed, which
// WordPress and Ghost turn into the embed) and the static picture for readers without JavaScript. The editor
// token is asked once and kept in sessionStorage (this tab only). Text is set with textContent and value only.

import { ApiError } from './api.js';

const TOKEN_KEY = 'tracegraph.editorToken';
const LAST_VIEW_KEY = 'tracegraph.lastView';
const $ = (id) => document.getElementById(id);

function stored(key) {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

async function send(method, path, body, headers) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(`Cannot reach the Tracegraph server (${error.message}).`);
  }
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(json.detail || `${response.status} from ${path}`, { status: response.status, parameter: json.parameter });
  return json;
}

export class ViewDialog {
  /** `state()` gives what the view holds now: {nodeIds, positions, filters, layout, focus}. */
  constructor({ state, notice }) {
    this.state = state;
    this.notice = notice;
    this.dialog = $('view-dialog');
    this.view = null;
    $('save-view').addEventListener('click', () => this.openSave());
    $('embed-view').addEventListener('click', () => this.openEmbed());
    $('view-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    $('view-cancel').addEventListener('click', () => this.dialog.close());
    $('embed-close').addEventListener('click', () => this.dialog.close());
    for (const id of ['embed-width', 'embed-height']) $(id).addEventListener('input', () => this.writeCode());
    for (const button of this.dialog.querySelectorAll('button.copy')) {
      button.addEventListener('click', () => this.copy(button));
    }
  }

  openSave() {
    if (!this.state().nodeIds.length) {
      this.notice.show('Nothing on the canvas to save yet.', { kind: 'info' });
      return;
    }
    const last = stored(LAST_VIEW_KEY);
    $('view-error').hidden = true;
    $('view-form').hidden = false;
    $('embed-code').hidden = true;
    $('view-token-row').hidden = Boolean(sessionStorage.getItem(TOKEN_KEY));
    $('view-version-row').hidden = !last;
    $('view-as-version').checked = false;
    if (last) $('view-version-label').textContent = `Publish as version ${last.version + 1} of “${last.title}”`;
    if (!$('view-title').value) $('view-title').value = this.state().focusName ?? '';
    this.show();
    $('view-title').focus();
  }

  async openEmbed() {
    const last = stored(LAST_VIEW_KEY);
    if (!last) {
      this.openSave();
      this.error('Save the view first: its embed code appears here.');
      return;
    }
    try {
      const response = await fetch(`/api/views/${encodeURIComponent(last.id)}`, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new ApiError(`The view saved last (${last.id}) cannot be read.`);
      this.showCode(await response.json());
    } catch (error) {
      this.notice.error(error);
    }
  }

  show() {
    if (!this.dialog.open) this.dialog.showModal();
  }

  error(message) {
    $('view-error').textContent = message;
    $('view-error').hidden = false;
  }

  async save() {
    const token = sessionStorage.getItem(TOKEN_KEY) || $('view-token').value.trim();
    if (!token) {
      $('view-token-row').hidden = false;
      this.error('The editor token is needed to save a view.');
      $('view-token').focus();
      return;
    }
    const { nodeIds, positions, filters, layout, highlight } = this.state();
    const body = {
      title: $('view-title').value.trim(),
      nodeIds,
      positions,
      filters,
      // the embed draws the nodes where they are now, whatever layout put them there
      layout: layout === 'fcose' ? 'preset' : layout,
      caption: $('view-caption').value.trim() || null,
      credits: $('view-credits').value.trim() || null,
      // the traced path shown, kept highlighted in the embed (null: none, also for a new version)
      highlight: highlight?.length ? highlight : null,
    };
    const last = stored(LAST_VIEW_KEY);
    const asVersion = last && $('view-as-version').checked;
    $('view-save').disabled = true;
    try {
      const auth = { Authorization: `Bearer ${token}` };
      const view = asVersion
        ? await send('POST', `/api/views/${encodeURIComponent(last.id)}/versions`, body, { ...auth, 'If-Match': `"${last.version}"` })
        : await send('POST', '/api/views', body, auth);
      sessionStorage.setItem(TOKEN_KEY, token);
      $('view-token').value = '';
      sessionStorage.setItem(LAST_VIEW_KEY, JSON.stringify({ id: view.id, version: view.version, title: view.title }));
      this.notice.announce(`Saved “${view.title}”, version ${view.version}.`);
      this.showCode(view);
    } catch (error) {
      if (error.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        $('view-token-row').hidden = false;
        $('view-token').focus();
      }
      this.error(error.message);
    } finally {
      $('view-save').disabled = false;
    }
  }

  showCode(view) {
    this.view = view;
    $('view-form').hidden = true;
    $('embed-code').hidden = false;
    $('embed-heading').textContent = `Embed “${view.title}” (version ${view.version})`;
    $('embed-link').value = view.links.embed;
    $('embed-image').value = view.links.image;
    $('embed-open').href = view.links.embed;
    this.writeCode();
    this.show();
    $('embed-iframe').focus();
    $('embed-iframe').select();
  }

  /** The iframe at the size asked for: the server's snippet, with its width and height replaced. */
  writeCode() {
    if (!this.view) return;
    const width = Math.min(Math.max(Number($('embed-width').value) || 800, 280), 2000);
    const height = Math.min(Math.max(Number($('embed-height').value) || 600, 300), 2000);
    $('embed-iframe').value = this.view.links.iframe
      .replace(/ width="\d+"/, ` width="${width}"`)
      .replace(/ height="\d+"/, ` height="${height}"`);
  }

  async copy(button) {
    const field = $(button.dataset.target);
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      // no clipboard permission (an http page, a test browser): the text is selected for Ctrl+C
    }
    button.textContent = 'Copied';
    setTimeout(() => { button.textContent = 'Copy'; }, 1500);
  }
}
