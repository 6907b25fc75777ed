/**
 * Reads one piece of markup at a `<`, following the HTML tokenizer's rules for tags, attributes, comments and
 * bogus comments closely enough that real articles come through intact. Safety does not depend on matching a
 * browser exactly: the scrubber re-serializes everything it keeps, so whatever this reads is all a reader gets.
 * One token object is reused and attributes are only parsed on request: this runs once per tag of every article.
 */
import { nameCode } from './html-elements';

export const START = 1;
export const END = 2;
/** A comment, doctype, processing instruction, or a tag cut off by the end of input. */
const SKIP = 3;
/** A `<` that starts no markup and is literal text. */
export const TEXT = 4;

export interface Token {
  kind: number;
  /** Where the tag name is, as written. */
  nameStart: number;
  nameEnd: number;
  /** Where the attributes of a start tag are: `readAttributes(html, attrStart, attrEnd)`. */
  attrStart: number;
  attrEnd: number;
  selfClosing: boolean;
  next: number;
}

export type Attribute = [name: string, value: string];

export function newToken(): Token {
  return { kind: TEXT, nameStart: 0, nameEnd: 0, attrStart: 0, attrEnd: 0, selfClosing: false, next: 0 };
}

const GT = 62,
  SLASH = 47,
  BANG = 33,
  QUESTION = 63,
  EQUALS = 61,
  DQUOTE = 34,
  SQUOTE = 39;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
const isAlpha = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** `html[at]` must be `<`; fills `token`. */
export function readMarkup(html: string, at: number, token: Token): void {
  const c1 = html.charCodeAt(at + 1);
  if (isAlpha(c1)) return readTag(html, at + 1, START, token);
  if (c1 === SLASH) {
    const c2 = html.charCodeAt(at + 2);
    if (isAlpha(c2)) return readTag(html, at + 2, END, token);
    if (c2 === GT) return found(token, SKIP, at + 3);
    if (Number.isNaN(c2)) return found(token, TEXT, at + 1);
    return skipPast(html, '>', at + 2, token);
  }
  if (c1 === BANG) return html.startsWith('<!--', at) ? readComment(html, at, token) : skipPast(html, '>', at + 2, token);
  if (c1 === QUESTION) return skipPast(html, '>', at + 2, token);
  found(token, TEXT, at + 1);
}

function found(token: Token, kind: number, next: number): void {
  token.kind = kind;
  token.next = next;
}

function readComment(html: string, at: number, token: Token): void {
  if (html.startsWith('<!-->', at)) return found(token, SKIP, at + 5);
  if (html.startsWith('<!--->', at)) return found(token, SKIP, at + 6);
  const plain = html.indexOf('-->', at + 4);
  const bang = html.indexOf('--!>', at + 4);
  if (plain < 0 && bang < 0) return found(token, SKIP, html.length);
  found(token, SKIP, plain >= 0 && (bang < 0 || plain < bang) ? plain + 3 : bang + 4);
}

function skipPast(html: string, end: string, from: number, token: Token): void {
  const at = html.indexOf(end, from);
  found(token, SKIP, at < 0 ? html.length : at + end.length);
}

function readTag(html: string, start: number, kind: number, token: Token): void {
  const n = html.length;
  let i = start + 1;
  for (let c = html.charCodeAt(i); i < n && !isSpace(c) && c !== SLASH && c !== GT; c = html.charCodeAt(++i));
  const nameEnd = i;
  let selfClosing = false;
  for (;;) {
    if (i >= n) return found(token, SKIP, n);
    let c = html.charCodeAt(i);
    if (c === GT) break;
    selfClosing = c === SLASH && html.charCodeAt(i + 1) === GT;
    if (c !== EQUALS) {
      i++;
      continue;
    }
    for (c = html.charCodeAt(++i); isSpace(c); c = html.charCodeAt(++i));
    if (c === DQUOTE || c === SQUOTE) {
      const close = html.indexOf(c === DQUOTE ? '"' : "'", i + 1);
      if (close < 0) return found(token, SKIP, n);
      i = close + 1;
    } else {
      for (; i < n && !isSpace(c) && c !== GT; c = html.charCodeAt(++i));
    }
  }
  token.nameStart = start;
  token.nameEnd = nameEnd;
  token.attrStart = nameEnd;
  token.attrEnd = i;
  token.selfClosing = selfClosing;
  found(token, kind, i + 1);
}

/**
 * The attributes between `start` and `end` (as found by `readMarkup`) whose name codes are in `wanted`, with
 * lower-cased names and values as written. Other attributes are stepped over without being copied.
 */
export function readAttributes(html: string, start: number, end: number, wanted: ReadonlySet<number>): Attribute[] {
  const attrs: Attribute[] = [];
  let i = start;
  while (i < end) {
    let c = html.charCodeAt(i);
    if (isSpace(c) || c === SLASH) {
      i++;
      continue;
    }
    const nameStart = i++;
    for (c = html.charCodeAt(i); i < end && !isSpace(c) && c !== SLASH && c !== EQUALS; c = html.charCodeAt(++i));
    const nameEnd = i;
    let j = i;
    while (j < end && isSpace(html.charCodeAt(j))) j++;
    let valueStart = i;
    let valueEnd = i;
    if (j < end && html.charCodeAt(j) === EQUALS) {
      for (i = j + 1, c = html.charCodeAt(i); i < end && isSpace(c); c = html.charCodeAt(++i));
      if (c === DQUOTE || c === SQUOTE) {
        const quoteEnd = html.indexOf(c === DQUOTE ? '"' : "'", i + 1);
        valueStart = i + 1;
        valueEnd = quoteEnd < 0 || quoteEnd > end ? end : quoteEnd;
        i = valueEnd + 1;
      } else {
        valueStart = i;
        for (; i < end && !isSpace(c); c = html.charCodeAt(++i));
        valueEnd = i;
      }
    }
    if (wanted.has(nameCode(html, nameStart, nameEnd))) {
      attrs.push([html.slice(nameStart, nameEnd).toLowerCase(), html.slice(valueStart, valueEnd)]);
    }
  }
  return attrs;
}
