import { describe, expect, it } from 'vitest';
import { importRss } from './rss';
import { fixture, testDeps } from './test-deps';

describe('importRss', () => {
  it('reads RSS 2.0 items: content:encoded, description, guid permalinks, categories, authors', async () => {
    const { shares, skipped, format } = importRss(await fixture('small.rss'), testDeps());
    expect(format).toBe('RSS');
    expect(shares.map((s) => [s.title, s.url, s.capture, s.sharedAt])).toEqual([
      ['Full text & a description', 'https://news.example.com/2025/full-text', 'article', '2025-03-04T09:15:00.000Z'],
      ['Description only', 'https://news.example.com/2025/teaser-only', 'description', '2025-03-03T08:00:00.000Z'],
      ['Permalink in the guid', 'https://news.example.com/2025/guid-only', 'link', '2025-03-02T08:00:00.000Z'],
    ]);
    const [full, teaser] = shares;
    expect(full!.tags).toEqual(['Politics', 'Europe']);
    expect(full!.article).toMatchObject({
      content:
        "<p>The whole article, with an <img src='https://news.example.com/img/photo.jpg' alt='photo'> image and enough words to count.</p>",
      excerpt: 'The teaser.',
      byline: 'Berta Reporter',
      lang: 'de-AT',
    });
    expect(teaser!.article).toMatchObject({ content: '<p>Plain text teaser without markup.</p>', byline: 'News Desk' });
    expect(skipped).toEqual([
      { title: 'Not a permalink', reason: 'It has no link.' },
      {
        title: 'Same story again, older, with tracking',
        reason: 'It is listed more than once in the file (same address); the most recent entry was imported.',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) items and their Dublin Core dates', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://rdf.example/"><title>RDF</title><link>https://rdf.example/</link></channel>
      <item rdf:about="https://rdf.example/1"><title>One</title><link>https://rdf.example/1</link><dc:date>2024-05-06T07:08:09Z</dc:date><dc:subject>rdf</dc:subject></item>
    </rdf:RDF>`;
    const { shares, format } = importRss(rdf, testDeps());
    expect(format).toBe('RSS 1.0');
    expect(shares.map((s) => [s.title, s.url, s.sharedAt, s.tags])).toEqual([
      ['One', 'https://rdf.example/1', '2024-05-06T07:08:09.000Z', ['rdf']],
    ]);
  });
});
