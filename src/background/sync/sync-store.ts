/**
 * Sync's rows in the database: its settings (with the password of its own connection, if it has one — stored only
 * here) and its state: the last state agreed with the server, the server manifest's ETag (so an unchanged server
 * costs one conditional GET), which change was sent last, and what this browser's shares were made from.
 */
import type { SyncEntry } from '../../core/sync/sync-merge';
import type { SharefeedDb } from '../db';

export type SyncConfig =
  { enabled: boolean; useConnection: 'publishing' } | { enabled: boolean; kind: 'webdav'; url: string; username: string; password: string };

export interface SyncState {
  /** The last change (`changes.seq`) sent; -1 before the first sync (everything local is new to the server then). */
  cursor: number;
  /** The state last agreed with the server (the manifest as written or read), as [id, entry] pairs. */
  base: [string, SyncEntry][];
  etag: string | null;
  /** For each share this browser holds from sync: the view it was made from (syncer.ts viewKey). */
  held: Record<string, string>;
  settingsAt: string | null;
  lastSyncedAt: string | null;
  lastError: string | null;
  lastReport: SyncReport | null;
  /** During a long first sync: how far it got. */
  progress: { done: number; total: number } | null;
}

export interface SyncReport {
  pulled: number;
  pushed: number;
  deleted: number;
  conflicts: number;
  requests: number;
  /** Files in the folder that were refused, each with its reason (left as they are). */
  problems: string[];
}

const CONFIG = 'sync.config';
const STATE = 'sync.state';

export const FRESH_SYNC: SyncState = {
  cursor: -1,
  base: [],
  etag: null,
  held: {},
  settingsAt: null,
  lastSyncedAt: null,
  lastError: null,
  lastReport: null,
  progress: null,
};

export class SyncStore {
  constructor(private readonly db: SharefeedDb) {}

  async config(): Promise<SyncConfig | null> {
    return ((await this.db.state.get(CONFIG))?.value as SyncConfig | undefined) ?? null;
  }

  /** A new place to sync with starts from nothing: everything here is offered to it, everything there taken. */
  async setConfig(config: SyncConfig, fresh: boolean): Promise<void> {
    await this.db.transaction('rw', this.db.state, async () => {
      await this.db.state.put({ key: CONFIG, value: config });
      if (fresh) await this.db.state.put({ key: STATE, value: { ...FRESH_SYNC } });
    });
  }

  async state(): Promise<SyncState> {
    return { ...FRESH_SYNC, ...((await this.db.state.get(STATE))?.value as Partial<SyncState> | undefined) };
  }

  async update(change: Partial<SyncState>): Promise<SyncState> {
    return this.db.transaction('rw', this.db.state, async () => {
      const next = { ...(await this.state()), ...change };
      await this.db.state.put({ key: STATE, value: next });
      return next;
    });
  }
}
