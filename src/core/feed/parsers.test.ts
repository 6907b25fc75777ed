/**
 * Our output read back by two independent feed parsers (feedsmith and @rowanmanning/feed-parser): every entry's
 * id, link, title, dates, tags, author and content must come back as the share had them, in every format.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import type { Share } from '../share';
import { entryContentParts } from './content';
import { writeFeed } from './index';
import { selectEntries } from './select';
import { TEST_SETTINGS, fixtureShare, sampleShares } from './test-fixtures';
import { corpusAvailable, corpusPageNames } from '../test-pages';

const real = corpusPageNames()
  .slice(0, 12)
  .map((name, i) => fixtureShare(name, i));

interface Expected {
  id: string;
  url: string;
  title: string;
  published: string;
  updated: string;
  tags: string[];
  content: string;
}

/** What a reader must get back, written from the shares themselves. */
function expected(shares: Share[]): Expected[] {
  return selectEntries(shares, TEST_SETTINGS).map((share) => ({
    id: `urn:uuid:${share.id}`,
    url: share.url,
    title: share.title,
    published: new Date(share.sharedAt).toISOString(),
    updated: new Date(share.updatedAt).toISOString(),
    tags: share.tags,
    content: entryContentParts(share, TEST_SETTINGS.mode).join(''),
  }));
}

const toSecond = (date: string | Date | null | undefined) => Math.floor(new Date(date ?? NaN).getTime() / 1000);

const cases: [string, Share[]][] = [['sample shares', sampleShares()]];
if (corpusAvailable) cases.push(['shares of real pages', real]);

describe.each(cases)('%s', (_, shares) => {
  const want = expected(shares);

  it('come back from Atom through feedsmith', () => {
    const feed = parseAtomFeed(writeFeed('atom', shares, TEST_SETTINGS).body);
    expect(feed.id).toBe(TEST_SETTINGS.feedUrl);
    expect(
      feed.entries?.map((e) => ({
        id: e.id,
        url: e.links?.find((l) => l.rel === 'alternate')?.href,
        title: e.title?.value,
        published: e.published,
        updated: e.updated,
        tags: e.categories?.map((c) => c.term) ?? [],
        content: e.content?.value,
      })),
    ).toEqual(want);
  });

  it('come back from RSS through feedsmith', () => {
    const feed = parseRssFeed(writeFeed('rss', shares, TEST_SETTINGS).body);
    expect(
      feed.items?.map((item) => ({
        id: item.guid?.value,
        url: item.link,
        title: item.title,
        published: toSecond(item.pubDate),
        tags: item.categories?.map((c) => c.name) ?? [],
        content: item.content?.encoded,
      })),
    ).toEqual(want.map(({ updated: _, published, ...rest }) => ({ ...rest, published: toSecond(published) })));
  });

  it('come back from JSON Feed through feedsmith', () => {
    const feed = parseJsonFeed(JSON.parse(writeFeed('json', shares, TEST_SETTINGS).body));
    expect(
      feed.items?.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        published: item.date_published,
        updated: item.date_modified,
        tags: item.tags ?? [],
        content: item.content_html,
      })),
    ).toEqual(want);
  });

  it.each(['atom', 'rss'] as const)('come back from %s through @rowanmanning/feed-parser', (format) => {
    const feed = parseFeed(writeFeed(format, shares, TEST_SETTINGS).body);
    expect(feed.title).toBe(TEST_SETTINGS.title);
    expect(feed.self).toBe(format === 'atom' ? TEST_SETTINGS.feedUrl : 'https://ada.example.org/sharefeed.rss');
    expect(
      feed.items.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        published: toSecond(item.published),
        tags: item.categories.map((c) => c.term),
      })),
    ).toEqual(want.map((w) => ({ id: w.id, url: w.url, title: w.title, published: toSecond(w.published), tags: w.tags })));
    // This parser decodes the references inside HTML content as well (once too often), so compare the words.
    const decoded = (html: string) =>
      html.replace(
        /&(lt|gt|amp|quot|#39|#92|#9|#10);/g,
        (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#92': '\\', '#9': '\t', '#10': '\n' })[name]!,
      );
    const words = (html: string) =>
      html
        .replace(/<[^>]*>/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
    feed.items.forEach((item, i) => expect(words(item.content ?? '')).toEqual(words(decoded(want[i]!.content))));
  });

  it('name the same authors in every format', () => {
    const atom = parseAtomFeed(writeFeed('atom', shares, TEST_SETTINGS).body).entries?.map((e) => e.authors?.[0]?.name);
    const rss = parseRssFeed(writeFeed('rss', shares, TEST_SETTINGS).body).items?.map((i) => i.dc?.creators?.[0]);
    const json = parseJsonFeed(JSON.parse(writeFeed('json', shares, TEST_SETTINGS).body)).items?.map((i) => i.authors?.[0]?.name);
    expect(rss).toEqual(atom);
    expect(json).toEqual(atom);
    expect(atom?.every(Boolean)).toBe(true);
  });
});
