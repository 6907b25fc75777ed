/**
 * The same stored shares written as a feed three ways: by our core, by the `feed` package and by feedsmith, in
 * each format. The libraries get each entry's HTML as a plain concatenation (comment, then article).
 */
import { Feed } from 'feed';
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import { streamFeed, writeFeed, type FeedFormat } from '../src/core/feed/index';
import type { Share } from '../src/core/share';
import type { FeedSettings } from '../src/core/settings';

export type Writer = (format: FeedFormat, shares: readonly Share[], settings: FeedSettings) => string;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = (s: Share) => `<p>${escape(s.comment)}</p>${s.article?.content ?? ''}`;
const author = (s: Share) => s.article?.byline ?? s.article?.siteName ?? 'Unknown';

export const ours: Writer = (format, shares, settings) => writeFeed(format, shares, { ...settings, limit: 0 }).body;

/** Ours as the extension and the CLI save a feed: a piece at a time, never the whole document as one string. */
export const oursChunks = (format: FeedFormat, shares: readonly Share[], settings: FeedSettings): Iterable<string> =>
  streamFeed(format, shares, { ...settings, limit: 0 }).chunks;

export const feedPackage: Writer = (format, shares, settings) => {
  const feed = new Feed({
    id: settings.feedId,
    title: settings.title,
    updated: new Date(shares[0]?.updatedAt ?? settings.updatedAt),
    generator: 'Sharefeed bench',
    link: settings.homeUrl || undefined,
    feedLinks: { atom: settings.feedUrl },
    author: { name: settings.authorName },
    copyright: settings.rights,
  });
  for (const s of shares) {
    feed.addItem({
      title: s.title,
      id: `urn:uuid:${s.id}`,
      link: s.url,
      date: new Date(s.updatedAt),
      published: new Date(s.sharedAt),
      description: s.article?.excerpt,
      content: html(s),
      category: s.tags.map((name) => ({ name, term: name })),
      author: [{ name: author(s) }],
    });
  }
  return format === 'atom' ? feed.atom1() : format === 'rss' ? feed.rss2() : feed.json1();
};

export const feedsmith: Writer = (format, shares, settings) => {
  const updated = new Date(shares[0]?.updatedAt ?? settings.updatedAt);
  if (format === 'atom') {
    return generateAtomFeed({
      id: settings.feedId,
      title: { value: settings.title },
      updated,
      authors: [{ name: settings.authorName }],
      links: [{ href: settings.feedUrl, rel: 'self' }],
      entries: shares.map((s) => ({
        id: `urn:uuid:${s.id}`,
        title: { value: s.title },
        updated: new Date(s.updatedAt),
        published: new Date(s.sharedAt),
        links: [{ href: s.url, rel: 'alternate' }],
        authors: [{ name: author(s) }],
        categories: s.tags.map((term) => ({ term })),
        summary: { value: s.article?.excerpt ?? '' },
        content: { value: html(s), type: 'html' },
      })),
    });
  }
  if (format === 'rss') {
    return generateRssFeed({
      title: settings.title,
      link: settings.homeUrl,
      description: settings.subtitle || settings.title,
      items: shares.map((s) => ({
        title: s.title,
        link: s.url,
        guid: { value: `urn:uuid:${s.id}`, isPermaLink: false },
        pubDate: new Date(s.sharedAt),
        description: s.article?.excerpt ?? '',
        content: { encoded: html(s) },
        categories: s.tags.map((name) => ({ name })),
        dc: { creators: [author(s)] },
      })),
    });
  }
  return JSON.stringify(
    generateJsonFeed({
      title: settings.title,
      items: shares.map((s) => ({
        id: `urn:uuid:${s.id}`,
        url: s.url,
        title: s.title,
        content_html: html(s),
        date_published: new Date(s.sharedAt),
        date_modified: new Date(s.updatedAt),
        tags: s.tags,
      })),
    }),
  );
};

/** The floor: no feed at all, just every entry's HTML joined — what any writer must at least produce. */
export const floor: Writer = (_format, shares) => shares.map(html).join('');

export const WRITERS = { ours, feed: feedPackage, feedsmith } as const;
