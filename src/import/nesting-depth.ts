/**
 * How deeply the elements of an HTML string nest, measured on the text without building a tree: a hostile file
 * can nest thousands of elements, which parsers and sanitizers handle with deep recursion (stack overflows, or
 * minutes in jsdom). Browsers flatten beyond 512 levels anyway, so nothing real is lost by refusing such bodies.
 */

/** Elements without content, and elements whose end tag may be omitted: neither opens a level that must close. */
const NO_LEVEL = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
  'html',
  'head',
  'body',
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/** The deepest nesting found, or a number above `stopAt` as soon as it is passed (so the scan stays short). */
export function nestingDepth(html: string, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (selfClosing || NO_LEVEL.has(name!.toLowerCase())) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) break;
  }
  return deepest;
}
