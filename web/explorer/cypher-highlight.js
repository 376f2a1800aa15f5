// Cypher syntax highlighting for the console's editor: a small tokenizer (keywords, strings, numbers,
// comments, parameters, labels and relationship types, functions, properties) and a renderer that draws the
// tokens as spans of text nodes — the query is never parsed as HTML. Also: where Neo4j says an error is.

import { el } from './dom.js';

const KEYWORDS = new Set(`
  ACCESS ALL AND ANY AS ASC ASCENDING BY CALL CASE CONTAINS CREATE CSV DELETE DESC DESCENDING DETACH
  DISTINCT ELSE END ENDS EXISTS EXPLAIN FALSE FIELDTERMINATOR FINISH FOREACH FROM HEADERS IN INDEX IS LIMIT LOAD
  MATCH MERGE NODETACH NONE NOT NULL OF OFFSET ON OPTIONAL OR ORDER PROFILE REMOVE RETURN SET SHORTEST SHOW
  SINGLE SKIP STARTS THEN TRUE UNION UNWIND USE USING WHEN WHERE WITH XOR YIELD GROUPS PATH PATHS ACYCLIC
  TRAIL WALK REPEATABLE DIFFERENT ELEMENTS ELEMENT RELATIONSHIPS NODES`.trim().split(/\s+/));

// Sticky patterns, tried in this order at each position.
const RULES = [
  ['space', /\s+/y],
  ['comment', /\/\/[^\n]*/y],
  ['comment', /\/\*[\s\S]*?(?:\*\/|$)/y],
  ['string', /'(?:[^'\\]|\\[\s\S])*'?/y],
  ['string', /"(?:[^"\\]|\\[\s\S])*"?/y],
  ['param', /\$(?:[A-Za-z_]\w*|\d+|`(?:[^`]|``)*`?)/y],
  ['quoted', /`(?:[^`]|``)*`?/y],
  ['word', /[A-Za-z_]\w*/y],
  ['number', /(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/y],
];

/**
 * The query as tokens `{type, start, end}`: keyword, string, number, comment, param, label (a node label or
 * relationship type after `:`), function, property, ident, punct, space. Never fails: an unterminated
 * string or comment runs to the end.
 */
export function tokenize(text) {
  const tokens = [];
  const brackets = [];
  let i = 0;
  let prev = null; // the last token that is not space or comment
  while (i < text.length) {
    let type = null;
    let end = i + 1;
    for (const [name, rule] of RULES) {
      rule.lastIndex = i;
      const m = rule.exec(text);
      if (m && m[0].length) {
        type = name;
        end = i + m[0].length;
        break;
      }
    }
    const value = text.slice(i, end);
    if (type === 'word' || type === 'quoted') {
      const afterColon = prev && (prev.value === ':' || (prev.type === 'label-sep'));
      if (afterColon && brackets.at(-1) !== '{') type = 'label';
      else if (prev?.value === '.') type = 'property';
      else if (type === 'word' && KEYWORDS.has(value.toUpperCase())) type = 'keyword';
      else if (type === 'word' && /^\s*\(/.test(text.slice(end, end + 40))) type = 'function';
      else type = 'ident';
    } else if (!type) {
      type = 'punct';
      if ('([{'.includes(value)) brackets.push(value);
      else if (')]}'.includes(value)) brackets.pop();
      // `:A|B`, `:A&B`, `:!A`: label expressions go on naming labels.
      else if ('|&!'.includes(value) && (prev?.type === 'label' || prev?.type === 'label-sep' || prev?.value === ':')) type = 'label-sep';
    }
    const token = { type, start: i, end, value };
    tokens.push(token);
    if (type !== 'space' && type !== 'comment') prev = token;
    i = end;
  }
  return tokens.map(({ type, start, end }) => ({ type: type === 'label-sep' ? 'punct' : type, start, end }));
}

/**
 * Where a query error is, from Neo4j's message: `(line L, column C (offset: O))`. Tracegraph plans the query
 * as `EXPLAIN <query>` first, and Neo4j then counts the 8 characters of `EXPLAIN ` too: the echoed line
 * (`"EXPLAIN MATCH (n RETURN n"`) shows it, and the position is moved back onto the query as typed.
 * Returns {line, column, offset, message} (1-based line and column, 0-based offset into `query`, and the
 * message with the corrected position), or null when the message names no position.
 */
export function errorPosition(message, query) {
  const text = String(message ?? '');
  const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(text);
  if (!m) return null;
  const lines = query.split('\n');
  let line = Math.max(1, Number(m[1]));
  let column = Math.max(1, Number(m[2]));
  let corrected = text;
  const echo = /\n"(.*)"\n( *)\^/.exec(text);
  if (line === 1 && echo) {
    const shown = echo[1];
    const typed = lines[0] ?? '';
    const prefix = shown.length - typed.length;
    if (prefix > 0 && shown.endsWith(typed) && /^(EXPLAIN|PROFILE)\s+$/i.test(shown.slice(0, prefix))) {
      column = Math.max(1, column - prefix);
      const caret = ' '.repeat(Math.max(0, echo[2].length - prefix));
      corrected = text.replace(echo[0], `\n"${typed}"\n${caret}^`);
    }
  }
  line = Math.min(line, lines.length);
  let offset = 0;
  for (let l = 0; l < line - 1; l += 1) offset += lines[l].length + 1;
  offset = Math.min(query.length, offset + Math.min(column - 1, lines[line - 1].length));
  corrected = corrected.replace(m[0], `(line ${line}, column ${column} (offset: ${offset}))`);
  return { line, column, offset, message: corrected };
}

/** The span an error mark covers: the word (or the one character) at `offset`; empty at the end. */
export function errorSpan(query, offset) {
  if (offset >= query.length) return { start: query.length, end: query.length };
  const word = /[\w$`]+/y;
  word.lastIndex = offset;
  const m = word.exec(query);
  return { start: offset, end: offset + (m ? m[0].length : 1) };
}

/**
 * Draws `text` into `target` as highlighted spans; `mark` ({start, end}) is wrapped in a `mark.cy-error`
 * (an empty mark at the end of the text shows as a marked space). A final newline keeps the last line's
 * height, so the layer lines up with the textarea above it.
 */
export function renderHighlight(target, text, mark = null) {
  const out = [];
  let markEl = null;
  const node = (type, from, to) => {
    const value = text.slice(from, to);
    return type === 'space' || type === 'punct' || type === 'ident' ? document.createTextNode(value)
      : el('span', { class: `tok-${type}` }, value);
  };
  const inMark = (node) => {
    if (!markEl) {
      markEl = el('mark', { class: 'cy-error' });
      out.push(markEl);
    }
    markEl.append(node);
  };
  for (const token of tokenize(text)) {
    // The token, cut where the mark starts and where it ends.
    const inner = mark ? [mark.start, mark.end].filter((c) => c > token.start && c < token.end) : [];
    const cuts = [...new Set([token.start, ...inner.sort((a, b) => a - b), token.end])];
    for (let k = 0; k < cuts.length - 1; k += 1) {
      const [from, to] = [cuts[k], cuts[k + 1]];
      const piece = node(token.type, from, to);
      if (mark && mark.end > mark.start && from >= mark.start && to <= mark.end) inMark(piece);
      else out.push(piece);
    }
  }
  if (mark && mark.start >= text.length) {
    inMark(document.createTextNode(' '));
    markEl.classList.add('at-end');
  }
  target.replaceChildren(...out, '\n');
}
