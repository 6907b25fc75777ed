/**
 * The one policy for article HTML: which elements and attributes may be stored, shown in the reader and written
 * into feeds, and in what form. The storage gate (scrub-html.ts) applies it to every article, whatever it came
 * from; the reader view configures its second wall (DOMPurify) from the same lists.
 */
import { cleanText } from './xml';
import { escapeHtmlAttr } from './html-text';

const names = (list: string) => new Set(list.split(' '));

/** Reading markup: written back with the attributes below. */
export const KEPT_ELEMENTS: ReadonlySet<string> = names(
  'a abbr address article aside b bdi blockquote br caption cite code data dd del details dfn div dl dt em ' +
    'figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p pre q rb rp rt rtc ruby s ' +
    'samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr',
);

/**
 * Dropped with everything inside: active content, styles, frames, forms and their controls (whose text is only a
 * label: "Subscribe", "Menu"), media players, and SVG and MathML (the extractor turns formulas into text first).
 */
export const DROPPED_ELEMENTS: ReadonlySet<string> = names(
  'applet audio base basefont bgsound button canvas col colgroup datalist dialog embed form frame frameset head iframe ' +
    'input keygen link map math menu meta noembed noframes noscript object optgroup option output param ' +
    'script select slot source style svg template textarea title track video xmp',
);

/** Dropped elements that take room on a page (controls, players, drawings): a space keeps the words around them apart. */
export const TAKES_SPACE: ReadonlySet<string> = names(
  'applet audio button canvas embed iframe input keygen math object select svg textarea video',
);

/**
 * Blocks HTML no longer defines or we do not keep as such, kept as the block they look like, so the words before and
 * after them stay apart (`<center>Title</center>Body` is not "TitleBody").
 */
export const RENAMED_ELEMENTS: Readonly<Record<string, string>> = {
  center: 'div',
  search: 'div',
  fieldset: 'div',
  legend: 'div',
  hgroup: 'div',
  dir: 'ul',
  listing: 'pre',
  plaintext: 'pre',
};

// Every other element (custom elements, `font`, `label`, `picture`…) is unwrapped: its content is kept.

/** Elements without an end tag among those kept. */
export const VOID_ELEMENTS: ReadonlySet<string> = names('br hr img wbr');

const GLOBAL_ATTRS = 'title lang dir';
const ELEMENT_ATTRS: Readonly<Record<string, ReadonlySet<string>>> = {
  a: names(`${GLOBAL_ATTRS} href`),
  img: names(`${GLOBAL_ATTRS} src alt width height`),
  table: names(`${GLOBAL_ATTRS} width`),
  td: names(`${GLOBAL_ATTRS} colspan rowspan width height`),
  th: names(`${GLOBAL_ATTRS} colspan rowspan scope abbr width height`),
  ol: names(`${GLOBAL_ATTRS} start reversed type`),
  ul: names(`${GLOBAL_ATTRS} type`),
  li: names(`${GLOBAL_ATTRS} value type`),
  blockquote: names(`${GLOBAL_ATTRS} cite`),
  q: names(`${GLOBAL_ATTRS} cite`),
  del: names(`${GLOBAL_ATTRS} cite datetime`),
  ins: names(`${GLOBAL_ATTRS} cite datetime`),
  time: names(`${GLOBAL_ATTRS} datetime`),
  data: names(`${GLOBAL_ATTRS} value`),
  details: names(`${GLOBAL_ATTRS} open`),
};
const GLOBAL_ONLY = names(GLOBAL_ATTRS);

/** Every attribute any kept element may carry (the reader's DOMPurify allow-list). */
export const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([...GLOBAL_ONLY, ...Object.values(ELEMENT_ATTRS).flatMap((s) => [...s])]);

const VALUE_RULES: Readonly<Record<string, RegExp>> = {
  dir: /^(?:ltr|rtl|auto)$/i,
  lang: /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i,
  // Pixels, or a share of the table for its cells: the sizes HTML defines (not "20px").
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
const URL_ATTRS = names('href src cite');
const BOOLEAN_ATTRS = names('reversed open');

export interface Attribute {
  name: string;
  value: string;
}

/**
 * The serialized attributes (` name='value'…`, single-quoted: see html-text.ts) a kept element keeps, or null when
 * the element is pointless without what was removed (an image with no usable source). `base` resolves relative URLs.
 */
export function keptAttributes(tag: string, attrs: readonly Attribute[], base: URL | null): string | null {
  const allowed = ELEMENT_ATTRS[tag] ?? GLOBAL_ONLY;
  let out = '';
  let hasSource = false;
  for (const { name, value: raw } of attrs) {
    // A parser already keeps only the first of duplicate attributes.
    if (!allowed.has(name)) continue;
    if (BOOLEAN_ATTRS.has(name)) {
      out += ` ${name}`;
      continue;
    }
    let value = cleanText(raw);
    if (URL_ATTRS.has(name)) {
      const url = safeUrl(value, base, name === 'href');
      if (url === null) continue;
      value = url;
      hasSource ||= name === 'src';
    } else if (VALUE_RULES[name]) {
      value = value.trim();
      if (!VALUE_RULES[name].test(value)) continue;
    }
    out += ` ${name}='${escapeHtmlAttr(value)}'`;
  }
  return tag === 'img' && !hasSource ? null : out;
}

/**
 * The URL as the WHATWG URL parser writes it, when it is an http(s) URL with a host, or (for links) a mailto:
 * address; null for anything else — `javascript:`, `data:`, an invalid port or host, or a relative URL with no base
 * to resolve it against (a feed has none). The parser is the one browsers use, so reader and feed agree.
 */
export function safeUrl(value: string, base: URL | null, allowMailto = false): string | null {
  let url: URL;
  try {
    url = new URL(value, base ?? undefined);
  } catch {
    return null;
  }
  // An address with a user name in it (`https://bank.example@evil.example/`) is a disguise, not a link to keep.
  if (url.username || url.password) return null;
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  return allowMailto && url.protocol === 'mailto:' && url.pathname ? url.href : null;
}
