/**
 * Screenshots for the README, taken from the real extension: popup (light and dark), reader view, options page, and
 * the options page's Publishing section after a publish to a real Apache WebDAV folder.
 */
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { ROOT } from './fixture-server';
import { seed } from './seed';
import { DAV_PASSWORD, DAV_USER, startDav } from '../test-servers/apache-dav';

/** The README's pictures are retaken only when asked (SHAREFEED_SCREENSHOTS=1), so a test run leaves the tree as it was. */
const folder = process.env.SHAREFEED_SCREENSHOTS === '1' ? 'docs/screenshots' : '.tmp/screenshots';
const shot = (name: string) => resolve(ROOT, folder, `${name}.png`);

test('README screenshots of the popup, the reader view and the options page', async ({ ext, server }) => {
  const { page, popup, tabId } = await ext.sharePopupFor(server.url('/own/sample-article/'));
  await seed(ext, popup, 12);
  await popup.close();

  for (const scheme of ['light', 'dark'] as const) {
    const view = await ext.context.newPage();
    await view.setViewportSize({ width: 420, height: 640 });
    await view.emulateMedia({ colorScheme: scheme });
    await view.goto(ext.url(`src/popup/index.html?tab=${tabId}`));
    await expect(view.getByLabel('Title')).not.toHaveValue('');
    await view.getByLabel('Comment').fill('A town library that lends ladders, not books — and the advice that comes with them.');
    await view.getByLabel('Tags').fill('community');
    await view.getByLabel('Tags').press('Enter');
    await expect(view.getByRole('region', { name: 'Your shares' }).getByRole('listitem').first()).toBeVisible();
    await view.screenshot({ path: shot(`popup-${scheme}`) });
    await view.close();
  }

  const popup2 = await ext.openPopup(tabId);
  await popup2.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(popup2.getByRole('status').filter({ hasText: 'Shared ✓' })).toBeVisible();
  const { shares } = await ext.send<{ shares: { id: string; url: string }[] }>(popup2, { type: 'listShares' });
  const shared = shares.find((s) => s.url === page.url())!;

  const reader = await ext.context.newPage();
  await reader.setViewportSize({ width: 900, height: 900 });
  await reader.goto(ext.url(`src/reader/index.html?id=${shared.id}`));
  await expect(reader.locator('article .content p').first()).toBeVisible();
  await reader.screenshot({ path: shot('reader') });

  const options = await ext.context.newPage();
  await options.setViewportSize({ width: 900, height: 1100 });
  await options.goto(ext.url('src/options/index.html'));
  await expect(options.getByLabel('Feed title')).toHaveValue('Shared stories');
  await options.screenshot({ path: shot('options') });

  const dav = await startDav();
  try {
    const panel = options.getByRole('region', { name: 'Publishing' });
    await panel.getByLabel('A WebDAV folder').check();
    await panel.getByLabel('Folder address').fill(`${dav.folderUrl}shares/`);
    await panel.getByLabel('User name').fill(DAV_USER);
    await panel.getByLabel('Password or app password').fill(DAV_PASSWORD);
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByRole('status')).toHaveText('Saved ✓ — publishing now.');
    await options.reload();
    await expect(options.getByRole('region', { name: 'Publishing' })).toContainText(/Last published/, { timeout: 20_000 });
    await options.getByRole('region', { name: 'Publishing' }).screenshot({ path: shot('publishing') });
  } finally {
    await dav.dispose();
  }
});
