/**
 * Shares for the feed benchmarks: real article HTML (Readability's output for the fixture corpus), cut to about
 * `articleBytes` at a paragraph end, with comments, tags and dates — the shape of a real personal feed — and
 * stored as the extension stores them (through the storage gate, core/stored-share.ts).
 */
import type { Share } from '../src/core/share';
import { scrubHtml } from '../src/core/feed/scrub-html';
import { corpusPageNames, readCorpusPage } from '../src/core/test-pages';

function articles(articleBytes: number): { html: string; title: string; site: string | null }[] {
  return corpusPageNames()
    .map((name) => readCorpusPage(name))
    .filter((page) => page.expectedHtml.length >= 4_000)
    .map((page) => {
      let html = page.expectedHtml;
      while (html.length < articleBytes) html += page.expectedHtml;
      const end = html.indexOf('</p>', articleBytes);
      const cut = end > 0 ? html.slice(0, end + 4) : html;
      // The gate applied once per distinct article (what toStoredShare does to each share), not 10,000 times.
      return { html: scrubHtml(cut), title: page.expected.title, site: page.expected.siteName };
    });
}

export function benchShares(count: number, articleBytes = 20_000): Share[] {
  const pool = articles(articleBytes);
  return Array.from({ length: count }, (_, n) => {
    const source = pool[n % pool.length]!;
    const at = new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString();
    const url = `https://news.example/${n % 97}/story-${n}`;
    return {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      url,
      canonicalUrl: url,
      title: source.title,
      comment: n % 3 ? `Worth reading for the part on ${source.title.slice(0, 30)} — & the <footnotes>.\n\nShared #${n}.` : '',
      tags: [['science', 'web', 'politics', 'longread'][n % 4]!, ...(n % 5 ? [] : ['favourite'])],
      sharedAt: at,
      updatedAt: at,
      capture: 'article',
      article: {
        content: source.html,
        excerpt: `${source.title}: the first paragraph of the story, as its site describes it.`,
        byline: n % 2 ? 'A. Writer' : null,
        siteName: source.site,
        lang: 'en',
        publishedAt: at,
        modifiedAt: null,
        image: n % 2 ? `https://news.example/img/${n}.jpg` : null,
        favicon: 'https://news.example/favicon.ico',
        wordCount: 3_000,
        truncated: false,
      },
    };
  });
}
