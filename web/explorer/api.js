// Every call to the Tracegraph API goes through here, so that every failure arrives as an ApiError whose
// message is the problem's `detail` (application/problem+json), ready to be shown to the user as is.
//
// Reads carry a bearer token when this tab has one, since a server with READER_TOKEN set refuses reads
// without: the reader token typed when a read was refused, else the editor's (which reads too). Both are
// kept in sessionStorage, so they go when the tab closes. A read refused with 401 asks the page for a token
// (onTokenNeeded) and is sent again with it, until the user gives up.

export const READER_TOKEN_KEY = 'tracegraph.reader.token';
export const EDITOR_TOKEN_KEY = 'tracegraph.editor.token';

export class ApiError extends Error {
  constructor(message, { status = 0, title = '', parameter } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.parameter = parameter;
  }
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function problemOf(response) {
  const fallback = `${response.status} ${response.statusText || 'error'} from ${new URL(response.url).pathname}`;
  try {
    const body = await response.json();
    return new ApiError(body.detail || body.title || fallback, {
      status: response.status,
      title: body.title,
      parameter: body.parameter,
    });
  } catch {
    return new ApiError(fallback, { status: response.status });
  }
}

/** The `Authorization` header for a read: `{}` when this tab has no token. */
export function readAuthorization() {
  const token = sessionStorage.getItem(READER_TOKEN_KEY) || sessionStorage.getItem(EDITOR_TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

let askForToken = null;
let asking = null;

/**
 * `ask(problem)` is called when a read is refused with 401; it resolves to the token the user typed, or to
 * null when they give up. Reads refused at the same moment share one question.
 */
export function onTokenNeeded(ask) {
  askForToken = ask;
}

async function tokenFor(problem) {
  if (!askForToken) return null;
  asking ??= askForToken(problem).finally(() => { asking = null; });
  return asking;
}

/** A read (`fetch(url, init)` with the tab's token), asking for a token while the answer is 401. */
async function read(url, init) {
  for (;;) {
    let response;
    try {
      response = await fetch(url, { ...init, headers: { ...init.headers, ...readAuthorization() } });
    } catch (error) {
      if (error.name === 'AbortError') throw error;
      throw new ApiError(`Cannot reach the Tracegraph server (${error.message}).`);
    }
    if (response.ok) return response.json();
    const problem = await problemOf(response);
    if (response.status !== 401) throw problem;
    const token = await tokenFor(problem);
    if (!token) throw problem;
    sessionStorage.setItem(READER_TOKEN_KEY, token);
  }
}

function get(path, params = {}, { signal } = {}) {
  return read(`${path}${query(params)}`, { headers: { Accept: 'application/json' }, signal });
}

/** POSTs `body` as JSON (a read: a query, a text); the answer, or an ApiError with the problem's detail. */
function post(path, body, { signal } = {}) {
  return read(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
}

const id = (value) => encodeURIComponent(value);
// The most ids /api/graph takes in one request.
export const MAX_GRAPH_IDS = 500;

export const api = {
  search: (q, { limit = 8, type, signal } = {}) => get('/api/search', { q, limit, type }, { signal }),
  entity: (entityId) => get(`/api/entities/${id(entityId)}`),
  neighbourhood: (entityId, { offset = 0, limit = 25 } = {}) =>
    get(`/api/entities/${id(entityId)}/neighbourhood`, { depth: 1, limit, offset }),
  paths: (from, to, { maxHops, limit = 8 } = {}) => get('/api/paths', { from, to, maxHops, limit }),
  graph: (ids) => get('/api/graph', { ids: ids.join(',') }),
  timeline: (params = {}) => get('/api/timeline', params),
  // centrality and communities on a neighbourhood that need not be on the canvas (the server's JGraphT)
  analysis: (ids, { depth, statuses, signal } = {}) =>
    get('/api/analysis', { ids: ids.join(','), depth, statuses: statuses.join(',') }, { signal }),
  vocabulary: () => get('/api/vocabulary'),
  mentions: (text) => post('/api/mentions', { text }),
  // The Cypher console: an analyst's own read-only query, the saved queries, and one of those run.
  cypher: (query, params, { signal } = {}) => post('/api/cypher', { query, params }, { signal }),
  savedQueries: () => get('/api/queries'),
  runSaved: (name, params, { signal } = {}) => post(`/api/queries/${id(name)}`, { params }, { signal }),
};

export const isAbort = (error) => error?.name === 'AbortError';
