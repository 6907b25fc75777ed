/** Titles and comments from a file are plain text: no markup, no control characters, bounded length. */

/** Elements whose text is code or styling, never words a person wrote. */
export const NOT_TEXT = 'script, style, template, noscript, iframe, object';

/** Folds whitespace, drops control characters and cuts to `max` UTF-16 units without splitting a surrogate pair. */
export function cleanText(text: string, max: number): string {
  // Cut first: a hostile 10 MB title should not be scanned by every regex below.
  const rough = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const clean = rough
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cutAt(clean, max);
}

/** Like `cleanText` but keeps line breaks (paragraphs of a comment). */
export function cleanMultiline(text: string, max: number): string {
  const rough = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const clean = rough
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cutAt(clean, max);
}

function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  // One unit is left for the ellipsis; a high surrogate at the cut would be half a character.
  const keep = /[\ud800-\udbff]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, keep).trimEnd()}…`;
}

/** Elements that separate words as a browser lays them out: blocks, list items, cells, line breaks. */
const SEPARATES =
  'address, article, aside, blockquote, br, dd, details, div, dl, dt, figcaption, figure, footer, h1, h2, h3, h4, h5, h6, ' +
  'header, hr, li, main, nav, ol, p, pre, section, summary, table, td, th, tr, ul';

/**
 * The words of an element, without scripts, styles or anything matching `skip`, with a break wherever a block or
 * a line break separates them ("Heading" then "Paragraph" is two words, not "HeadingParagraph").
 */
export function textOf(el: Element, skip = NOT_TEXT): string {
  const copy = el.cloneNode(true) as Element;
  for (const unwanted of copy.querySelectorAll(skip)) unwanted.remove();
  for (const block of copy.querySelectorAll(SEPARATES)) {
    block.before('\n');
    block.after('\n');
  }
  return copy.textContent ?? '';
}

/** The text of an HTML fragment, markup and scripts removed; parsed only when it could hold markup. */
export function htmlToText(html: string, parseHtml: (text: string) => Document, max: number): string {
  if (!/[<&]/.test(html)) return cleanText(html, max);
  const body = parseHtml(html.length > max * 4 ? html.slice(0, max * 4) : html).body;
  return body ? cleanText(textOf(body), max) : '';
}

/** Plain text as HTML paragraphs, escaped. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The first sentences of a text, up to about `max` characters, cut at a word. */
export function excerptOf(text: string, max = 300): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
