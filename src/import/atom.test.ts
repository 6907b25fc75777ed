import { describe, expect, it } from 'vitest';
import { importAtom } from './atom';
import { TEST_NOW, fixture, testDeps } from './test-deps';
import { ImportProblem } from './types';

describe('importAtom', () => {
  it('reads each kind of entry: html content, xhtml content, summary only, link only', async () => {
    const { shares, skipped, notes, format } = importAtom(await fixture('small.atom'), testDeps());
    expect(format).toBe('Atom');
    expect(skipped).toEqual([]);
    expect(notes).toEqual([]);
    expect(shares.map((s) => [s.title, s.capture])).toEqual([
      ['Café society & its rules', 'article'],
      ['Plain <title> with XHTML content', 'article'],
      ['Only a summary', 'description'],
      ['Just a link', 'link'],
    ]);
    const [cafe, xhtml, summary, link] = shares;
    expect(cafe).toEqual({
      id: 'import-1',
      // Relative to the feed's xml:base; the share keeps the address as written, the dedupe key drops tracking.
      url: 'https://blog.example.org/posts/cafe-society?utm_source=rss&id=7#top',
      canonicalUrl: 'https://blog.example.org/posts/cafe-society?id=7',
      title: 'Café society & its rules',
      comment: '',
      tags: ['Culture', 'coffee'],
      sharedAt: '2025-02-10T08:30:00.000Z',
      updatedAt: '2025-02-11T10:00:00.000Z',
      capture: 'article',
      article: {
        content:
          "<p>The first paragraph of a long article about cafés, with <a href='https://blog.example.org/about'>a relative link</a>.</p><p>A second paragraph.</p>",
        excerpt: 'A short summary of the café piece.',
        byline: 'Ana Writer',
        // The feed's own title names the site: the entry names none.
        siteName: 'Example blog',
        lang: 'en',
        publishedAt: '2025-02-10T08:30:00.000Z',
        modifiedAt: '2025-02-11T10:00:00.000Z',
        image: null,
        favicon: null,
        // "paragraph." and "A" are two words: blocks separate words.
        wordCount: 16,
        truncated: false,
      },
    });
    expect(xhtml!.article!.content).toBe('<p>Story told in <strong>XHTML</strong>, with three more words.</p>');
    expect(xhtml!.sharedAt).toBe('2025-02-01T08:00:00.000Z');
    expect(summary!.article!.content).toBe('<p>Just the gist of it.</p>');
    // No alternate link: the id is a web address, so it is the link. No published date: updated is used.
    expect(link).toMatchObject({ url: 'https://links.example.com/bare', article: null, sharedAt: '2025-01-05T00:00:00.000Z' });
  });

  it('uses the clock for an entry without dates', () => {
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><link href="https://a.example/"/></entry></feed>';
    expect(importAtom(xml, testDeps()).shares[0]!.sharedAt).toBe(TEST_NOW);
  });

  it('refuses a truncated feed and one that is not Atom', async () => {
    const truncated = await fixture('truncated.atom');
    expect(() => importAtom(truncated, testDeps())).toThrow(
      new ImportProblem('This feed is not well-formed XML (it may be truncated or damaged); nothing was imported.'),
    );
    expect(() => importAtom('<rss version="2.0"><channel/></rss>', testDeps())).toThrow('This XML file is not an Atom feed.');
  });
});
