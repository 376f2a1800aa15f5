// Building DOM from data without ever parsing it as HTML: every string from the API becomes a text node,
// so an entity named `<img src=x onerror=...>` is shown as those characters.

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function setAttributes(node, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

/** `el('p', {class: 'x'}, 'text', child)`: an element with attributes and text/element children. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Only http(s) links are followed; anything else in a `url` field is shown as text. */
export function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date as given ("2012", "2012-03", "2012-05-26"), in words, never more precise than the data. */
export function formatDate(value, approx = false) {
  if (!value) return '';
  const [y, m, d] = String(value).split('-');
  let text = y;
  if (m && MONTHS[Number(m) - 1]) text = `${MONTHS[Number(m) - 1]} ${y}`;
  if (m && d) text = `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  return approx ? `c. ${text}` : text;
}

/** The dates an entity or relationship carries, as one phrase; '' when it has none. */
export function formatSpan(item) {
  const approx = Boolean(item.dateApprox);
  if (item.date && !item.endDate) return formatDate(item.date, approx);
  const start = item.startDate ?? item.date;
  if (start && item.endDate) return `${formatDate(start, approx)} – ${formatDate(item.endDate, approx)}`;
  if (start) return `from ${formatDate(start, approx)}`;
  if (item.endDate) return `until ${formatDate(item.endDate, approx)}`;
  return '';
}

export function humanType(type) {
  return (type ?? '').replaceAll('_', ' ').toLowerCase();
}
