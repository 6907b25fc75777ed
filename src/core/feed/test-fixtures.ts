/**
 * Shares and settings for the feed tests and the benchmark: a small hand-made set covering every capture kind,
 * and shares built from the real fixture pages (Readability's expected output as the stored article).
 */
import { toStoredShare } from '../stored-share';
import type { Article, Share } from '../share';
import type { FeedSettings } from '../settings';
import { readCorpusPage } from '../test-pages';
import { uuidV5 } from './uuid-v5';

export const TEST_SETTINGS: FeedSettings = {
  feedId: 'urn:uuid:0b7e4f64-2f1d-4c55-9d2e-6a1f3c8b9e01',
  title: 'Ada’s shared stories',
  subtitle: 'Things worth reading, with a note on why',
  authorName: 'Ada Lovelace',
  authorEmail: 'ada@example.org',
  authorUrl: 'https://ada.example.org/',
  feedUrl: 'https://ada.example.org/sharefeed.atom',
  hubUrl: '',
  homeUrl: 'https://ada.example.org/',
  icon: 'https://ada.example.org/icon.png',
  language: 'en',
  rights: '© 2026 Ada Lovelace',
  limit: 0,
  mode: 'full',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export const HOSTILE_COMMENT = 'Read this <now> & tell me "why" it\'s good.\nSecond line.\n\n\nNew paragraph ]]> </content>';

function article(over: Partial<Article>): Article {
  return {
    content: '',
    excerpt: '',
    byline: null,
    siteName: null,
    lang: null,
    publishedAt: null,
    modifiedAt: null,
    image: null,
    favicon: null,
    wordCount: 0,
    truncated: false,
    ...over,
  };
}

/**
 * One share of each capture kind, with tags, unicode, and a comment full of characters that need escaping; as
 * stored (through the storage gate), since only stored shares reach the writers.
 */
export function sampleShares(): Share[] {
  return rawSampleShares().map(toStoredShare);
}

/** The same shares as they arrive, before the storage gate. */
export function rawSampleShares(): Share[] {
  return [
    {
      id: '3f8e2a10-5b6c-4d7e-8f90-a1b2c3d4e5f6',
      url: 'https://www.example.org/2026/11/what-is-a-feed?utm=no',
      canonicalUrl: 'https://www.example.org/2026/11/what-is-a-feed',
      title: 'What is a feed? — « Ünïcödé » 日本語 🎉',
      comment: HOSTILE_COMMENT,
      tags: ['Web', 'feeds & syndication', 'Ünïcödé'],
      sharedAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:05:00.000Z',
      capture: 'article',
      article: article({
        content:
          '<div class="page"><h2>Feeds</h2><p style="color:red" onclick="x()">A <a href="https://example.org/rss">feed</a> ' +
          'is a list &amp; more&nbsp;&#8212; see <a href="javascript:alert(1)">this</a>.</p>' +
          '<script>alert(1)</script><figure><img src="https://example.org/lead.jpg" alt="Lead" srcset="a 1x">' +
          '<figcaption>A picture</figcaption></figure><iframe src="https://evil.example/"></iframe></div>',
        excerpt: 'A feed is a list & more.',
        byline: 'Grace Hopper',
        siteName: 'Example Times',
        lang: 'en',
        publishedAt: '2026-11-19T08:00:00.000Z',
        image: 'https://example.org/lead.jpg',
        favicon: 'https://www.example.org/favicon.ico',
        wordCount: 12,
      }),
    },
    {
      id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      url: 'https://news.example.com/item?id=42',
      canonicalUrl: 'https://news.example.com/item?id=42',
      title: 'A link I only had time to save',
      comment: '',
      tags: [],
      sharedAt: '2026-11-21T09:30:00.000Z',
      updatedAt: '2026-11-21T09:30:00.000Z',
      capture: 'link',
      article: null,
    },
    {
      id: '7c6b5a49-3827-4165-9a4b-3c2d1e0f9a8b',
      url: 'https://video.example.net/watch/123',
      canonicalUrl: 'https://video.example.net/watch/123',
      title: 'Un vídeo en español',
      comment: 'Mira esto.',
      tags: ['video'],
      sharedAt: '2026-11-19T18:45:00.000Z',
      updatedAt: '2026-11-19T18:45:00.000Z',
      capture: 'description',
      article: article({
        content: '<p>Una descripción corta del vídeo.</p>',
        excerpt: 'Una descripción corta del vídeo.',
        siteName: 'VideoNet',
        lang: 'es',
        image: 'https://video.example.net/thumb/123',
      }),
    },
    {
      id: 'e1d2c3b4-a596-4788-9a0b-1c2d3e4f5a6b',
      url: 'https://blog.example.com/posts/quote',
      canonicalUrl: 'https://blog.example.com/posts/quote',
      title: 'The part that matters',
      comment: 'This paragraph says it all.',
      tags: ['Web', 'quotes'],
      sharedAt: '2026-11-18T12:00:00.000Z',
      updatedAt: '2026-11-21T08:00:00.000Z',
      capture: 'selection',
      article: article({
        content: '<blockquote><p>Simple things should be simple, complex things should be possible.</p></blockquote>',
        excerpt: 'Simple things should be simple, complex things should be possible.',
        byline: 'Alan Kay',
        siteName: null,
        lang: 'en-US',
        wordCount: 10,
      }),
    },
  ];
}

/** A share for one fixture page, as the extension would have stored it; `index` spaces the dates apart. */
export function fixtureShare(name: string, index: number): Share {
  const { expectedHtml: html, expected: meta } = readCorpusPage(name);
  const url = `https://example.org/${name}`;
  const at = new Date(Date.UTC(2026, 10, 1) + index * 61_000).toISOString();
  return toStoredShare({
    id: uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', url),
    url,
    canonicalUrl: url,
    title: meta.title || name,
    comment: `Shared ${name} <because> it's "good" & short.\nLine two.\n\nParagraph two.`,
    tags: ['fixtures', `page ${index % 5}`],
    sharedAt: at,
    updatedAt: at,
    capture: 'article',
    article: article({
      content: html,
      excerpt: meta.excerpt ?? '',
      byline: meta.byline,
      siteName: meta.siteName,
      lang: meta.lang,
      publishedAt: meta.publishedTime,
      image: index % 3 === 0 ? `https://example.org/${name}/lead.jpg` : null,
      favicon: 'https://example.org/favicon.ico',
    }),
  });
}
