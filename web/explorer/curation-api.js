// The write API, for editors: the token is entered once per browser session (sessionStorage, so it goes
// when the tab closes) and sent as a bearer token; the editor's name goes in X-Editor for the history.
// Every answer brings the ETag of what was written, which the next edit sends back in If-Match.

import { ApiError, EDITOR_TOKEN_KEY as TOKEN_KEY, problemOf, readAuthorization } from './api.js';

const NAME_KEY = 'tracegraph.editor.name';

export const session = {
  get token() { return sessionStorage.getItem(TOKEN_KEY); },
  get name() { return sessionStorage.getItem(NAME_KEY) || ''; },
  get signedIn() { return Boolean(sessionStorage.getItem(TOKEN_KEY)); },
  signIn(token, name) {
    sessionStorage.setItem(TOKEN_KEY, token);
    if (name) sessionStorage.setItem(NAME_KEY, name);
    else sessionStorage.removeItem(NAME_KEY);
  },
  signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(NAME_KEY);
  },
};

/** One request with the editor's token; resolves to `{ body, etag }` or rejects with an ApiError. */
async function send(method, path, { body, ifMatch, token = session.token, name = session.name } = {}) {
  const headers = { Accept: 'application/json', Authorization: `Bearer ${token}` };
  if (name) headers['X-Editor'] = name;
  if (ifMatch) headers['If-Match'] = ifMatch;
  if (body !== undefined) headers['Content-Type'] = method === 'PATCH' ? 'application/merge-patch+json' : 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new ApiError(`Cannot reach the Tracegraph server (${error.message}).`);
  }
  if (!response.ok) throw await problemOf(response);
  return { body: await response.json(), etag: response.headers.get('ETag') };
}

const id = (value) => encodeURIComponent(value);
/** The ETag of version `rev`, as the API sends it. */
export const etagOf = (rev) => `"${rev ?? 0}"`;

export const curationApi = {
  /** Checks a token by reading one change of the history (which needs it). */
  check: (token, name) => send('GET', '/api/changes?limit=1', { token, name }),
  entity: async (entityId) => {
    const response = await fetch(`/api/entities/${id(entityId)}?limit=1`,
      { headers: { Accept: 'application/json', ...readAuthorization() } });
    if (!response.ok) throw await problemOf(response);
    return { body: await response.json(), etag: response.headers.get('ETag') };
  },
  createEntity: (fields) => send('POST', '/api/entities', { body: fields }),
  createSource: (fields) => send('POST', '/api/sources', { body: fields }),
  updateEntity: (entityId, patch, etag) => send('PATCH', `/api/entities/${id(entityId)}`, { body: patch, ifMatch: etag }),
  deleteEntity: (entityId, etag) => send('DELETE', `/api/entities/${id(entityId)}`, { ifMatch: etag }),
  restoreEntity: (entityId) => send('POST', `/api/entities/${id(entityId)}/restore`, { body: {} }),
  merge: (entityId, into) => send('POST', `/api/entities/${id(entityId)}/merge`, { body: { into } }),
  createRelationship: (fields) => send('POST', '/api/relationships', { body: fields }),
  // notes are private: every call needs the editor token (docs/security.md)
  notes: (kind, targetId) => send('GET', `/api/notes?${new URLSearchParams({ [kind]: targetId })}`),
  createNote: (kind, targetId, text) => send('POST', '/api/notes', { body: { [kind]: targetId, text } }),
  deleteNote: (noteId, etag) => send('DELETE', `/api/notes/${id(noteId)}`, { ifMatch: etag }),
  // the review queue is private too: what documents propose, until an editor decides (docs/editing.md)
  review: ({ kind, state = 'open', limit = 100 } = {}) => send('GET', `/api/review?${new URLSearchParams({ kind, state, limit: String(limit) })}`),
  decide: (itemId, body, etag) => send('POST', `/api/review/${id(itemId)}`, { body, ifMatch: etag }),
  changes: (entityId, { limit = 20, before } = {}) => {
    const params = new URLSearchParams({ entity: entityId, limit: String(limit) });
    if (before) params.set('before', before);
    return send('GET', `/api/changes?${params}`);
  },
};
