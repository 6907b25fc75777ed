/** fast-check generators of valid shares and settings, for the backup and merge property tests (not shipped). */
import fc from 'fast-check';
import type { Article, Share } from './share';
import type { FeedSettings } from './settings';

const text = (maxLength = 200) => fc.string({ unit: 'binary', maxLength });
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

export const articleArbitrary: fc.Arbitrary<Article> = fc.record({
  content: text(2000),
  excerpt: text(),
  byline: nullable(text(50)),
  siteName: nullable(text(50)),
  lang: nullable(fc.constantFrom('en', 'de-AT', 'zh-Hans', 'pt-BR')),
  publishedAt: nullable(isoDate),
  modifiedAt: nullable(isoDate),
  image: nullable(fc.webUrl({ withQueryParameters: true })),
  favicon: nullable(fc.constantFrom('https://example.com/favicon.ico', 'data:image/png;base64,iVBORw0KGgo=')),
  wordCount: fc.nat({ max: 10_000_000 }),
  truncated: fc.boolean(),
});

export const shareArbitrary: fc.Arbitrary<Share> = fc
  .record({
    id: fc.uuid(),
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    canonicalUrl: fc.webUrl(),
    title: text().filter((t) => t.trim() !== ''),
    comment: text(),
    tags: fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }), { maxLength: 5 }),
    sharedAt: isoDate,
    updatedAt: isoDate,
    capture: fc.constantFrom('article', 'selection', 'description', 'link' as const),
    article: articleArbitrary,
  })
  .chain((s) => (s.capture === 'link' ? fc.constantFrom<Share>({ ...s, article: null }, s) : fc.constant<Share>(s)));

/** Shares with distinct ids, as a database holds them. */
export const sharesArbitrary = (maxLength = 20) => fc.uniqueArray(shareArbitrary, { maxLength, selector: (s) => s.id });

const webUrlOrEmpty = fc.oneof(fc.constant(''), fc.webUrl());

export const settingsArbitrary: fc.Arbitrary<FeedSettings> = fc.record({
  feedId: fc.uuid().map((id) => `urn:uuid:${id}`),
  title: text(100).filter((t) => t.trim() !== ''),
  subtitle: text(),
  authorName: text(50),
  authorEmail: fc.constantFrom('', 'me@example.org'),
  authorUrl: webUrlOrEmpty,
  feedUrl: webUrlOrEmpty,
  homeUrl: webUrlOrEmpty,
  hubUrl: webUrlOrEmpty,
  icon: webUrlOrEmpty,
  language: fc.constantFrom('', 'en', 'pt-BR'),
  rights: text(),
  limit: fc.integer({ min: 0, max: 500 }),
  mode: fc.constantFrom('full', 'summary' as const),
  updatedAt: isoDate,
});
