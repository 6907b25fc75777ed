/**
 * A strict allow-list HTML re-serializer: the gate every article passes before it is stored (see
 * core/stored-share.ts), whatever it came from — a capture, a backup, an import. Every tag is read, only allowed
 * elements and attributes are written back (quoted, escaped once, URLs absolute http(s)/mailto), dangerous
 * elements go with their contents, and the result is nested the way an HTML parser would nest it, so strict
 * parsers (and the W3C feed validator's html5lib) read it without errors. The output is "feed-ready" (html-text.ts):
 * the feed writers copy it verbatim into XML and JSON. There is no DOM in core; this is one linear pass.
 */
import { ALLOWED, DROP_SUBTREE, FOREIGN, RAW_TEXT, TO_END, elementAt, elementInfo } from './html-elements';
import { allowedAttributes, keptAttributes } from './html-policy';
import { normalizeHtmlText } from './html-text';
import { END, START, TEXT, newToken, readAttributes, readMarkup, type Token } from './html-tokenizer';
import { LINE_BREAK, OpenElements } from './open-elements';

/** Safe, feed-ready HTML for `html`: empty when nothing in it would show (no text, no image), as for all-script. */
export function scrubHtml(html: string): string {
  const { html: safe, visible } = scrub(html);
  return visible ? safe : '';
}

function scrub(html: string): { html: string; visible: boolean } {
  const tree = new OpenElements();
  const token = newToken();
  const n = html.length;
  let i = 0;
  /** Where text right after a `<pre>` starts: HTML drops one line break there. */
  let preText = -1;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const text = normalizeHtmlText(html.slice(i, textEnd));
      tree.text(i === preText && text.startsWith(LINE_BREAK) ? text.slice(LINE_BREAK.length) : text);
    }
    if (lt < 0) break;
    readMarkup(html, lt, token);
    i = token.next;
    if (token.kind === TEXT) tree.text('&lt;');
    else if (token.kind === END) tree.end(elementAt(html, token.nameStart, token.nameEnd));
    else if (token.kind === START) {
      const info = elementAt(html, token.nameStart, token.nameEnd);
      if (info.flags & RAW_TEXT) i = afterRawText(html, info.name, i, token);
      else if (info.flags & TO_END) i = n;
      else if (info.flags & DROP_SUBTREE) {
        if (!(token.selfClosing && info.flags & FOREIGN)) i = afterSubtree(html, info.name, i, token);
      } else if (info.flags & ALLOWED) {
        const attrs =
          token.attrEnd > token.attrStart ? readAttributes(html, token.attrStart, token.attrEnd, allowedAttributes(info.name)) : [];
        const kept = attrs.length > 0 || info.name === 'img' ? keptAttributes(info.name, attrs) : '';
        if (kept !== null) tree.start(info, kept);
        if (info.name === 'pre') preText = i;
      }
    }
  }
  return { html: tree.finish(), visible: tree.visible };
}

const rawTextEnds = new Map<string, RegExp>();

/** Where the text of a raw-text element (script, style, …) and its end tag stop; the end of input if never closed. */
function afterRawText(html: string, name: string, from: number, token: Token): number {
  let end = rawTextEnds.get(name);
  if (!end) rawTextEnds.set(name, (end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')));
  end.lastIndex = from;
  const found = end.exec(html);
  if (!found) return html.length;
  readMarkup(html, found.index, token);
  return token.next;
}

/** Where the subtree of a dropped element ends: after its matching end tag, counting nested ones of the same name. */
function afterSubtree(html: string, name: string, from: number, token: Token): number {
  const foreign = elementInfo(name).flags & FOREIGN;
  let depth = 1;
  let i = from;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return html.length;
    readMarkup(html, lt, token);
    i = token.next;
    if (token.kind !== START && token.kind !== END) continue;
    const info = elementAt(html, token.nameStart, token.nameEnd);
    if (token.kind === START && info.flags & RAW_TEXT) i = afterRawText(html, info.name, i, token);
    else if (info.name !== name) continue;
    else if (token.kind === START && !(foreign && token.selfClosing)) depth++;
    else if (token.kind === END && --depth === 0) return i;
  }
}
