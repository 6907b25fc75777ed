/**
 * Text filtering and escaping shared by the feed writers. Every string that reaches a feed passes through
 * `cleanText` exactly once and through one escaper exactly once, so nothing is lost, doubled or able to break out.
 */

/**
 * Characters no feed may carry: those XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates,
 * U+FFFE/U+FFFF) plus those it discourages and that break strict HTML parsing or the W3C validator
 * (DEL and C1 controls, noncharacters, U+FFFD — a placeholder for text already lost to a bad decoding).
 */
const DISALLOWED = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFD\p{Noncharacter_Code_Point}]/gu;
/** A quick pre-check without the slower Unicode mode: any surrogate (emoji too) sends text to the exact filter. */
const MAYBE_DISALLOWED = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFD-\uFFFF]/;

export function cleanText(text: string): string {
  return MAYBE_DISALLOWED.test(text) ? text.replace(DISALLOWED, '') : text;
}

/**
 * Plain text uses hexadecimal references for `&` and `<`, as the RSS Best Practices Profile recommends: readers
 * and the W3C validator then know that text such as `&nbsp;` or `<b>` in a title is meant literally.
 */
const TEXT_ESCAPES: Record<string, string> = { '&': '&#x26;', '<': '&#x3C;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Anything `escapeText` / `escapeAttr` would change; most ids, dates and URLs have none and are returned as they are. */
const TEXT_WORK = /[&<>\r\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFD-\uFFFF]/;
const ATTR_WORK = /[&<>"\t\n\r\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFD-\uFFFF]/;

/** Plain text as element content. `>` is escaped too, so `]]>` never appears; CR as a reference so parsers keep it. */
export function escapeText(text: string): string {
  return TEXT_WORK.test(text) ? cleanText(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!) : text;
}

/**
 * Feed-ready HTML (html-text.ts) as the text of a CDATA section (`content type="html"`, `content:encoded`),
 * copied verbatim. Feed-ready HTML never holds `]]>`; were one there, it is split so it cannot end the section.
 */
export function inCdata(html: string): string {
  return html.includes(']]>') ? html.replaceAll(']]>', ']]]]><![CDATA[>') : html;
}

/** A double-quoted attribute value; whitespace as references because parsers normalize it to spaces otherwise. */
export function escapeAttr(text: string): string {
  return ATTR_WORK.test(text) ? cleanText(text).replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!) : text;
}

/** Elements a line each at `indent`, leaving out the ones a feed does not have (false, null, empty). */
export function lines(elements: readonly (string | false | null | undefined)[], indent: string): string {
  return elements
    .filter(Boolean)
    .map((line) => `${indent}${line}\n`)
    .join('');
}

/** `<name attr="v">text</name>`; attributes with empty values are left out. */
export function element(name: string, text: string, attrs: Record<string, string> = {}): string {
  return `<${name}${attributes(attrs)}>${escapeText(text)}</${name}>`;
}

/** `<name attr="v"/>`; attributes with empty values are left out. */
export function emptyElement(name: string, attrs: Record<string, string>): string {
  return `<${name}${attributes(attrs)}/>`;
}

function attributes(attrs: Record<string, string>): string {
  let out = '';
  for (const [key, value] of Object.entries(attrs)) if (value) out += ` ${key}="${escapeAttr(value)}"`;
  return out;
}
