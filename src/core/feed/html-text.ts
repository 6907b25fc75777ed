/** Text inside the HTML we put in feeds: filtered like every other feed string, escaped once for HTML. */
import { cleanText } from './xml';
import { decodeReferences } from './html-entities';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text (a title, a comment) as HTML text; line ends as HTML parsers would read them. */
export function escapeHtml(text: string): string {
  return cleanText(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
}

/** Plain text as a double-quoted HTML attribute value. */
export function escapeHtmlAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/** Needs decoding, filtering, CR normalization or escaping; most text in real articles needs none. */
const NEEDS_WORK = /[&<>\r\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFD-\uFFFF]/;

/** Text found between tags in stored HTML: its character references decoded, then escaped again exactly once. */
export function normalizeHtmlText(text: string): string {
  return NEEDS_WORK.test(text) ? escapeHtml(decodeReferences(text)) : text;
}
