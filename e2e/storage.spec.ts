/**
 * Storage, as the browser really limits it: with Sharefeed's quota cut to almost nothing (Chromium's own quota
 * override, over CDP), a share fails with one sentence, the comment and tags stay in the form, nothing half-written
 * is stored, and pressing again once there is room stores it. Also: the extension asks for persistent storage.
 */
import { test, expect } from './fixtures';
import type { Share } from '../src/core/share';

test('a full disk: the reason in one sentence, nothing lost, and a retry that works', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/own/sample-article/'));
  // Chromium applies the override to a database not yet written to in this session: set before the popup opens
  // (whose preview would otherwise keep its capture in the database first).
  const cdp = await ext.context.newCDPSession(page);
  const origin = `chrome-extension://${ext.id}`;
  await cdp.send('Storage.overrideQuotaForOrigin' as never, { origin, quotaSize: 1024 } as never);
  const popup = await ext.openPopup(await ext.pressToolbarButton(page));
  // The preview still works: keeping the capture for Share is a convenience that a full disk only skips.
  await expect(popup.getByLabel('Title')).toHaveValue('The Library Where Nobody Borrows Books');
  await popup.getByLabel('Comment').fill('Keep this comment');
  const tags = popup.getByLabel('Tags');
  await tags.fill('history');
  await tags.press('Enter');
  await popup.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(popup.getByRole('alert')).toHaveText(
    /^Your browser’s storage for Sharefeed is full — free some disk space or delete old shares, then retry\.$/,
  );
  await expect(popup.getByText('Your comment and tags are kept — press again to retry.')).toBeVisible();
  await expect(popup.getByLabel('Comment')).toHaveValue('Keep this comment');
  await expect(popup.getByRole('button', { name: 'Remove tag history' })).toBeVisible();
  const none = await ext.send<{ total: number }>(popup, { type: 'listShares' });
  expect(none.total).toBe(0);

  // Room again (the override lifted): the same press stores the share, whole.
  await cdp.send('Storage.overrideQuotaForOrigin' as never, { origin } as never);
  await popup.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Shared ✓' })).toBeVisible();
  const { shares } = await ext.send<{ shares: Share[] }>(popup, { type: 'listShares' });
  expect(shares).toHaveLength(1);
  expect(shares[0]).toMatchObject({
    title: 'The Library Where Nobody Borrows Books',
    comment: 'Keep this comment',
    tags: ['history'],
    capture: 'article',
  });
  await cdp.detach();
});

test('after the first share, the extension has asked for storage the browser will not evict', async ({ ext, server }) => {
  const { popup } = await ext.sharePopupFor(server.url('/own/plain-article/'));
  const asked = popup.evaluate(() => {
    const original = navigator.storage.persist.bind(navigator.storage);
    return new Promise<boolean>((resolve) => {
      navigator.storage.persist = () => {
        resolve(true);
        return original();
      };
    });
  });
  await popup.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Shared ✓' })).toBeVisible();
  expect(await asked).toBe(true);
});
