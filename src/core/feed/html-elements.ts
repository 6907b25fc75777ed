/**
 * Everything the scrubber knows about an element, as flags looked up once per tag: whether we keep it, and the
 * few HTML parsing rules (implied ends, table structure) it needs to write markup that parses back as written.
 */
export const ALLOWED = 1;
export const VOID = 2;
/** Its start tag closes an open `p` (HTML's "close a p element" cases). */
export const CLOSES_P = 4;
export const HEADING = 8;
/** HTML's "special" elements, minus address, div and p: they stop the search for an open list item. */
export const STOPS_LIST_ITEM = 16;
export const TABLE_PART = 32;
/** Only table structure may go directly inside. */
export const TABLE_CONTEXT = 64;
/** Markers that end the search for an open `p` or `a`, and that other end tags do not reach past. */
export const CELL_BOUNDARY = 128;
/** Read as raw text up to the end tag (script, style…); dropped with that text. */
export const RAW_TEXT = 256;
/** Dropped with everything inside: active content, forms, media players, SVG and MathML. */
export const DROP_SUBTREE = 512;
/** SVG and MathML, where `<x/>` really is empty. */
export const FOREIGN = 1024;
/** `<plaintext>`: everything after it is text, so we drop everything after it. */
export const TO_END = 2048;

export interface ElementInfo {
  name: string;
  flags: number;
  /** `<name`, `<name>` and `</name>` (built once, written for every tag). */
  open: string;
  start: string;
  close: string;
}

function newInfo(name: string): ElementInfo {
  return { name, flags: 0, open: `<${name}`, start: `<${name}>`, close: `</${name}>` };
}

const GROUPS: [number, string][] = [
  [
    ALLOWED,
    'a abbr address article aside b bdi blockquote br caption cite code data dd del details dfn div dl dt em ' +
      'figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p pre q rp rt ruby s ' +
      'samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr',
  ],
  [VOID, 'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr'],
  [
    CLOSES_P,
    'address article aside blockquote dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr ' +
      'li main nav ol p pre section summary table ul',
  ],
  [HEADING, 'h1 h2 h3 h4 h5 h6'],
  [
    STOPS_LIST_ITEM,
    'article aside blockquote caption details dl figcaption figure footer h1 h2 h3 h4 h5 h6 header main nav ol ' +
      'pre section summary table tbody td tfoot th thead tr ul',
  ],
  [TABLE_PART, 'caption thead tbody tfoot tr td th'],
  [TABLE_CONTEXT, 'table thead tbody tfoot tr'],
  [CELL_BOUNDARY, 'td th caption table'],
  [RAW_TEXT, 'script style xmp iframe noembed noframes noscript textarea title'],
  [DROP_SUBTREE, 'applet audio button canvas datalist dialog form frameset head map math menu object select svg template video'],
  [FOREIGN, 'svg math'],
  [TO_END, 'plaintext'],
];

/**
 * A tag or attribute name as a number, case-insensitively: its letters and digits as base-37 digits, so looking
 * a name up needs no substring and no lower-casing (this runs for every tag). 0 for names no element of ours has.
 */
export function nameCode(text: string, start: number, end: number): number {
  if (end - start > 10) return 0;
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) code = code * 37 + c - 96;
    else if (c >= 48 && c <= 57) code = code * 37 + c - 21;
    else return 0;
  }
  return code;
}

const ELEMENTS = new Map<number, ElementInfo>();
for (const [flag, names] of GROUPS) {
  for (const name of names.split(' ')) {
    const code = nameCode(name, 0, name.length);
    const info = ELEMENTS.get(code) ?? newInfo(name);
    info.flags |= flag;
    ELEMENTS.set(code, info);
  }
}

/** Every element we know nothing about: no flags, so its tags are dropped and its text kept. */
const UNKNOWN = newInfo('unknown');

/** Info for the tag name written at `text[start, end)`, in any case. */
export function elementAt(text: string, start: number, end: number): ElementInfo {
  return ELEMENTS.get(nameCode(text, start, end)) ?? UNKNOWN;
}

export function elementInfo(name: string): ElementInfo {
  return elementAt(name, 0, name.length);
}
