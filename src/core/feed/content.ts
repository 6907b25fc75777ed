/**
 * The HTML body of an entry, the same in all three formats: the person's comment, a line naming and linking the
 * site it came from, a rule, then the article (or, in summary mode and for link-only shares, the excerpt and a link).
 */
import type { Share } from '../share';
import type { FeedSettings } from '../settings';
import { viewEntry, type EntryView } from './entry-view';
import { escapeHtml, escapeHtmlAttr } from './html-text';
import type { Encoding } from './open-elements';
import { scrub } from './scrub-html';
import { escapeMarkup } from './xml';

export function entryContentHtml(share: Share, mode: FeedSettings['mode'], view: EntryView = viewEntry(share)): string {
  return entryContent(share, mode, view, 'html');
}

/** The same HTML already escaped as XML element text: the XML writers' form, made in one pass over the article. */
export function entryContentXml(share: Share, mode: FeedSettings['mode'], view: EntryView): string {
  return entryContent(share, mode, view, 'xml');
}

function entryContent(share: Share, mode: FeedSettings['mode'], view: EntryView, encoding: Encoding): string {
  const head = `${commentHtml(share.comment)}${attributionHtml(view)}<hr>`;
  if (mode === 'full' && share.article) {
    const article = scrub(share.article.content, encoding);
    if (article.visible) return (encoding === 'xml' ? escapeMarkup(head) : head) + article.html;
  }
  const html = head + fallbackHtml(view);
  return encoding === 'xml' ? escapeMarkup(html) : html;
}

/**
 * A paragraph per blank line, `<br>` per other line break, the text escaped and never interpreted. Nothing is
 * trimmed or folded, so the comment can be read back exactly (paragraphs joined by a blank line, `<br>` as a break).
 */
export function commentHtml(comment: string): string {
  const text = escapeHtml(comment);
  if (!text.trim()) return '';
  return text
    .split('\n\n')
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function attributionHtml(view: EntryView): string {
  if (!view.site) return '<p>Shared link</p>';
  const name = escapeHtml(view.site.name);
  return view.site.origin
    ? `<p>Shared from <a href="${escapeHtmlAttr(view.site.origin)}">${name}</a></p>`
    : `<p>Shared from ${name}</p>`;
}

/** Summary mode, link-only shares and articles with nothing left to show: the excerpt and a link, never nothing. */
function fallbackHtml(view: EntryView): string {
  const excerpt = view.summary ? `<p>${escapeHtml(view.summary)}</p>` : '';
  if (!view.url) return excerpt || `<p>${escapeHtml(view.title)}</p>`;
  const where = view.site ? ` on ${escapeHtml(view.site.name)}` : '';
  return `${excerpt}<p><a href="${escapeHtmlAttr(view.url)}">${excerpt ? 'Read more' : 'Open the page'}${where}</a></p>`;
}
