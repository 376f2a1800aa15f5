// Every call to the Tracegraph API goes through here, so that every failure arrives as an ApiError whose
// message is the problem's `detail` (application/problem+json), ready to be shown to the user as is.

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

async function get(path, params = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch(`${path}${query(params)}`, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(`Cannot reach the Tracegraph server (${error.message}).`);
  }
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

/** POSTs `body` as JSON; the answer, or an ApiError with the problem's detail, title and parameter. */
async function post(path, body, { signal } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(`Cannot reach the Tracegraph server (${error.message}).`);
  }
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

const id = (value) => encodeURIComponent(value);

export const api = {
  search: (q, { limit = 8, type, signal } = {}) => get('/api/search', { q, limit, type }, { signal }),
  entity: (entityId) => get(`/api/entities/${id(entityId)}`),
  neighbourhood: (entityId, { offset = 0, limit = 25 } = {}) =>
    get(`/api/entities/${id(entityId)}/neighbourhood`, { depth: 1, limit, offset }),
  paths: (from, to, { maxHops, limit = 8 } = {}) => get('/api/paths', { from, to, maxHops, limit }),
  graph: (ids) => get('/api/graph', { ids: ids.join(',') }),
  timeline: (params = {}) => get('/api/timeline', params),
  vocabulary: () => get('/api/vocabulary'),
  mentions: (text) => post('/api/mentions', { text }),
  // The Cypher console: an analyst's own read-only query, the saved queries, and one of those run.
  cypher: (query, params, { signal } = {}) => post('/api/cypher', { query, params }, { signal }),
  savedQueries: () => get('/api/queries'),
  runSaved: (name, params, { signal } = {}) => post(`/api/queries/${id(name)}`, { params }, { signal }),
};

export const isAbort = (error) => error?.name === 'AbortError';
