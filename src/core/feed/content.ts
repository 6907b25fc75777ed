/**
 * The HTML body of an entry, the same in all three formats: the person's comment, a line naming and linking the
 * site it came from, a rule, then the article (or, in summary mode and for link-only shares, the excerpt and a link).
 * All of it is feed-ready HTML (html-text.ts): the stored article is already (core/stored-share.ts), and what is
 * added here is escaped the same way, so each writer copies the whole body without reading it again.
 */
import type { Share } from '../share';
import type { FeedSettings } from '../settings';
import { viewEntry, type EntryView } from './entry-view';
import { escapeHtml, escapeHtmlAttr } from './html-text';
import { cleanText } from './xml';

/**
 * The body in two parts, the short head written here and the stored article: the writers put them side by side
 * in the output, so the article (20 KB, say) is copied once, into the document, and never rebuilt.
 */
export function entryContentParts(
  share: Share,
  mode: FeedSettings['mode'],
  view: EntryView = viewEntry(share),
): [head: string, body: string] {
  const head = `${commentHtml(share.comment)}${attributionHtml(view)}<hr>`;
  const article = mode === 'full' ? share.article?.content : '';
  return [head, article || fallbackHtml(view)];
}

/**
 * A paragraph per blank line, `<br>` per other line break, the text escaped and never interpreted. Nothing is
 * trimmed or folded, so the comment can be read back exactly (paragraphs joined by a blank line, `<br>` as a break).
 */
export function commentHtml(comment: string): string {
  const text = cleanText(comment).replace(/\r\n?/g, '\n');
  if (!text.trim()) return '';
  return text
    .split('\n\n')
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

function attributionHtml(view: EntryView): string {
  if (!view.site) return '<p>Shared link</p>';
  const name = escapeHtml(view.site.name);
  return view.site.origin ? `<p>Shared from <a href='${escapeHtmlAttr(view.site.origin)}'>${name}</a></p>` : `<p>Shared from ${name}</p>`;
}

/** Summary mode, link-only shares and articles with nothing left to show: the excerpt and a link, never nothing. */
function fallbackHtml(view: EntryView): string {
  const excerpt = view.summary ? `<p>${escapeHtml(view.summary)}</p>` : '';
  if (!view.url) return excerpt || `<p>${escapeHtml(view.title)}</p>`;
  const where = view.site ? ` on ${escapeHtml(view.site.name)}` : '';
  return `${excerpt}<p><a href='${escapeHtmlAttr(view.url)}'>${excerpt ? 'Read more' : 'Open the page'}${where}</a></p>`;
}
