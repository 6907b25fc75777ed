/** What the fixture pages are known to contain, read from ../shared/fixtures/pages for the assertions. */
import { parseHTML } from 'linkedom';
import { readCorpusPage } from '../src/core/test-pages';
import { expectedTitle } from '../src/extract/test-corpus';

export interface ExpectedPage {
  /** Readability's title, cleaned of the site's name where the corpus test says we do. */
  title: string;
  byline: string | null;
  siteName: string | null;
  /** A sentence from the article body as Readability extracts it. */
  sentence: string;
}

export function expectedPage(name: string, url: string): ExpectedPage {
  const { expected: meta, expectedHtml: html } = readCorpusPage(name);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraph = [...document.querySelectorAll('p')].map((p) => normalize(p.textContent ?? '')).find((text) => text.length > 80);
  if (!paragraph) throw new Error(`${name}: no paragraph in expected.html`);
  return { title: expectedTitle(name, meta.title, url), byline: meta.byline, siteName: meta.siteName, sentence: paragraph.slice(0, 70) };
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The visible text of stored HTML, for comparing with a sentence. */
export function textOf(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return normalize(document.body.textContent ?? '');
}
