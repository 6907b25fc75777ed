/**
 * Text inside the HTML we store and put in feeds: filtered like every other feed string and escaped once, in the
 * "feed-ready" form — no character that XML (in CDATA) or JSON (in a string) would have to escape: no `"`, `\`,
 * line break or tab (all written as references), no `>` (so never `]]>`). Every feed then copies it verbatim.
 */
import { cleanText } from './xml';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\\': '&#92;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Plain text (a title, an excerpt) as HTML text; line ends as HTML parsers would read them. */
export function escapeHtml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return cleanText(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[&<>"\\\n\t]/g, (c) => HTML_ESCAPES[c]!);
}

/** Plain text as a single-quoted HTML attribute value (single, because `"` would need escaping in JSON). */
export function escapeHtmlAttr(text: string): string {
  return escapeHtml(text).replace(/'/g, HTML_ESCAPES["'"]!);
}

/** Needs decoding, filtering, CR normalization or escaping. */
const NEEDS_WORK = /[&<>"\\\n\t\r\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFD-\uFFFF]/;
