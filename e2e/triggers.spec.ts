/**
 * Sharing without the popup form, and the form by keyboard alone: the shortcut and context-menu listeners (fired
 * in the worker after a real toolbar press gave activeTab), the badge, re-share → Update, tag autocomplete.
 */
import { test, expect, type ExtensionDriver } from './fixtures';
import type { Share } from '../src/core/share';
import { textOf } from './expected';

type Listeners = {
  onCommand: (command: string, tab: { id: number }) => Promise<void>;
  onMenuClick: (info: Record<string, unknown>, tab: { id: number }) => Promise<void>;
};

function fire(ext: ExtensionDriver, which: 'command' | 'menu', tabId: number, info: Record<string, unknown> = {}) {
  return ext.sw.evaluate(
    ([w, id, i]) => {
      const l = (globalThis as unknown as { sharefeedListeners: Listeners }).sharefeedListeners;
      return w === 'command' ? l.onCommand('share-page', { id }) : l.onMenuClick(i, { id });
    },
    [which, tabId, info] as const,
  );
}

const badge = (ext: ExtensionDriver, tabId: number) => ext.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

async function allShares(ext: ExtensionDriver): Promise<Share[]> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('src/options/index.html'));
  const reply = await ext.send<{ shares: Share[] }>(page, { type: 'listShares', limit: 100 });
  await page.close();
  return reply.shares;
}

test('the keyboard shortcut shares the page at once and shows ✓ on the badge', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/own/sample-article/'));
  const tabId = await ext.pressToolbarButton(page);
  await fire(ext, 'command', tabId);
  expect(await badge(ext, tabId)).toBe('✓');
  const [share] = await allShares(ext);
  expect(share).toMatchObject({ capture: 'article', title: 'The Library Where Nobody Borrows Books' });
});

test('a failed shortcut share shows ! and the popup says why', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('chrome://version/');
  const tabId = await ext.pressToolbarButton(page);
  await fire(ext, 'command', tabId);
  expect(await badge(ext, tabId)).toBe('!');
  const popup = await ext.openPopup(tabId);
  await expect(popup.getByRole('alert').first()).toContainText('The last share from the shortcut or menu failed');
  expect(await allShares(ext)).toHaveLength(0);
});

test('context menus: share this page, a link (link only, named by its text), and the selection as a quote', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/own/sample-article/'));
  const tabId = await ext.pressToolbarButton(page);

  await fire(ext, 'menu', tabId, { menuItemId: 'sharefeed-share-page' });
  expect(await badge(ext, tabId)).toBe('✓');
  expect((await allShares(ext))[0]).toMatchObject({ capture: 'article', title: 'The Library Where Nobody Borrows Books' });

  // Chrome's menu click names no link text: it is read from the page's own link.
  const link = await page.evaluate(() => {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;
    const a = [...document.links].find(
      (l) =>
        l.href.startsWith('http') && l.href !== canonical && !l.href.includes('#') && (l.innerText ?? '').trim().split(/\s+/).length >= 3,
    )!;
    return { href: a.href, text: a.innerText.replace(/\s+/g, ' ').trim() };
  });
  await fire(ext, 'menu', tabId, { menuItemId: 'sharefeed-share-link', linkUrl: link.href });
  expect((await allShares(ext)).find((s) => s.url === link.href)).toMatchObject({ capture: 'link', title: link.text });

  await fire(ext, 'menu', tabId, {
    menuItemId: 'sharefeed-share-link',
    linkUrl: 'https://www.eff.org/issues/privacy?utm_source=aclu',
    selectionText: 'EFF on privacy',
  });
  let shares = await allShares(ext);
  expect(shares[0]).toMatchObject({
    capture: 'link',
    url: 'https://www.eff.org/issues/privacy?utm_source=aclu',
    canonicalUrl: 'https://www.eff.org/issues/privacy',
    title: 'EFF on privacy',
    article: null,
  });

  const quoted = await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => (el.textContent ?? '').length > 120)!;
    getSelection()!.selectAllChildren(p);
    return (p.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  });
  await fire(ext, 'menu', tabId, { menuItemId: 'sharefeed-share-selection', selectionText: quoted });
  shares = await allShares(ext);
  const quote = shares.find((s) => s.capture === 'selection');
  expect(quote?.article?.content).toMatch(/^<blockquote/);
  expect(textOf(quote!.article!.content)).toContain(quoted);
  expect(await badge(ext, tabId)).toBe('✓');
});

test('keyboard only: type, tag with autocomplete, Enter shares; sharing again offers Update', async ({ ext, server }) => {
  const { popup, tabId } = await ext.sharePopupFor(server.url('/own/plain-article/'));
  await ext.send(popup, { type: 'shareLink', url: 'https://example.org/other', title: 'Other', tags: ['javascript'] });
  await popup.reload();
  await expect(popup.getByLabel('Title')).not.toHaveValue('');

  await popup.getByLabel('Comment').focus();
  await popup.keyboard.type('Fast and clear.');
  await popup.keyboard.press('Tab');
  await expect(popup.getByLabel('Tags')).toBeFocused();
  await popup.keyboard.type('java');
  await expect(popup.getByRole('option', { name: /javascript/ })).toBeVisible();
  await popup.keyboard.press('Enter'); // accepts the suggestion
  await popup.keyboard.press('Enter'); // empty box: shares
  await expect(popup.getByRole('status').filter({ hasText: 'Shared ✓' })).toBeVisible();
  const [share] = (await allShares(ext)).filter((s) => s.url.includes('127.0.0.1'));
  expect(share).toMatchObject({ comment: 'Fast and clear.', tags: ['javascript'] });

  // Reopen: the page is known, the badge says so, and the button updates the same share.
  const again = await ext.openPopup(tabId);
  await expect(again.getByTestId('already-shared')).toBeVisible();
  expect(await badge(ext, tabId)).toBe('✓');
  await expect(again.getByLabel('Comment')).toHaveValue('Fast and clear.');
  await again.getByLabel('Comment').fill('Fast, clear, and updated.');
  await again.getByRole('button', { name: 'Update' }).click();
  await expect(again.getByRole('status').filter({ hasText: 'Updated ✓' })).toBeVisible();
  const mine = (await allShares(ext)).filter((s) => s.url.includes('127.0.0.1'));
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ id: share!.id, sharedAt: share!.sharedAt, comment: 'Fast, clear, and updated.' });
});
