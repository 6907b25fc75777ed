/** The service worker's wiring: listeners only. All state lives in IndexedDB, since the worker sleeps when idle. */
import browser from '../shared/browser';
import type { Menus, Tabs } from '../shared/browser';
import { serve } from '../shared/protocol';
import { createServices } from './services';
import { createMenus, onMenuClick } from './menus';
import { clearBadge } from './badge';
import { quickShare } from './quick-share';
import { PUBLISH_ALARM } from './publish/schedule';
import { SYNC_ALARM } from './sync/sync-schedule';
import { pausePublishingIfBlocked } from './publish/pause';

const services = createServices();

const listeners = {
  onCommand: (command: string, tab?: Tabs.Tab) => {
    if (command !== 'share-page' || tab?.id === undefined) return Promise.resolve();
    const tabId = tab.id;
    return quickShare(tabId, services.tabStatus, () => services.handlers.shareTab({ type: 'shareTab', tabId, fresh: true }));
  },
  onMenuClick: (info: Menus.OnClickData, tab?: Tabs.Tab) => onMenuClick(services, info, tab),
};

serve(services.handlers);

browser.runtime.onInstalled.addListener(
  () => void createMenus().catch((err: unknown) => console.warn('Sharefeed: menus not created', err)),
);
browser.commands.onCommand.addListener((command, tab) => void listeners.onCommand(command, tab));
browser.contextMenus.onClicked.addListener((info, tab) => void listeners.onMenuClick(info, tab));

// A tab that navigates shows a different page: its ✓ or ! no longer applies. (No `tabs` permission needed.)
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  void clearBadge(tabId);
  void services.tabStatus.clear(tabId).catch(() => undefined);
  void services.captures.drop(tabId).catch(() => undefined);
});

// Publishing: an alarm wakes a run (the debounce's backstop, or a retry after a failure); after a browser start, a
// run carries whatever was left pending. A revoked host permission pauses publishing with a sentence saying so.
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === PUBLISH_ALARM) void services.publisher.run().catch(() => undefined);
  if (alarm.name === SYNC_ALARM) void services.syncer.run().catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => {
  services.scheduler.soon();
  void services.syncer.store.config().then((config) => services.scheduleSync(config?.enabled ?? false));
});
browser.permissions.onRemoved.addListener(() => void pausePublishingIfBlocked(services.publisher, (input, init) => fetch(input, init)));

browser.tabs.onRemoved.addListener((tabId) => void services.captures.drop(tabId).catch(() => undefined));

// Browsers offer no way to synthesize a shortcut press or a menu click, so in the test build the same listener
// functions are reachable from the worker's console: end-to-end tests call them there, after a real toolbar press.
if (__SHAREFEED_TEST__) Object.assign(globalThis, { sharefeedListeners: listeners });
