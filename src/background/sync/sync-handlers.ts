/** The protocol's sync messages (shared/protocol.ts): settings without secrets, a round now, the status. */
import type { Handlers, PublicSyncSettings, SyncSettings } from '../../shared/protocol';
import { UserError } from '../../shared/user-error';
import { hasCredentials } from '../../core/publish/publish-target';
import type { Syncer } from './syncer';
import type { SyncConfig } from './sync-store';

type SyncHandlers = Pick<Handlers, 'setSync' | 'getSync' | 'syncNow' | 'syncStatus'>;

export interface SyncHandlerDeps {
  syncer: Syncer;
  /** Sync is on: run now and every minute; off: stop. */
  schedule: (enabled: boolean) => void;
}

function publicOf(config: SyncConfig): PublicSyncSettings {
  if (!('kind' in config)) return { enabled: config.enabled, useConnection: 'publishing' };
  const { password, ...rest } = config;
  return { ...rest, hasSecret: password !== '' };
}

export function syncHandlers({ syncer, schedule }: SyncHandlerDeps): SyncHandlers {
  const { store } = syncer;
  return {
    async getSync() {
      const config = await store.config();
      return { sync: config && publicOf(config) };
    },

    async setSync({ sync }) {
      const saved = await store.config();
      const config = await complete(sync, saved);
      // A different folder is a different history: start from nothing there (this browser's shares are offered).
      const fresh = !saved || JSON.stringify(where(saved)) !== JSON.stringify(where(config));
      await store.setConfig(config, fresh);
      schedule(config.enabled);
      return { sync: publicOf(config) };
    },

    async syncNow() {
      const report = await syncer.run();
      if (!report) throw new UserError('Sync is off — turn it on on the options page first.');
      return { report };
    },

    async syncStatus() {
      const config = await store.config();
      const state = await store.state();
      return {
        status: {
          state: !config?.enabled ? 'off' : syncer.busy ? 'syncing' : state.lastError ? 'failed' : 'idle',
          lastSyncedAt: state.lastSyncedAt,
          lastError: state.lastError,
          progress: state.progress,
          lastReport: state.lastReport,
        },
      };
    },
  };
}

/** Where a config syncs to (without its secret). */
function where(config: SyncConfig): unknown {
  return 'kind' in config ? [config.url, config.username] : 'publishing';
}

async function complete(sync: SyncSettings, saved: SyncConfig | null): Promise<SyncConfig> {
  if (!('kind' in sync)) return { enabled: sync.enabled, useConnection: 'publishing' };
  // Addresses are never repeated back: one may hold a password typed into it, in any shape.
  if (hasCredentials(sync.url.trim())) {
    throw new UserError('Put the user name and password in their own fields, not in the address.');
  }
  let url: URL;
  try {
    url = new URL(sync.url.trim());
  } catch {
    throw new UserError('The sync folder address is not a full https:// (or http://) URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UserError('The sync folder address is not a full https:// (or http://) URL.');
  }
  const folder = url.href.endsWith('/') ? url.href : `${url.href}/`;
  // A saved password goes back only to its own folder and account.
  const sameAccount = saved && 'kind' in saved && saved.url === folder && saved.username === sync.username.trim();
  const password = sync.password || (sameAccount ? saved.password : '');
  if (!sync.username.trim() || !password) throw new UserError('Enter the user name and password for the sync folder.');
  return { enabled: sync.enabled, kind: 'webdav', url: folder, username: sync.username.trim(), password };
}
