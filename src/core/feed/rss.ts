/** RSS 2.0 the way full-content blog feeds write it: excerpt in `description`, the whole story in `content:encoded`. */
import type { Share } from '../share';
import type { FeedSettings } from '../settings';
import { entryContentParts } from './content';
import { rfc822 } from './dates';
import { viewEntry, type EntryView } from './entry-view';
import { viewFeed, type FeedView } from './feed-view';
import { escapeHtml } from './html-text';
import { element, emptyElement, inCdata, lines } from './xml';

/** Indent of an item's elements. */
const ENTRY = '    ';

const NAMESPACES =
  'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"';

/** The shares as given (already selected and ordered) as an RSS 2.0 document, a piece per item. */
export function* rssChunks(shares: readonly Share[], settings: FeedSettings, tag?: string): Generator<string> {
  const views = shares.map((share) => viewEntry(share));
  const feed = viewFeed(views, settings, 'rss', tag);
  yield '<?xml version="1.0" encoding="utf-8"?>\n' + `<rss version="2.0" ${NAMESPACES}>\n<channel>\n${channelHead(feed, views)}`;
  for (let i = 0; i < shares.length; i++) yield* rssItem(shares[i]!, views[i]!, settings.mode);
  yield '</channel>\n</rss>\n';
}

function channelHead(feed: FeedView, views: readonly EntryView[]): string {
  // RSS requires a channel link; the newest story stands in when the person has no page of their own.
  const link = feed.homeUrl ?? feed.selfUrl ?? views.find((v) => v.url)?.url ?? feed.generator.url;
  const { author, generator } = feed;
  const head = [
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
    feed.hubUrl && emptyElement('atom:link', { rel: 'hub', href: feed.hubUrl }),
    feed.icon && `<image>${element('url', feed.icon)}${element('title', feed.title)}${element('link', link)}</image>`,
  ];
  return lines(head, '  ');
}

/** One item, in pieces: the article is its own piece, copied once into the document. */
function* rssItem(share: Share, view: EntryView, mode: FeedSettings['mode']): Generator<string> {
  const [head, body] = entryContentParts(share, mode, view);
  const content = (tag: string) => [`    <${tag}><![CDATA[${inCdata(head)}`, inCdata(body), `]]></${tag}>\n`];
  yield `  <item>\n${lines([element('title', view.title), view.url && element('link', view.url), element('guid', view.id, { isPermaLink: 'false' })], ENTRY)}`;
  // `description` is HTML in RSS, so the plain-text excerpt is escaped for HTML, then for XML.
  if (view.summary) yield lines([element('description', escapeHtml(view.summary))], ENTRY);
  else yield* content('description');
  yield* content('content:encoded');
  yield `${lines(
    [
      view.author && element('dc:creator', view.author),
      ...view.tags.map((tag) => element('category', tag)),
      element('pubDate', rfc822(view.published)),
      // An <enclosure> must state the file's byte length, which we do not know; a thumbnail needs only the URL.
      view.image && emptyElement('media:thumbnail', { url: view.image.url }),
    ],
    ENTRY,
  )}  </item>\n`;
}
