/** The service worker's wiring: listeners only. All state lives in IndexedDB, since the worker sleeps when idle. */
import browser from '../shared/browser';
import { serve } from '../shared/protocol';
import { createServices } from './services';
import { createMenus, onMenuClick } from './menus';
import { clearBadge } from './badge';
import { quickShare } from './quick-share';

const services = createServices();

serve(services.handlers);

browser.runtime.onInstalled.addListener(() => {
  createMenus();
  // Ask once for storage the browser will not evict under pressure: the shares are years of reading.
  void navigator.storage?.persist?.();
});

browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(services, info, tab));

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'share-page' || tab?.id === undefined) return;
  const tabId = tab.id;
  void quickShare(tabId, services.tabStatus, () => services.handlers.shareTab({ type: 'shareTab', tabId }));
});

// A tab that navigates shows a different page: its ✓ or ! no longer applies. (No `tabs` permission needed.)
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void clearBadge(tabId);
});
