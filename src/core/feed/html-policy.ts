/**
 * Which attributes of allowed elements may appear in a feed's HTML, and in what form. URLs must be absolute
 * http(s) or mailto; `style`, `on*`, `class`, `srcset` and everything else not listed here are dropped.
 */
import { cleanText } from './xml';
import { decodeReferences } from './html-entities';
import { escapeHtmlAttr } from './html-text';
import { nameCode } from './html-elements';

const set = (names: string) => new Set(names.split(' '));

const GLOBAL_ATTRS = 'title lang dir';
const GLOBAL_ONLY = set(GLOBAL_ATTRS);
const ELEMENT_ATTRS: Record<string, Set<string>> = {
  a: set(`${GLOBAL_ATTRS} href`),
  img: set(`${GLOBAL_ATTRS} src alt width height`),
  table: set(`${GLOBAL_ATTRS} width`),
  td: set(`${GLOBAL_ATTRS} colspan rowspan width height`),
  th: set(`${GLOBAL_ATTRS} colspan rowspan scope abbr width height`),
  ol: set(`${GLOBAL_ATTRS} start reversed type`),
  ul: set(`${GLOBAL_ATTRS} type`),
  li: set(`${GLOBAL_ATTRS} value type`),
  blockquote: set(`${GLOBAL_ATTRS} cite`),
  q: set(`${GLOBAL_ATTRS} cite`),
  del: set(`${GLOBAL_ATTRS} cite datetime`),
  ins: set(`${GLOBAL_ATTRS} cite datetime`),
  time: set(`${GLOBAL_ATTRS} datetime`),
  details: set(`${GLOBAL_ATTRS} open`),
};

const codes = (names: ReadonlySet<string>) => new Set([...names].map((name) => nameCode(name, 0, name.length)));
const ELEMENT_ATTR_CODES = new Map(Object.entries(ELEMENT_ATTRS).map(([tag, names]) => [tag, codes(names)]));
const GLOBAL_CODES = codes(GLOBAL_ONLY);

/** Name codes (see `nameCode`) of the attributes an allowed element may keep. */
export function allowedAttributes(tag: string): ReadonlySet<number> {
  return ELEMENT_ATTR_CODES.get(tag) ?? GLOBAL_CODES;
}

const VALUE_RULES: Record<string, RegExp> = {
  dir: /^(?:ltr|rtl|auto)$/i,
  lang: /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i,
  // Pixels, or a share of the table for its cells.
  width: /^\d{1,5}%?$/,
  height: /^\d{1,5}%?$/,
  // List markers: numbering styles for ol and li, bullet shapes for ul and li.
  type: /^(?:[1aAiI]|disc|circle|square)$/,
  colspan: /^\d{1,4}$/,
  rowspan: /^\d{1,4}$/,
  start: /^-?\d{1,9}$/,
  value: /^-?\d{1,9}$/,
  scope: /^(?:row|col|rowgroup|colgroup)$/i,
};
const URL_ATTRS = set('href src cite');
const BOOLEAN_ATTRS = set('reversed open');

/**
 * The serialized attributes (` name='value'…`, single-quoted: see html-text.ts) an allowed element keeps, or null when the element is pointless
 * without what was removed (an image with no usable source).
 */
export function keptAttributes(tag: string, attrs: readonly [string, string][]): string | null {
  const allowed = ELEMENT_ATTRS[tag] ?? GLOBAL_ONLY;
  let out = '';
  let kept: string[] | null = null;
  let hasSource = false;
  for (const [name, raw] of attrs) {
    if (!allowed.has(name)) continue;
    // HTML keeps the first of duplicate attributes.
    if (kept?.includes(name)) continue;
    (kept ??= []).push(name);
    if (BOOLEAN_ATTRS.has(name)) {
      out += ` ${name}`;
      continue;
    }
    let value = cleanText(decodeReferences(raw));
    if (URL_ATTRS.has(name)) {
      const url = safeUrl(value);
      if (url === null) continue;
      value = url;
      hasSource ||= name === 'src';
    } else if (VALUE_RULES[name] && !VALUE_RULES[name].test(value.trim())) continue;
    out += ` ${name}='${escapeHtmlAttr(value)}'`;
  }
  return tag === 'img' && !hasSource ? null : out;
}

/**
 * An absolute http(s) or mailto URL (surrounding whitespace removed, as browsers do), or null for anything else:
 * relative URLs (the validator warns, and a feed has no base to resolve them against), `javascript:`, `data:`…
 */
export function safeUrl(value: string): string | null {
  const url = value.replace(/^[\0-\x20]+|[\0-\x20]+$/g, '');
  return /^(?:https?:\/\/[^\s/?#]|mailto:[^\s])/i.test(url) && !/[\t\n\r]/.test(url) ? url : null;
}
