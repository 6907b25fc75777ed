/** Pages the extension may not read: it says why in one sentence and, for web addresses, offers the link. */
import { test, expect } from './fixtures';

test('injection without the toolbar press is refused (activeTab works as designed)', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/own/sample-article/'));
  const tabId = await ext.tabIdOf(page);
  const refused = await ext.sw.evaluate(async (id) => {
    try {
      await chrome.scripting.executeScript({ target: { tabId: id }, func: () => document.title });
      return null;
    } catch (err) {
      return String((err as Error).message);
    }
  }, tabId);
  expect(refused).toMatch(/Cannot access contents of the page|permission/i);

  // The popup opened without a press says what to do, and stores nothing.
  const popup = await ext.openPopup(tabId);
  await expect(popup.getByRole('alert')).toContainText('press its toolbar button');
  const list = await ext.send<{ ok: boolean; total: number }>(popup, { type: 'listShares' });
  expect(list.total).toBe(0);
});

test('the PDF viewer: one sentence why, and a link-only share from the tab’s title and URL', async ({ ext, server }) => {
  const { popup } = await ext.sharePopupFor(server.url('/files/sample.pdf'));
  await expect(popup.getByRole('alert')).toContainText('PDF');
  await popup.getByLabel('Comment').fill('A paper worth keeping');
  await popup.getByRole('button', { name: 'Share link only' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Shared ✓' })).toBeVisible();
  const list = await ext.send<{ shares: { capture: string; url: string; comment: string; article: unknown }[] }>(popup, {
    type: 'listShares',
  });
  expect(list.shares).toHaveLength(1);
  expect(list.shares[0]).toMatchObject({
    capture: 'link',
    url: server.url('/files/sample.pdf'),
    comment: 'A paper worth keeping',
    article: null,
  });
});

test('a browser page (chrome://) says why and offers nothing to store', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('chrome://version/');
  const tabId = await ext.pressToolbarButton(page);
  const popup = await ext.openPopup(tabId);
  await expect(popup.getByRole('alert')).toContainText('chrome://');
  await expect(popup.getByRole('button', { name: /Share/ })).toHaveCount(0);
});
