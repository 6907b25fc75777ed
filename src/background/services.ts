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

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

export function createServices() {
  const db = new SharefeedDb();
  const tabStatus = new TabStatus(db, now);
  const captures = new Captures(db, now);
  const handlers = createHandlers({
    captures,
    tabUrl: (tabId) =>
      browser.tabs.get(tabId).then(
        (tab) => tab.url,
        () => undefined,
      ),
    shares: new ShareRepository(db),
    settings: new SettingsStore(db, now, newId),
    tabStatus,
    extract: extractTab,
    markShared: (tabId, shared) => (shared ? showShared(tabId) : clearBadge(tabId)),
    readFile: readPageFile,
    now,
    newId,
  });
  return { handlers, tabStatus, captures };
}

export type Services = ReturnType<typeof createServices>;
