/**
 * The public page of a person's shares (their "blurblog"): one HTML document per page, the same data as the feeds.
 * h-feed / h-entry microformats (`u-bookmark-of` the shared page, `p-name`, `e-content` or `p-summary`,
 * `dt-published`, `p-category`), autodiscovery links for the feeds, a small inline stylesheet (phone-sized, light
 * and dark), and no script at all. Everything from a share is escaped once or is stored HTML made page-valid
 * (page-html.ts); the output is the same bytes for the same data, and passes the W3C Nu HTML checker.
 */
import type { Share } from '../share';
import type { FeedSettings } from '../settings';
import { DEFAULT_FEED_TITLE } from '../settings';
import { SHAREFEED_HOME, SHAREFEED_VERSION } from '../version';
import { viewEntry } from '../feed/entry-view';
import { commentHtml } from '../feed/content';
import { escapeHtml, escapeHtmlAttr } from '../feed/html-text';
import { webUrl } from '../feed/web-url';
import { cleanText } from '../feed/xml';
import { tagKey as keyOf } from '../feed/select';
import { FORMATS } from '../feed/formats';
import { FEED_FORMATS, feedPath, frontPath, toRoot } from './site-layout';
import { pageHtml } from './page-html';
import { PAGE_STYLE } from './page-style';

export interface SitePage {
  /** This file's path in the site (site-layout.ts). */
  path: string;
  settings: FeedSettings;
  /** The tag this page lists, as the person wrote it; null for everything. */
  tag: string | null;
  /** The shares on this page, newest first. */
  shares: readonly Share[];
  /** "Page 3 of 12" on archive pages; null on a front page. */
  pageLabel: string | null;
  /** Paths of the pages with newer and older shares. */
  newer: string | null;
  older: string | null;
}

const FORMAT_NAMES = { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' } as const;

export function renderPage(page: SitePage): string {
  const { settings, tag } = page;
  const root = toRoot(page.path);
  const key = tag ? keyOf(tag) : undefined;
  const href = (path: string) => escapeHtmlAttr(root + encodePath(path));
  const siteTitle = clean(settings.title) || DEFAULT_FEED_TITLE;
  const title = tag ? `${siteTitle}: ${clean(tag)}` : siteTitle;
  const fullTitle = page.pageLabel ? `${title} — ${page.pageLabel}` : title;
  const lang = pageLanguage(settings.language) ?? 'en';
  const feeds = FEED_FORMATS.map((format) => ({ format, path: feedPath(format, key) }));
  const icon = webUrl(settings.icon);
  const author = clean(settings.authorName);
  const authorUrl = webUrl(settings.authorUrl);
  const head = [
    '<!DOCTYPE html>',
    `<html lang='${escapeHtmlAttr(lang)}'>`,
    '<head>',
    "<meta charset='utf-8'>",
    "<meta name='viewport' content='width=device-width, initial-scale=1'>",
    `<title>${escapeHtml(fullTitle)}</title>`,
    clean(settings.subtitle) && `<meta name='description' content='${escapeHtmlAttr(clean(settings.subtitle))}'>`,
    `<meta name='generator' content='Sharefeed ${SHAREFEED_VERSION}'>`,
    ...feeds.map(
      ({ format, path }) =>
        `<link rel='alternate' type='${FORMATS[format].mimeType}' title='${escapeHtmlAttr(`${title} (${FORMAT_NAMES[format]})`)}' href='${href(path)}'>`,
    ),
    icon && `<link rel='icon' href='${escapeHtmlAttr(icon)}'>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
  ];
  const intro = [
    `<header class='site'>`,
    `<h1 class='p-name'>${escapeHtml(title)}</h1>`,
    tag ? `<p><a href='${href(frontPath())}'>All shares of ${escapeHtml(siteTitle)}</a></p>` : '',
    !tag && clean(settings.subtitle) ? `<p class='p-summary'>${escapeHtml(clean(settings.subtitle))}</p>` : '',
    author
      ? `<p>Shared by ${authorUrl ? `<a class='p-author h-card' href='${escapeHtmlAttr(authorUrl)}'>${escapeHtml(author)}</a>` : `<span class='p-author h-card'>${escapeHtml(author)}</span>`}</p>`
      : '',
    `<p class='follow'>Follow: ${feeds.map(({ format, path }) => `<a href='${href(path)}' type='${FORMATS[format].mimeType}'>${FORMAT_NAMES[format]}</a>`).join(' · ')}</p>`,
    page.pageLabel ? `<p class='page-label'>${escapeHtml(page.pageLabel)}</p>` : '',
    '</header>',
  ];
  const entries = page.shares.length
    ? page.shares.map((share) => entryHtml(share, settings.mode, href))
    : [`<p class='empty'>Nothing shared${tag ? ' with this tag' : ''} yet.</p>`];
  const nav =
    page.newer || page.older
      ? `<nav class='pages' aria-label='More shares'>${page.newer ? `<a rel='prev' href='${href(page.newer)}'>← Newer</a>` : ''}${page.older ? `<a rel='next' href='${href(page.older)}'>Older →</a>` : ''}</nav>`
      : '';
  const footer = `<footer><p>Published with <a href='${escapeHtmlAttr(SHAREFEED_HOME)}'>Sharefeed</a>.</p></footer>`;
  return `${[...head, '<body>', "<main class='h-feed'>", ...intro, ...entries, nav, '</main>', footer, '</body>', '</html>']
    .filter(Boolean)
    .join('\n')}\n`;
}

function entryHtml(share: Share, mode: FeedSettings['mode'], href: (path: string) => string): string {
  const view = viewEntry(share);
  const lang = share.article?.lang ? pageLanguage(share.article.lang) : null;
  const title = escapeHtml(view.title);
  const name = view.url ? `<a class='u-bookmark-of' href='${escapeHtmlAttr(view.url)}'>${title}</a>` : title;
  const site = view.site
    ? `${view.site.icon ? `<img class='favicon' src='${escapeHtmlAttr(view.site.icon)}' alt='' width='16' height='16' loading='lazy' referrerpolicy='no-referrer'> ` : ''}${
        view.site.origin ? `<a href='${escapeHtmlAttr(view.site.origin)}'>${escapeHtml(view.site.name)}</a>` : escapeHtml(view.site.name)
      } · `
    : '';
  const shared = `<time class='dt-published' datetime='${escapeHtmlAttr(view.published)}'>${escapeHtml(humanDate(view.published))}</time>`;
  const comment = commentHtml(share.comment);
  const article = mode === 'full' && share.article?.content ? pageHtml(share.article.content) : '';
  const body = article
    ? `<div class='e-content'>${article}</div>`
    : view.summary
      ? `<p class='p-summary'>${escapeHtml(view.summary)}</p>`
      : '';
  const tags = view.tags.length
    ? `<p class='tags'>${view.tags.map((tag) => `<a class='p-category' href='${href(frontPath(keyOf(tag)))}'>${escapeHtml(tag)}</a>`).join(' ')}</p>`
    : '';
  return [
    `<article class='h-entry'${lang ? ` lang='${escapeHtmlAttr(lang)}'` : ''}>`,
    `<h2 class='p-name'>${name}</h2>`,
    `<p class='meta'>${site}Shared ${shared}</p>`,
    comment && `<div class='comment'>${comment}</div>`,
    body,
    tags,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Each path segment percent-encoded (tag slugs may be in any script), slashes kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "18 November 2026" (UTC): the same text wherever and whenever the page is written. */
function humanDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * A language tag the checker accepts, or `fallback`: only primary languages the platform knows by name (the W3C
 * checker rejects subtags missing from the IANA registry, such as "xx").
 */
function pageLanguage(value: string): string | null {
  const tag = value.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[A-Za-z]{2}|-\d{3})?$/i.test(tag)) return null;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag.split('-')[0]!) ? tag : null;
  } catch {
    return null;
  }
}

function clean(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}
