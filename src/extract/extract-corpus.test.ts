/**
 * The extractor over every real page of the fixture corpus, against what Readability is expected to find there:
 * title, byline, site name, language, excerpt and the article's text. Differences are listed, with reasons, in
 * test-corpus.ts; anything else that differs fails. A summary table is printed at the end.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPage } from './extract-page';
import { readHtml } from '../core/feed/html-check';
import { scrubHtml } from '../core/feed/scrub-html';
import { KEPT_ELEMENTS } from '../core/feed/html-policy';
import type { CapturedPage } from './types';
import { OTHER_BYLINES, OTHER_EXCERPTS, OTHER_PUBLISHED_TIMES, OTHER_SITE_NAMES, REJECTED_STUBS, expectedTitle } from './test-corpus';
import { corpusAvailable, corpusPageNames, readCorpusPage } from '../core/test-pages';
import { tokenOverlap } from './token-overlap';

const names = corpusPageNames();
const quiet = new VirtualConsole(); // the pages' CSS is not ours to lint

function textOf(html: string): string {
  return new JSDOM(`<body>${html}`).window.document.body.textContent ?? '';
}

function tidy(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** "By Ana Sandoiu", "Par Sébastien Farcis" and "Ana  Sandoiu" name the same person. */
function person(byline: string | null | undefined): string {
  return tidy(byline).replace(/^(?:by|par)\s+/i, '');
}

const tally = { pages: 0, titles: 0, bylines: 0, images: 0, fallbacks: new Map<string, number>() };

// Without the corpus the file still holds one (skipped) suite, so the run says what it left out.
if (!corpusAvailable) describe.skip('the real-page corpus', () => it('extracts every page as Readability expects', () => {}));

describe.each(names)('%s', (name) => {
  const { source, expectedHtml, expected } = readCorpusPage(name);
  const url = `https://fixtures.example/pages/${name}/`;
  const reply = extractPage(new JSDOM(source, { url, virtualConsole: quiet }).window.document, { mode: 'auto' });
  if (!reply.ok) throw new Error(`${name}: ${reply.error}`);
  const page: CapturedPage = reply.page;
  const article = page.article;
  tally.pages++;
  if (page.capture !== 'article') tally.fallbacks.set(page.capture, (tally.fallbacks.get(page.capture) ?? 0) + 1);
  if (article?.image) tally.images++;

  it('has the expected title', () => {
    expect(page.title).toBe(expectedTitle(name, expected.title, url));
    tally.titles++;
  });

  it('never has empty content without saying what it shares instead', () => {
    if (page.capture === 'article') expect(tidy(textOf(article!.content)).length).toBeGreaterThan(0);
    else expect(page.notice).toMatch(/ — sharing (?:your selection|its description|the link only)/);
    if (page.capture !== 'link') expect(tidy(article!.excerpt)).not.toBe('');
  });

  it('loses nothing at the storage gate: every word captured and every element of reading markup is stored', () => {
    if (!article) return;
    const captured = readHtml(article.content);
    const stored = readHtml(scrubHtml(article.content, url));
    expect(stored.text).toBe(captured.text);
    const reading = captured.elements.filter((e) => KEPT_ELEMENTS.has(e.name) && (e.name !== 'img' || /^https?:/.test(e.attrs.src ?? '')));
    expect(stored.elements.map((e) => e.name)).toEqual(reading.map((e) => e.name));
  });

  it('captures the article text Readability finds', () => {
    if (REJECTED_STUBS[name]) {
      expect(page.capture).not.toBe('article');
      return;
    }
    expect(page.capture).toBe('article');
    const { recall, precision } = tokenOverlap(textOf(expectedHtml), textOf(article!.content));
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the byline, site name, language and excerpt the page declares', () => {
    if (!article) return;
    if (name in OTHER_BYLINES) expect(article.byline).toBe(OTHER_BYLINES[name]);
    else if (expected.byline) {
      expect(person(article.byline)).toBe(person(expected.byline));
      tally.bylines++;
    }
    if (expected.siteName) expect(article.siteName).toBe(OTHER_SITE_NAMES[name] ?? expected.siteName);
    if (expected.lang) expect(article.lang?.toLowerCase()).toBe(expected.lang.toLowerCase());
    if (expected.excerpt && !OTHER_EXCERPTS.has(name)) expect(tidy(article.excerpt)).toBe(tidy(expected.excerpt));
    if (expected.publishedTime) {
      const want = OTHER_PUBLISHED_TIMES[name] ?? expected.publishedTime;
      // Expected times without a zone are the page's local time; we read them as UTC.
      const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(want) ? want : `${want.replace(' ', 'T')}Z`;
      expect(article.publishedAt).toBe(new Date(zoned).toISOString());
    }
  });
});

afterAll(() => {
  if (!corpusAvailable) return;
  const fallbacks = [...tally.fallbacks].map(([capture, n]) => `${capture} ${n}`).join(', ') || 'none';
  console.log(
    [
      'Extraction over the fixture corpus',
      `  pages            ${tally.pages}`,
      `  titles matched   ${tally.titles}`,
      `  bylines matched  ${tally.bylines}`,
      `  lead images      ${tally.images}`,
      `  fallbacks used   ${fallbacks}`,
    ].join('\n'),
  );
});
