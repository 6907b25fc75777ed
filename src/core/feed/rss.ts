/** RSS 2.0 the way full-content blog feeds write it: excerpt in `description`, the whole story in `content:encoded`. */
import type { Share } from '../share';
import type { FeedSettings } from '../settings';
import { entryContentXml } from './content';
import { rfc822 } from './dates';
import { viewEntry, type EntryView } from './entry-view';
import { viewFeed, type FeedView } from './feed-view';
import { escapeHtml } from './html-text';
import { element, emptyElement } from './xml';

const NAMESPACES =
  'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"';

/** The shares as given (already selected and ordered) as an RSS 2.0 document. */
export function toRss(shares: readonly Share[], settings: FeedSettings, tag?: string): string {
  const views = shares.map((share) => viewEntry(share));
  const feed = viewFeed(views, settings, 'rss', tag);
  const parts = ['<?xml version="1.0" encoding="utf-8"?>\n', `<rss version="2.0" ${NAMESPACES}>\n<channel>\n`];
  parts.push(channelHead(feed, views));
  shares.forEach((share, i) => parts.push(rssItem(share, views[i]!, settings.mode)));
  parts.push('</channel>\n</rss>\n');
  return parts.join('');
}

function channelHead(feed: FeedView, views: readonly EntryView[]): string {
  // RSS requires a channel link; the newest story stands in when the person has no page of their own.
  const link = feed.homeUrl ?? feed.selfUrl ?? views.find((v) => v.url)?.url ?? feed.generator.url;
  const { author, generator } = feed;
  const lines = [
    element('title', feed.title),
    element('link', link),
    element('description', feed.subtitle || feed.title),
    feed.language && element('language', feed.language),
    feed.rights && element('copyright', feed.rights),
    author.email && element('managingEditor', `${author.email} (${author.name})`),
    element('lastBuildDate', rfc822(feed.updated)),
    element('generator', `${generator.name} ${generator.version} (${generator.url})`),
    element('docs', 'https://www.rssboard.org/rss-specification'),
    feed.selfUrl && emptyElement('atom:link', { rel: 'self', type: 'application/rss+xml', href: feed.selfUrl }),
    feed.icon && `<image>${element('url', feed.icon)}${element('title', feed.title)}${element('link', link)}</image>`,
  ];
  return lines.filter(Boolean).map((line) => `  ${line}\n`).join('');
}

function rssItem(share: Share, view: EntryView, mode: FeedSettings['mode']): string {
  const content = entryContentXml(share, mode, view);
  const lines = [
    element('title', view.title),
    view.url && element('link', view.url),
    element('guid', view.id, { isPermaLink: 'false' }),
    // `description` is HTML in RSS, so the plain-text excerpt is escaped for HTML, then for XML.
    view.summary ? element('description', escapeHtml(view.summary)) : `<description>${content}</description>`,
    `<content:encoded>${content}</content:encoded>`,
    view.author && element('dc:creator', view.author),
    ...view.tags.map((tag) => element('category', tag)),
    element('pubDate', rfc822(view.published)),
    // An <enclosure> must state the file's byte length, which we do not know; a thumbnail needs only the URL.
    view.image && emptyElement('media:thumbnail', { url: view.image.url }),
  ];
  return `  <item>\n${lines.filter(Boolean).map((line) => `    ${line}\n`).join('')}  </item>\n`;
}
