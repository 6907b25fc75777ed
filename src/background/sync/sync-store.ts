/**
 * Sync's rows in the database: its settings (with the password of its own connection, if it has one — stored only
 * here); its small state: the server manifest's ETag (so an unchanged server costs one conditional GET), which
 * change was sent last, the last round's report; and, in a row of its own so a round with nothing new never reads
 * it, what was agreed: the last state agreed with the server and what this browser's shares were made from.
 */
import type { SyncEntry } from '../../core/sync/sync-merge';
import type { SharefeedDb } from '../db';
import type { SyncReport } from '../../shared/protocol';

export type SyncConfig =
  { enabled: boolean; useConnection: 'publishing' } | { enabled: boolean; kind: 'webdav'; url: string; username: string; password: string };

export interface SyncState {
  /** The last change (`changes.seq`) sent; -1 before the first sync (everything local is new to the server then). */
  cursor: number;
  etag: string | null;
  /** Whether the last full round left nothing to look at again (no file refused or missing). */
  settled: boolean;
  settingsAt: string | null;
  lastSyncedAt: string | null;
  lastError: string | null;
  lastReport: SyncReport | null;
  /** During a long first sync: how far it got. */
  progress: { done: number; total: number } | null;
  /** Counts folders set: a round started for an earlier folder records nothing once a new one is set. */
  generation: number;
}

/** What this browser and the server agreed on, as of the last round. */
export interface SyncAgreed {
  /** The state last agreed with the server (the manifest as written or read), as [id, entry] pairs. */
  base: [string, SyncEntry][];
  /** For each share this browser holds from sync: the view it was made from (syncer.ts viewKey). */
  held: Record<string, string>;
}

const CONFIG = 'sync.config';
const STATE = 'sync.state';
const AGREED = 'sync.agreed';

export const FRESH_SYNC: SyncState = {
  cursor: -1,
  etag: null,
  settled: false,
  settingsAt: null,
  lastSyncedAt: null,
  lastError: null,
  lastReport: null,
  progress: null,
  generation: 0,
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
      if (fresh) {
        const { generation } = await this.state();
        await this.db.state.put({ key: STATE, value: { ...FRESH_SYNC, generation: generation + 1 } });
        await this.db.state.delete(AGREED);
      }
    });
  }

  /** The folder and its state read together, so a round never pairs one folder with another's state. */
  async snapshot(): Promise<{ config: SyncConfig | null; state: SyncState }> {
    return this.db.transaction('r', this.db.state, async () => ({ config: await this.config(), state: await this.state() }));
  }

  async state(): Promise<SyncState> {
    return { ...FRESH_SYNC, ...((await this.db.state.get(STATE))?.value as Partial<SyncState> | undefined) };
  }

  async agreed(): Promise<SyncAgreed> {
    return { base: [], held: {}, ...((await this.db.state.get(AGREED))?.value as Partial<SyncAgreed> | undefined) };
  }

  /** Changes the state, and what was agreed if given, in one step. */
  /** Changes the state (and what was agreed); with `generation`, only if no other folder was set since that state was read. */
  async update(change: Partial<SyncState>, agreed?: Partial<SyncAgreed>, generation?: number): Promise<SyncState> {
    return this.db.transaction('rw', this.db.state, async () => {
      const now = await this.state();
      if (generation !== undefined && now.generation !== generation) return now;
      const next = { ...now, ...change };
      await this.db.state.put({ key: STATE, value: next });
      if (agreed) await this.db.state.put({ key: AGREED, value: { ...(await this.agreed()), ...agreed } });
      return next;
    });
  }
}
