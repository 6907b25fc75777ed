/**
 * Publishing's rows in the database (the `state` table): the target, with its secret — stored only here, never in
 * a backup, a reply or a log — and the state of the queue: which change was published last, each published file's
 * hash (so only changed files are sent), when it last worked, and why it last failed.
 */
import type { PublishTarget } from '../../core/publish/publish-target';
import type { SharefeedDb } from '../db';
import type { PublishedFiles } from '../../shared/protocol';

export interface PublishState {
  /** The last change (`changes.seq`) carried out. */
  cursor: number;
  /** Everything must be published again (a new target, new settings, a first publish). */
  full: boolean;
  /** SHA-256 of each file as last published, by path. */
  hashes: Record<string, string>;
  /** How many shares each list held when last published (site-plan.ts listTotals). */
  totals: Record<string, number>;
  lastPublishedAt: string | null;
  lastReport: PublishedFiles | null;
  lastError: string | null;
  /** Failures in a row, for the back-off; and when the next try is due. */
  attempts: number;
  nextAttemptAt: string | null;
  /** The last WebSub ping's failure, if it failed (never retried on its own). */
  lastPingError: string | null;
  /** Counts targets set: a run started for an earlier target records nothing once a new one is set. */
  generation: number;
}

const TARGET = 'publish.target';
const STATE = 'publish.state';

export const FRESH_STATE: PublishState = {
  cursor: 0,
  full: true,
  hashes: {},
  totals: {},
  lastPublishedAt: null,
  lastReport: null,
  lastError: null,
  attempts: 0,
  nextAttemptAt: null,
  lastPingError: null,
  generation: 0,
};

export class PublishStore {
  constructor(private readonly db: SharefeedDb) {}

  async target(): Promise<PublishTarget | null> {
    return ((await this.db.state.get(TARGET))?.value as PublishTarget | undefined) ?? null;
  }

  /** A new target starts from nothing: everything is published to it. */
  async setTarget(target: PublishTarget | null): Promise<void> {
    await this.db.transaction('rw', this.db.state, async () => {
      if (target) await this.db.state.put({ key: TARGET, value: target });
      else await this.db.state.delete(TARGET);
      const { generation } = await this.state();
      await this.db.state.put({ key: STATE, value: { ...FRESH_STATE, generation: generation + 1 } });
    });
  }

  /** The target and its state read together, so a run never pairs one target with another's state. */
  async snapshot(): Promise<{ target: PublishTarget | null; state: PublishState }> {
    return this.db.transaction('r', this.db.state, async () => ({ target: await this.target(), state: await this.state() }));
  }

  async state(): Promise<PublishState> {
    return { ...FRESH_STATE, ...((await this.db.state.get(STATE))?.value as Partial<PublishState> | undefined) };
  }

  /** Changes the state; with `generation`, only if no other target was set since that state was read. */
  async update(change: Partial<PublishState>, generation?: number): Promise<PublishState> {
    return this.db.transaction('rw', this.db.state, async () => {
      const now = await this.state();
      if (generation !== undefined && now.generation !== generation) return now;
      const next = { ...now, ...change };
      await this.db.state.put({ key: STATE, value: next });
      return next;
    });
  }

  /** The newest change's number: more than the cursor means something waits to be published. */
  async lastChange(): Promise<number> {
    return ((await this.db.changes.orderBy('seq').lastKey()) as number | undefined) ?? 0;
  }
}
