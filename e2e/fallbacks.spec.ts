/**
 * Our hand-written pages (test-pages/) in real Chromium: a page that is not an article, a selection, GitHub's
 * hidden error banner, lazy images and hostile markup — each shared through the real popup, then checked in
 * storage, in the exported feed, and (for the hostile page) in the reader view, which must run nothing.
 */
import { readFileSync } from 'node:fs';
import { parseAtomFeed } from 'feedsmith';
import { test, expect, type ExtensionDriver } from './fixtures';
import { textOf } from './expected';
import type { Page } from '@playwright/test';
import type { Share } from '../src/core/share';

async function newest(ext: ExtensionDriver, from: Page): Promise<Share> {
  const reply = await ext.send<{ ok: boolean; shares: Share[] }>(from, { type: 'listShares', limit: 1 });
  expect(reply.ok).toBe(true);
  return reply.shares[0]!;
}

/**
 * What is dangerous in stored or exported HTML, read the way a browser reads it (DOMParser in an extension page,
 * inert): forbidden elements, event handler or style attributes, URLs that are not http(s) or mailto.
 */
function dangerIn(page: Page, html: string): Promise<string[]> {
  return page.evaluate((markup) => {
    const FORBIDDEN =
      /^(?:script|style|iframe|frame|object|embed|form|input|button|textarea|select|svg|math|base|meta|link|template|noscript)$/;
    const found: string[] = [];
    const body = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').body;
    for (const el of Array.from(body.querySelectorAll('*'))) {
      if (FORBIDDEN.test(el.localName)) found.push(`<${el.localName}>`);
      for (const { name, value } of Array.from(el.attributes)) {
        if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') found.push(`${name}= on <${el.localName}>`);
        if (['href', 'src', 'cite', 'action', 'formaction', 'srcset', 'poster'].includes(name) && !/^(?:https?:|mailto:)/i.test(value)) {
          found.push(`${name}="${value}"`);
        }
      }
    }
    return found;
  }, html);
}

/** Console errors and dialogs in our own pages; images the fixture server does not have (404) do not count. */
function watch(page: Page, problems: string[], where: string): void {
  page.on('dialog', (d) => void d.dismiss().then(() => problems.push(`${where} dialog: ${d.message()}`)));
  page.on(
    'console',
    (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`${where} console: ${m.text()}`),
  );
  page.on('pageerror', (e) => problems.push(`${where} error: ${e.message}`));
}

async function share(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: /^(Share|Update)$/ }).click();
  await expect(popup.getByRole('status').filter({ hasText: /Shared ✓|Updated ✓/ })).toBeVisible();
}

test('a page that is not an article: the popup says so and shares the description', async ({ ext, server }) => {
  const { popup } = await ext.sharePopupFor(server.url('/own/not-an-article/'));
  await expect(popup.getByRole('note')).toHaveText('This page is mostly links, not an article — sharing its description instead.');
  await expect(popup.getByLabel('Page description')).toBeChecked();
  await share(popup);
  const stored = await newest(ext, popup);
  expect(stored.capture).toBe('description');
  expect(textOf(stored.article!.content)).toMatch(/\S{3,}/);
  expect(stored.title).not.toMatch(/^(?:None|null|undefined)?$/);
});

test('GitHub’s hidden “You can’t perform that action” banner is never shared as the article', async ({ ext, server }) => {
  const { popup } = await ext.sharePopupFor(server.url('/own/github-error/'));
  await expect(popup.getByRole('note')).toContainText('sharing its description instead');
  await share(popup);
  const stored = await newest(ext, popup);
  expect(stored.capture).toBe('description');
  expect(textOf(stored.article!.content)).toContain('Tide tables for the command line, offline.');
  expect(JSON.stringify(stored)).not.toContain('perform that action');
});

test('a selection on a page without an article is shared as a quote', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/own/selection/'));
  await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('#review-2')!));
  const popup = await ext.openPopup(await ext.pressToolbarButton(page));
  await expect(popup.getByRole('note')).toHaveText('No article found on this page — sharing your selection instead.');
  await expect(popup.getByLabel('Selection as quote')).toBeChecked();
  await popup.getByLabel('Comment').fill('The review that sold me.');
  await share(popup);
  const stored = await newest(ext, popup);
  expect(stored).toMatchObject({ capture: 'selection', comment: 'The review that sold me.', title: 'Tern Two-Piece Touring Paddle' });
  expect(stored.article!.content).toMatch(/^<blockquote>/);
  expect(textOf(stored.article!.content)).toContain('The ferrule joint clicks in firmly');
  expect(textOf(stored.article!.content)).not.toContain('Light enough for a full day');
});

test('the person can still choose link only', async ({ ext, server }) => {
  const { popup } = await ext.sharePopupFor(server.url('/own/plain-article/'));
  await expect(popup.getByLabel('Full article')).toBeChecked();
  await popup.getByLabel('Link only').check();
  await expect(popup.getByText('Only the link and title will be shared.')).toBeVisible();
  await share(popup);
  expect(await newest(ext, popup)).toMatchObject({
    capture: 'link',
    article: null,
    title: 'Counting Hedgerows: What Our Parish Survey Found',
  });
});

test('lazy-loaded images are stored with their real, absolute sources', async ({ ext, server }) => {
  const { popup } = await ext.sharePopupFor(server.url('/own/lazy-images/'));
  await share(popup);
  const stored = await newest(ext, popup);
  const sources = [...stored.article!.content.matchAll(/<img [^>]*src='([^']+)'/g)].map((m) => m[1]);
  const img = (file: string) => server.url(`/own/lazy-images/img/${file}`);
  expect(sources).toEqual(
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
});

for (const name of ['hostile-markup', 'hostile-svg-math', 'hostile-mxss', 'hostile-base']) {
  test(`${name}: nothing from the page runs or reaches storage, the reader view or the feed`, async ({ ext, server }) => {
    const problems: string[] = [];
    const { page, popup } = await ext.sharePopupFor(server.url(`/own/${name}/`));
    // The payloads set self.xss; on the page itself they may run (it is the page's own script), never in ours.
    watch(popup, problems, 'popup');
    await share(popup);
    const stored = await newest(ext, popup);
    expect(stored.capture).toBe('article');
    expect(await dangerIn(popup, stored.article!.content)).toEqual([]);

    const reader = await ext.context.newPage();
    watch(reader, problems, 'reader');
    await reader.goto(ext.url(`src/reader/index.html?id=${stored.id}`));
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(stored.title);
    // Events that would fire any handler left behind.
    for (const el of await reader.locator('article .content *').all()) {
      for (const type of ['mouseover', 'focus', 'load', 'error']) await el.dispatchEvent(type);
    }
    await reader.waitForTimeout(300);
    expect(await reader.evaluate(() => (self as unknown as { xss?: unknown }).xss)).toBeUndefined();
    expect(await popup.evaluate(() => (self as unknown as { xss?: unknown }).xss)).toBeUndefined();

    const downloading = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Export Atom' }).click();
    const atom = readFileSync((await (await downloading).path())!, 'utf8');
    const entry = parseAtomFeed(atom).entries![0]!;
    expect(await dangerIn(popup, entry.content?.value ?? '')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
}
