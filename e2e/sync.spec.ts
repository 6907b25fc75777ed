/**
 * Two browser profiles (two Chromium instances with the built extension) keeping one history through the same real
 * Apache mod_dav folder: set up on the options page, a share in one appears in the other with nothing pressed,
 * concurrent edits and deletions follow the rule, the same page shared in both becomes one share, and many shares
 * arrive exactly once.
 */
import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, launchWithExtension, ExtensionDriver } from './fixtures';
import { DAV_PASSWORD, DAV_USER, startDav, type DavServer } from '../test-servers/apache-dav';
import { seedShare } from './seed';
import type { Share } from '../src/core/share';

interface Browser {
  ext: ExtensionDriver;
  page: Page;
  close(): Promise<void>;
}

async function secondBrowser(): Promise<Browser> {
  const { context, profile } = await launchWithExtension();
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const ext = new ExtensionDriver(context, sw, new URL(sw.url()).host);
  const page = await context.newPage();
  await page.goto(ext.url('src/options/index.html'));
  return { ext, page, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

async function firstBrowser(ext: ExtensionDriver, context: BrowserContext): Promise<Browser> {
  const page = await context.newPage();
  await page.goto(ext.url('src/options/index.html'));
  return { ext, page, close: async () => undefined };
}

async function turnOnSync(browser: Browser, dav: DavServer) {
  const panel = browser.page.getByRole('region', { name: 'Sync' });
  await panel.getByLabel('Sync this browser').check();
  await panel.getByLabel('A WebDAV folder of its own').check();
  await panel.getByLabel('Sync folder address').fill(`${dav.folderUrl}sync/`);
  await panel.getByLabel('Sync user name').fill(DAV_USER);
  await panel.getByLabel('Sync password').fill(DAV_PASSWORD);
  await panel.getByRole('button', { name: 'Save sync' }).click();
  await expect(panel.getByRole('status').first()).toHaveText('Saved ✓ — syncing now.');
}

const shares = async (b: Browser) => (await b.ext.send<{ shares: Share[] }>(b.page, { type: 'listShares', limit: 500 })).shares;
const syncNow = (b: Browser) => b.ext.send<{ ok: boolean; error?: string }>(b.page, { type: 'syncNow' });

test('a share in one browser appears in the other within a minute, with nothing pressed', async ({ ext, context, server }) => {
  test.setTimeout(150_000);
  const dav = await startDav();
  const a = await firstBrowser(ext, context);
  const b = await secondBrowser();
  try {
    await turnOnSync(a, dav);
    await turnOnSync(b, dav);
    const { popup } = await ext.sharePopupFor(server.url('/own/sample-article/'));
    await popup.getByLabel('Comment').fill('Shared in A.');
    await popup.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(popup.getByRole('status').filter({ hasText: 'Shared ✓' })).toBeVisible();
    // A sends it a few seconds after the change; B's minute alarm takes it.
    await expect
      .poll(async () => (await shares(b)).map((s) => s.comment), { timeout: 90_000, intervals: [2_000] })
      .toEqual(['Shared in A.']);
    await expect(b.page.getByTestId('sync-status')).toContainText('Last synced');
    const [inA] = await shares(a);
    const [inB] = await shares(b);
    expect(inB).toEqual(inA);
  } finally {
    await b.close();
    await dav.dispose();
  }
});

test('concurrent edit and delete, the same page in both, and twenty shares: one history, each share once', async ({ ext, context }) => {
  test.setTimeout(120_000);
  const dav = await startDav();
  const a = await firstBrowser(ext, context);
  const b = await secondBrowser();
  try {
    await turnOnSync(a, dav);
    await turnOnSync(b, dav);
    const [one, two] = [seedShare(1), seedShare(2)];
    await a.ext.send(a.page, { type: 'importShares', shares: [one, two] });
    expect(await syncNow(a)).toMatchObject({ ok: true });
    expect(await syncNow(b)).toMatchObject({ ok: true });
    expect((await shares(b)).map((s) => s.id).sort()).toEqual([one.id, two.id].sort());

    // B edits one while A deletes it; then A edits two after B deleted it. The newer change wins each time.
    await b.ext.send(b.page, { type: 'updateShare', id: one.id, comment: 'B edited' });
    await a.ext.send(a.page, { type: 'deleteShare', id: one.id });
    await b.ext.send(b.page, { type: 'deleteShare', id: two.id });
    await a.ext.send(a.page, { type: 'updateShare', id: two.id, comment: 'A edited after B deleted' });
    for (const browser of [a, b, a, b]) expect(await syncNow(browser)).toMatchObject({ ok: true });
    for (const browser of [a, b]) {
      const list = await shares(browser);
      expect(list.map((s) => [s.id, s.comment])).toEqual([[two.id, 'A edited after B deleted']]);
    }

    // The same page shared in both browsers, each with its own id: one share, under the earlier one's id.
    const page = { url: 'https://news.example/one-page', canonicalUrl: 'https://news.example/one-page' };
    const early = { ...seedShare(3), ...page, sharedAt: '2025-06-01T00:00:00.000Z', updatedAt: '2025-06-01T00:00:00.000Z' };
    const late = {
      ...seedShare(4),
      ...page,
      comment: 'later, in B',
      sharedAt: '2025-06-02T00:00:00.000Z',
      updatedAt: '2025-06-02T00:00:00.000Z',
    };
    await a.ext.send(a.page, { type: 'importShares', shares: [early] });
    await b.ext.send(b.page, { type: 'importShares', shares: [late] });
    // Twenty more in A while B syncs in between.
    for (let i = 0; i < 20; i += 5) {
      await a.ext.send(a.page, { type: 'importShares', shares: Array.from({ length: 5 }, (_, j) => seedShare(100 + i + j)) });
      expect(await syncNow(a)).toMatchObject({ ok: true });
      expect(await syncNow(b)).toMatchObject({ ok: true });
    }
    for (const browser of [a, b, a]) expect(await syncNow(browser)).toMatchObject({ ok: true });
    const [inA, inB] = [await shares(a), await shares(b)];
    expect(inB).toEqual(inA);
    expect(inA).toHaveLength(22);
    expect(new Set(inA.map((s) => s.canonicalUrl)).size).toBe(22);
    expect(inA.find((s) => s.canonicalUrl === page.canonicalUrl)).toMatchObject({
      id: early.id,
      sharedAt: early.sharedAt,
      comment: 'later, in B',
    });
  } finally {
    await b.close();
    await dav.dispose();
  }
});
