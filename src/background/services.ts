/** Builds the background's objects once per worker start; none of them holds state beyond the database. */
import { SharefeedDb } from './db';
import { ShareRepository } from './shares';
import { SettingsStore } from './settings-store';
import { TabStatus } from './tab-status';
import { createHandlers } from './handlers';
import { extractTab } from './extract-tab';
import { clearBadge, showShared } from './badge';
import { readPageFile } from './read-page-file';
import { Captures } from './captures';
import browser from '../shared/browser';
import { announce, type Handlers } from '../shared/protocol';
import { Publisher } from './publish/publisher';
import { PUBLISH_ALARM, publishScheduler } from './publish/schedule';
import { publishingHandlers } from './publish/publish-handlers';
import { Syncer } from './sync/syncer';
import { syncHandlers } from './sync/sync-handlers';
import { SYNC_ALARM, syncScheduler } from './sync/sync-schedule';
import { reachability } from './remote/reachability';

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

/** Requests to other servers: the worker's own fetch, called as a function (not a method of an object). */
const fetchRemote = (input: string, init?: RequestInit) => fetch(input, init);

export function createServices() {
  const db = new SharefeedDb();
  const tabStatus = new TabStatus(db, now);
  const captures = new Captures(db, now);
  // The publisher and syncer are made after the stores that tell the schedulers about changes: reached lazily.
  let publisher: Publisher | null = null;
  let syncer: Syncer | null = null;
  const scheduler = publishScheduler(
    () => publisher!.run(),
    (name, when) => void browser.alarms.create(name, { when }),
  );
  const syncSoon = syncScheduler(() => syncer!.run());
  const changed = () => {
    scheduler.soon();
    syncSoon.soon();
  };
  const shares = new ShareRepository(db, changed, now);
  const settings = new SettingsStore(db, now, newId, changed);
  publisher = new Publisher({
    db,
    shares,
    settings,
    fetch: fetchRemote,
    now,
    mayReach: (origins) => browser.permissions.contains({ origins }),
    reach: (probe) => reachability(probe, fetchRemote),
    wakeAt: (when) => void browser.alarms.create(PUBLISH_ALARM, { when }),
  });
  const core = createHandlers({
    captures,
    tabUrl: (tabId) =>
      browser.tabs.get(tabId).then(
        (tab) => tab.url,
        () => undefined,
      ),
    shares,
    settings,
    tabStatus,
    extract: extractTab,
    markShared: (tabId, shared) => (shared ? showShared(tabId) : clearBadge(tabId)),
    readFile: readPageFile,
    progress: (done, total) => announce('restoreProgress', { done, total }),
    now,
    newId,
  });
  syncer = new Syncer({ db, shares, settings, publishing: publisher.store, fetch: fetchRemote, now });
  const scheduleSync = (enabled: boolean) => {
    if (enabled) {
      void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
      syncSoon.soon();
    } else void browser.alarms.clear(SYNC_ALARM);
  };
  const handlers: Handlers = {
    ...core,
    ...publishingHandlers({
      publisher,
      settings,
      scheduler,
      fetch: fetchRemote,
      // Sync through the publishing folder follows it to its new place, starting over there.
      folderMoved: async () => {
        const config = await syncer!.store.config();
        if (config && !('kind' in config)) await syncer!.store.setConfig(config, true);
      },
    }),
    ...syncHandlers({ syncer, schedule: scheduleSync }),
  };
  return { handlers, tabStatus, captures, publisher, scheduler, syncer, scheduleSync };
}

export type Services = ReturnType<typeof createServices>;
