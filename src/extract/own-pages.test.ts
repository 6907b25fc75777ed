/**
 * The extractor over our hand-written pages in test-pages/ (served at /own/<name>/ for the E2E suite too): what each
 * kind of page must yield — the article with its metadata, or the right fallback and the sentence that explains it —
 * plus generated pages for the size limits and for titles with a site name glued on.
 */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from './extract-page';
import { toStoredPage } from '../core/captured-page';
import { literalTree, readHtml } from '../core/feed/html-check';
import type { CapturedPage, ExtractRequest } from './types';

const ORIGIN = 'http://127.0.0.1:4321';
const quiet = new VirtualConsole();

const source = (name: string) => readFileSync(new URL(`../../test-pages/${name}/source.html`, import.meta.url), 'utf8');
const load = (name: string, html = source(name)) =>
  new JSDOM(html, { url: `${ORIGIN}/own/${name}/`, virtualConsole: quiet }).window.document;

function extract(doc: Document, mode: ExtractRequest['mode'] = 'auto', limits?: Parameters<typeof extractPage>[2]): CapturedPage {
  const reply = extractPage(doc, { mode }, limits);
  if (!reply.ok) throw new Error(reply.error);
  return reply.page;
}

/** Stored HTML as a document, to look at it as a reader would. */
const parse = (html: string) => new JSDOM(`<!doctype html><body>${html}`).window.document.body;
const textOf = (html: string) => (parse(html).textContent ?? '').replace(/\s+/g, ' ').trim();
const attrs = (html: string, selector: string, attr: string) =>
  Array.from(parse(html).querySelectorAll(selector), (el) => el.getAttribute(attr));
const captures = (page: CapturedPage) => [page.capture, ...page.alternatives.map((a) => a.capture)];
const allText = (page: CapturedPage) =>
  [page.article, ...page.alternatives.map((a) => a.article)].map((a) => textOf(a?.content ?? '')).join(' ');

const WHY = {
  notice: 'This page shows only a notice (cookies, JavaScript or an error), not an article',
  links: 'This page is mostly links, not an article',
  none: 'No article found on this page',
  paywall: 'Only a paywall preview of this article is readable',
};

describe('plain-article', () => {
  const doc = load('plain-article');
  const before = doc.documentElement.outerHTML;
  const page = extract(doc);
  const article = page.article!;

  it('is captured as the article, with the metadata the page declares', () => {
    expect(page).toMatchObject({ capture: 'article', notice: null, title: 'Counting Hedgerows: What Our Parish Survey Found' });
    expect(page.canonicalUrl).toBe(`${ORIGIN}/own/plain-article/`); // utm_ parameters and #top dropped
    expect(article).toMatchObject({
      byline: 'Priya Ashdown',
      siteName: 'Field Notes Quarterly',
      lang: 'en-GB',
      publishedAt: '2024-05-14T07:30:00.000Z',
      modifiedAt: '2024-05-16T16:05:00.000Z',
      image: `${ORIGIN}/own/plain-article/img/hawthorn-lane-1200.jpg`,
      favicon: `${ORIGIN}/own/plain-article/favicon.svg`,
      excerpt: expect.stringMatching(/^Forty-one hedges, one summer and a borrowed tape measure/),
      truncated: false,
    });
    expect(article.wordCount).toBeGreaterThan(500);
    expect(captures(page)).toEqual(['article', 'description', 'link']);
  });

  it('stores the body with absolute links and images, without the site around it', () => {
    const text = textOf(article.content);
    expect(text).toContain('Of the forty-one hedges we walked, twenty-six held at least five woody species in a thirty-metre stretch.');
    expect(text).toContain('by the third hedge, everybody does.');
    expect(text).not.toMatch(/More from Field Notes|Mending a dry-stone wall|Privacy|Newsletter/);
    expect(attrs(article.content, 'a', 'href')).toEqual(
      expect.arrayContaining([`${ORIGIN}/own/lazy-images/`, `${ORIGIN}/own/not-an-article/`]),
    );
    expect(attrs(article.content, 'img', 'src')).toContain(`${ORIGIN}/own/plain-article/img/survey-card.jpg`);
    for (const url of [...attrs(article.content, '[href]', 'href'), ...attrs(article.content, '[src]', 'src')])
      expect(url).toMatch(/^(?:https?|mailto):/);
  });

  it('leaves the live page as it was', () => expect(doc.documentElement.outerHTML).toBe(before));
});

describe('pages without an article fall back, saying why', () => {
  const meta = (name: string) =>
    load(name).querySelector('meta[name=description], meta[property="og:description"]')?.getAttribute('content');
  it.each([
    ['not-an-article', 'description', WHY.links],
    ['no-description', 'link', null],
    ['cookie-wall', 'description', WHY.notice],
    ['enable-javascript', 'link', WHY.notice],
    ['paywall-stub', 'description', WHY.paywall],
    ['github-error', 'description', null],
  ] as const)('%s → %s', (name, capture, why) => {
    const page = extract(load(name));
    expect(page.capture).toBe(capture);
    const instead = capture === 'link' ? 'sharing the link only' : 'sharing its description instead';
    expect(Object.values(WHY).map((reason) => `${reason} — ${instead}.`)).toContain(page.notice);
    if (why) expect(page.notice).toBe(`${why} — ${instead}.`);
    if (capture === 'description') expect(textOf(page.article!.content)).toBe(meta(name));
    else expect(page.article).toBeNull();
    expect(allText(page)).not.toMatch(/cookies|JavaScript|perform that action|Subscribe|Sign in/i);
  });

  it('sees a paywall prompt inside the article body', () => {
    const html = source('paywall-stub').replace(/(cost them<\/p>)([\s\S]*?)(<div class="paywall"[\s\S]*?<\/div>)/, '$1$3$2');
    expect(extract(load('paywall-stub', html)).notice).toBe(`${WHY.paywall} — sharing its description instead.`);
  });
});

describe('GitHub repository pages', () => {
  it.each([
    ['hidden', (html: string) => html],
    ['shown', (html: string) => html.replace('flash flash-error" hidden>', 'flash flash-error">')],
    ['hidden by a class', (html: string) => html.replace('flash flash-error" hidden>', 'flash flash-error d-none">')],
  ])('never stores the "You can’t perform that action" banner (%s) as the article', (_, variant) => {
    const page = extract(load('github-error', variant(source('github-error'))));
    expect(page.capture).not.toBe('article');
    expect(allText(page)).not.toMatch(/perform that action/);
    expect(page.title).toBe('tidewater-labs/tidewater: Tide tables for the command line, offline');
  });

  it('captures the README when there is one', () => {
    const page = extract(load('github-readme'));
    expect(page).toMatchObject({
      capture: 'article',
      notice: null,
      title: 'tidewater-labs/tidewater: Tide tables for the command line, offline',
    });
    expect(page.article!.siteName).toBe('GitHub');
    const text = textOf(page.article!.content);
    expect(text).toContain('Tidewater prints tide tables in your terminal without a network connection.');
    expect(text).toContain('treat Tidewater as a planning aid rather than a navigational instrument.');
    expect(text).not.toMatch(/perform that action|Dismiss|Sign up|Releases/);
  });
});

describe('selection', () => {
  const selectIn = (doc: Document, selector: string) => doc.getSelection()!.selectAllChildren(doc.querySelector(selector)!);

  it('quotes the selection on a page without an article', () => {
    const doc = load('selection');
    selectIn(doc, '#review-2');
    const page = extract(doc);
    expect(page).toMatchObject({
      capture: 'selection',
      notice: `${WHY.none} — sharing your selection instead.`,
      title: 'Tern Two-Piece Touring Paddle',
    });
    const quote = parse(page.article!.content);
    expect(quote.children.length === 1 && quote.firstElementChild!.localName).toBe('blockquote');
    expect(textOf(page.article!.content)).toContain(
      'The ferrule joint clicks in firmly and has not worked loose after a season of sea trips',
    );
    expect(textOf(page.article!.content)).not.toContain('Light enough for a full day');
    expect(page.article!.excerpt).toMatch(/^★★★★☆ saltmarsh The ferrule joint/);
    expect(captures(page)).toEqual(['selection', 'link']);
  });

  it('wraps an inline selection in a paragraph', () => {
    const doc = load('selection');
    const text = doc.querySelector('#review-2-text')!.firstChild!;
    const range = doc.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 38);
    doc.getSelection()!.addRange(range);
    expect(extract(doc).article!.content).toBe('<blockquote><p>ferrule joint clicks in firmly and</p></blockquote>');
  });

  it('takes the selection on an article page when asked to, keeping the article as an alternative', () => {
    const doc = load('plain-article');
    selectIn(doc, '.post-content blockquote');
    const page = extract(doc, 'selection');
    expect(page).toMatchObject({ capture: 'selection', notice: null, title: 'Counting Hedgerows: What Our Parish Survey Found' });
    expect(page.article).toMatchObject({ byline: 'Priya Ashdown', siteName: 'Field Notes Quarterly', lang: 'en-GB' });
    expect(textOf(page.article!.content)).toMatch(/^"You walk past a hedge every day for thirty years.*older than the church tower\."$/);
    expect(captures(page)).toEqual(['selection', 'article', 'description', 'link']);
    expect(captures(extract(doc, 'auto'))).toEqual(['article', 'selection', 'description', 'link']);
  });

  it('answers with an error when asked for a selection and nothing is selected', () => {
    expect(extractPage(load('plain-article'), { mode: 'selection' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^Nothing is selected/),
    });
  });
});

it('lazy-images: every image ends up with its real, absolute source', () => {
  const page = extract(load('lazy-images'));
  expect(page.capture).toBe('article');
  const img = (file: string) => `${ORIGIN}/own/lazy-images/img/${file}`;
  expect(attrs(page.article!.content, 'img', 'src')).toEqual(
    [
      'breakwater-dawn.jpg',
      'grading-1920.jpg',
      'auction-2x.jpg',
      'ice-plant-1600.webp',
      'crates-1400.webp',
      'nets-loft.jpg',
      'gulls.jpg',
    ].map(img),
  );
  expect(page.article!.image).toBe(img('breakwater-dawn.jpg'));
});

it('frames: the article is captured without its frames or what they hold', () => {
  const page = extract(load('frames'));
  expect(page).toMatchObject({ capture: 'article', title: 'Walking the Old Railway Line from Ashby to Coldharbour' });
  expect(page.article!.byline).toBe('Eleanor Voss');
  expect(parse(page.article!.content).querySelector('iframe, frame, object, embed')).toBeNull();
  const text = textOf(page.article!.content);
  expect(text).toContain('The tunnel itself is closed to protect a colony of bats');
  expect(text).not.toMatch(/Poll|Vote/);
});

it('stores, once through the storage gate, HTML that parses into the tree it spells out', () => {
  for (const name of ['plain-article', 'github-readme', 'lazy-images', 'frames', 'sample-article']) {
    const { content } = toStoredPage(extract(load(name))).article!;
    expect(readHtml(content).tree, name).toEqual(literalTree(content));
  }
});

/** A generated article page: `paragraphs` paragraphs of plausible prose, with the given head. */
function articlePage(head: string, paragraphs: number, body = ''): string {
  const prose = (i: number) =>
    `<p>Paragraph ${i + 1}: the ferry left the slipway at half past seven, loaded with two tractors, a van of groceries and the island's new schoolteacher, who stood at the rail the whole way and watched the hills come closer through the rain.</p>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}<main><article>${Array.from({ length: paragraphs }, (_, i) => prose(i)).join('\n')}</article></main></body></html>`;
}

describe('size limits', () => {
  it('skips Readability on a page of 50,000 elements, quickly, and says so', () => {
    const spans = '<span>tide </span>'.repeat(1000);
    const html = articlePage(
      '<title>Tide gauge readings</title><meta name="description" content="Every reading from the harbour gauge.">',
      0,
      `<div>${spans}</div>`.repeat(50),
    );
    const doc = load('huge-elements', html);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThanOrEqual(50_000);
    const start = performance.now();
    const page = extract(doc);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(page.capture).toBe('description');
    expect(page.notice).toMatch(/^This page is too large to extract \(50,\d{3} elements\) — sharing its description instead\.$/);
  });

  it('skips Readability on 5 MB of HTML, quickly, and says so', () => {
    const html = articlePage('<title>Tide gauge log</title>', 0, `<pre>${'03:15 4.2m rising; '.repeat(280_000)}</pre>`);
    expect(html.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const doc = load('huge-bytes', html);
    const start = performance.now();
    const page = extract(doc);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(page).toMatchObject({ capture: 'link', article: null });
    expect(page.notice).toMatch(/^This page is too large to extract \(5\.\d MB of HTML\) — sharing the link only\.$/);
  });

  it('cuts a very long article to the storage cap, marking the cut', () => {
    const page = extract(load('long', articlePage('<title>The Island Ferry</title>', 3000)));
    expect(page).toMatchObject({ capture: 'article', notice: 'This article is very long, so only its beginning is stored.' });
    const { content, truncated } = page.article!;
    expect(truncated).toBe(true);
    expect(new TextEncoder().encode(content).length).toBeLessThanOrEqual(512 * 1024);
    expect(textOf(content)).toMatch(/^Paragraph 1: the ferry left/);
    expect(parse(content).lastElementChild!.textContent).toBe(
      'This copy stops here: the article is longer than the 512 KB Sharefeed stores. The original page has the rest.',
    );
  });
});

describe('titles', () => {
  const titled = (head: string, h1 = '') => extract(load('titles', articlePage(head, 6, h1))).title;
  it.each([
    [
      'Story | Site',
      '<title>Tea Clippers and the Race Home | Maritime Monthly</title><meta property="og:site_name" content="Maritime Monthly">',
      'Tea Clippers and the Race Home',
    ],
    [
      'Site – Story',
      '<title>Maritime Monthly – Tea Clippers and the Race Home</title><meta property="og:site_name" content="Maritime Monthly">',
      'Tea Clippers and the Race Home',
    ],
    [
      'Story - Author - Medium',
      '<title>Tea Clippers and the Race Home - Ann Ferrier - Medium</title><meta name="author" content="Ann Ferrier"><meta property="og:site_name" content="Medium">',
      'Tea Clippers and the Race Home',
    ],
    [
      'a dash of its own',
      '<title>Tea Clippers - The Fastest Sailing Ships Ever Built</title><meta property="og:site_name" content="Maritime Monthly">',
      'Tea Clippers - The Fastest Sailing Ships Ever Built',
    ],
    [
      'og:title without the site',
      '<title>Tea Clippers and the Race Home | Maritime Monthly</title><meta property="og:title" content="Tea Clippers and the Race Home">',
      'Tea Clippers and the Race Home',
    ],
  ])('%s', (_, head, title) => expect(titled(head)).toBe(title));

  it('never uses a placeholder such as "None" or "null"', () => {
    expect(titled('<title>None</title><meta property="og:title" content="None">', '<h1>The Last Tea Clipper</h1>')).toBe(
      'The Last Tea Clipper',
    );
    expect(titled('<title>null</title><meta name="twitter:title" content="undefined">')).toBe('127.0.0.1:4321/own/titles');
  });
});
