/** Context menus: share the page, a link (link-only, marked as such), or the selection as a quote. */
import browser from '../shared/browser';
import type { Menus, Tabs } from '../shared/browser';
import type { Services } from './services';
import { quickShare } from './quick-share';
import { linkText } from './link-text';

export const MENU = {
  page: 'sharefeed-share-page',
  link: 'sharefeed-share-link',
  selection: 'sharefeed-share-selection',
} as const;

export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU.page, title: 'Share this page', contexts: ['page'] });
  browser.contextMenus.create({ id: MENU.link, title: 'Share this link (link only)', contexts: ['link'] });
  browser.contextMenus.create({ id: MENU.selection, title: 'Share selection as quote', contexts: ['selection'] });
}

export async function onMenuClick(services: Services, info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  const { handlers, tabStatus } = services;
  if (info.menuItemId === MENU.page) {
    await quickShare(tabId, tabStatus, () => handlers.shareTab({ type: 'shareTab', tabId, fresh: true }));
  } else if (info.menuItemId === MENU.selection) {
    await quickShare(tabId, tabStatus, () => handlers.shareTab({ type: 'shareTab', tabId, capture: 'selection', fresh: true }));
  } else if (info.menuItemId === MENU.link && info.linkUrl) {
    const url = info.linkUrl;
    await quickShare(tabId, tabStatus, async () => {
      const title = (info as { linkText?: string }).linkText || (await linkText(tabId, url)) || info.selectionText || url;
      return handlers.shareLink({ type: 'shareLink', url, title });
    });
  }
}
