/**
 * One sync round with the person's WebDAV folder, safe to stop at any point (state in the database, every step
 * repeatable): read the manifest (a conditional GET: unchanged costs one request), join it with this browser's
 * changes since the last round (core/sync/sync-merge.ts), send the share files the server lacks, write the manifest
 * only over the version read (If, by ETag: two browsers never overwrite each other blindly — the loser reads and
 * joins again), then make this browser's shares what the joined state shows. Long rounds (a first sync of 10,000
 * shares) save their progress as they go and resume where they stopped.
 */
import { joinStates, shareEntry, viewOf, visibleShare, type SyncEntry, type Visible } from '../../core/sync/sync-merge';
import {
  MANIFEST,
  SETTINGS_FILE,
  SHARES_FOLDER,
  readManifest,
  readSettingsFile,
  readShareFile,
  shareFile,
  writeManifest,
  writeSettingsFile,
  writeShareFile,
} from '../../core/sync/sync-files';
import type { Share } from '../../core/share';
import type { SharefeedDb } from '../db';
import type { LocalChanges, ShareRepository } from '../shares';
import type { SettingsStore } from '../settings-store';
import type { PublishStore } from '../publish/publish-store';
import { RemoteError, type Fetch } from '../remote/remote-error';
import { WebdavFolder } from '../remote/webdav';
import { inParallel } from '../remote/in-parallel';
import { SyncStore, type SyncAgreed, type SyncConfig, type SyncState } from './sync-store';
import type { SyncReport } from '../../shared/protocol';

export interface SyncerDeps {
  db: SharefeedDb;
  shares: ShareRepository;
  settings: SettingsStore;
  publishing: PublishStore;
  fetch: Fetch;
  now: () => string;
}

/** Shares fetched and stored per step, and at once. */
const BATCH = 50;
const PARALLEL = 4;
/** Shares sent between two manifests written, so an interrupted first sync resumes rather than restarts. */
const CHECKPOINT = 500;

/** What a held share was made from: its page's view (id, share time, and the version whose content it shows). */
const viewKey = (v: Visible) => `${v.id}|${v.sharedAt}|${v.content.id}|${v.content.updatedAt}|${v.content.hash}`;
const sameEntry = (a: SyncEntry | undefined, b: SyncEntry | undefined) => JSON.stringify(a) === JSON.stringify(b);

export class Syncer {
  readonly store: SyncStore;
  private running: Promise<SyncReport | null> | null = null;

  constructor(private readonly deps: SyncerDeps) {
    this.store = new SyncStore(deps.db);
  }

  get busy(): boolean {
    return this.running !== null;
  }

  /** One round; null when sync is off. Throws the failure's sentence (RemoteError). */
  run(): Promise<SyncReport | null> {
    this.running ??= this.guarded().finally(() => (this.running = null));
    return this.running;
  }

  /** The folder sync uses: its own connection, or `sync/` in the publishing WebDAV folder. */
  async folder(config: SyncConfig): Promise<WebdavFolder> {
    if ('kind' in config) return new WebdavFolder(config.url, config.username, config.password, this.deps.fetch);
    const target = await this.deps.publishing.target();
    if (target?.kind !== 'webdav')
      throw new RemoteError(
        'Sync uses the publishing connection, which is not a WebDAV folder: set one up under Publishing, or give sync its own.',
      );
    return new WebdavFolder(`${target.url}sync/`, target.username, target.password, this.deps.fetch);
  }

  /** The folder generation this worker's round started in (sync-store.ts): what it records is for that folder only. */
  private generation = 0;

  private update(change: Partial<SyncState>, agreed?: Partial<SyncAgreed>): Promise<SyncState> {
    return this.store.update(change, agreed, this.generation);
  }

  private async guarded(): Promise<SyncReport | null> {
    const { config, state } = await this.store.snapshot();
    if (!config?.enabled) return null;
    this.generation = state.generation;
    try {
      return await this.round(await this.folder(config));
    } catch (err) {
      const message = err instanceof RemoteError ? err.message : `Sync failed (${err instanceof Error ? err.message : String(err)}).`;
      await this.update({ lastError: message, progress: null });
      throw new RemoteError(message);
    }
  }

  private async round(folder: WebdavFolder): Promise<SyncReport> {
    const report: SyncReport = { pulled: 0, pushed: 0, deleted: 0, conflicts: 0, requests: 0, problems: [] };
    const makeFolders = async () => {
      await folder.ensureFolder();
      await folder.ensureFolder(SHARES_FOLDER);
    };
    let first = (await this.store.state()).cursor < 0;
    if (first) await makeFolders();
    for (let attempt = 0; attempt < 5; attempt++) {
      const state = await this.store.state();
      const got = await folder.get(MANIFEST, state.etag);
      if (got === null && !first) {
        // The folder lost its manifest (emptied, or restored from an old copy): this browser fills it again, as on a
        // first sync, rather than writing a manifest that names files the folder no longer has.
        await this.update({ cursor: -1, etag: null, settled: false, settingsAt: null }, { base: [], held: {} });
        await makeFolders();
        first = true;
        continue;
      }
      const upTo = ((await this.deps.db.changes.orderBy('seq').lastKey()) as number | undefined) ?? 0;
      // Nothing new on either side, and nothing left to look at again: the round ends here, whatever the history's size.
      if (got === 'unchanged' && state.settled && !(await this.changedSince(state.cursor))) {
        report.requests = folder.requests;
        await this.update({ cursor: upTo, lastSyncedAt: this.deps.now(), lastError: null, lastReport: report, progress: null });
        return report;
      }
      const base = new Map((await this.store.agreed()).base);
      let remote = base;
      let etag = state.etag;
      let remoteSettingsAt = state.settingsAt;
      if (got === null) [remote, etag, remoteSettingsAt] = [new Map(), null, null];
      else if (got !== 'unchanged') {
        const manifest = readManifest(got.body);
        if ('problem' in manifest) throw new RemoteError(manifest.problem);
        [remote, etag, remoteSettingsAt] = [manifest.entries, got.etag, manifest.settingsAt];
      }
      const { local, settingsChanged } = await this.localChanges(state, base);
      const next = joinStates(joinStates(base, remote), local);
      for (const [id, mine] of local)
        if (remote.has(id) && !sameEntry(remote.get(id), base.get(id)) && !sameEntry(remote.get(id), mine)) report.conflicts++;
      const sent = await this.push(folder, local, next, remote, etag, report);
      etag = sent.etag;
      const settingsAt = await this.syncSettings(folder, first, settingsChanged, remoteSettingsAt, report);
      if (!sameState(next, sent.written) || settingsAt !== remoteSettingsAt) {
        if (!(await folder.putIfUnchanged(MANIFEST, writeManifest({ entries: next, settingsAt }), etag))) continue;
        etag = null; // learned on the next read
      }
      const held = await this.materialize(folder, next, report, upTo);
      report.requests = folder.requests;
      await this.update(
        {
          etag,
          cursor: upTo,
          settled: report.problems.length === 0,
          settingsAt,
          lastSyncedAt: this.deps.now(),
          lastError: null,
          lastReport: report,
          progress: null,
        },
        { base: [...next], held },
      );
      // Shares deleted here lose their files once the manifest records the deletions (not on a first sync, which
      // names every deletion ever made): the folder keeps no copy of what the person deleted.
      if (!first) await this.dropDeletedFiles(folder, [...local.keys()], next);
      return report;
    }
    throw new RemoteError('Another browser kept changing the sync folder during this round; Sharefeed will try again shortly.', {
      unreachable: true,
    });
  }

  /**
   * Best effort, after the round: each file of a share the manifest now says is deleted goes, but only a version
   * the deletion beat and only if it is still the file read (another browser may have written a newer one since,
   * which must stay); a server that refuses deletes keeps the files and sync goes on.
   */
  private async dropDeletedFiles(folder: WebdavFolder, ids: string[], next: Map<string, SyncEntry>): Promise<void> {
    await inParallel(ids, PARALLEL, async (id) => {
      const tomb = next.get(id);
      if (tomb?.kind !== 'tombstone') return;
      try {
        const got = await folder.get(shareFile(id));
        if (!got || got === 'unchanged' || !got.etag) return;
        const updatedAt = (JSON.parse(got.body) as { updatedAt?: unknown } | null)?.updatedAt;
        if (typeof updatedAt === 'string' && updatedAt <= tomb.deletedAt) await folder.delete(shareFile(id), got.etag);
      } catch {
        // Kept: not JSON (not ours to judge), or the server refused.
      }
    });
  }

  /** Whether this browser changed a share or the feed's settings after change `cursor` (not counting sync's own writes). */
  private async changedSince(cursor: number): Promise<boolean> {
    return (
      (await this.deps.db.changes
        .where('seq')
        .above(cursor)
        .filter((row) => row.origin !== 'sync')
        .count()) > 0
    );
  }

  /** This browser's changes since the last round (everything, the first time), as sync entries. */
  private async localChanges(
    state: SyncState,
    base: Map<string, SyncEntry>,
  ): Promise<{ local: Map<string, SyncEntry>; settingsChanged: boolean }> {
    const { db, shares } = this.deps;
    const local = new Map<string, SyncEntry>();
    let ids: string[];
    let settingsChanged = state.cursor < 0;
    if (state.cursor < 0) {
      ids = (await shares.entries()).map((e) => e.id);
      for (const tomb of await db.tombstones.toArray()) ids.push(tomb.id);
    } else {
      const rows = (await db.changes.where('seq').above(state.cursor).toArray()).filter((row) => row.origin !== 'sync');
      settingsChanged = rows.some((row) => row.kind === 'settings');
      ids = [...new Set(rows.filter((row) => row.kind === 'share').map((row) => row.id))];
    }
    const view = viewOf(base);
    const aliasesOf = new Map([...view.values()].map((v) => [v.id, v.aliases]));
    for (const id of new Set(ids)) {
      const share = await shares.get(id);
      if (share) {
        local.set(id, shareEntry(share));
        continue;
      }
      const tomb = await db.tombstones.get(id);
      if (!tomb) continue;
      // Deleting a page deletes every share of it this browser knows (other browsers' ids of the same page).
      for (const gone of [id, ...(aliasesOf.get(id) ?? [])]) {
        local.set(gone, { kind: 'tombstone', id: gone, canonicalUrl: tomb.canonicalUrl, deletedAt: tomb.deletedAt });
      }
    }
    return { local, settingsChanged };
  }

  /** Sends the share files of local versions the server lacks, writing a manifest every CHECKPOINT of them. */
  private async push(
    folder: WebdavFolder,
    local: Map<string, SyncEntry>,
    next: Map<string, SyncEntry>,
    remote: Map<string, SyncEntry>,
    etag: string | null,
    report: SyncReport,
  ): Promise<{ written: Map<string, SyncEntry>; etag: string | null }> {
    const ids = [...local.keys()].filter((id) => sameEntry(next.get(id), local.get(id)) && !sameEntry(remote.get(id), local.get(id)));
    let written = remote;
    let done = 0;
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      await inParallel(batch, PARALLEL, async (id) => {
        const entry = local.get(id)!;
        if (entry.kind !== 'share') return;
        const share = await this.deps.shares.get(id);
        if (share) await folder.putAtomically(shareFile(id), writeShareFile(share), 'application/json');
      });
      done += batch.length;
      report.pushed += batch.filter((id) => local.get(id)!.kind === 'share').length;
      if (ids.length > CHECKPOINT && (done % CHECKPOINT < BATCH || done === ids.length)) {
        const partial = new Map(written);
        for (const id of ids.slice(0, done)) partial.set(id, next.get(id)!);
        if (!(await folder.putIfUnchanged(MANIFEST, writeManifest({ entries: partial, settingsAt: null }), etag))) break;
        written = partial;
        etag = (await folder.list()).find((e) => e.path === MANIFEST)?.etag ?? null;
        await this.update({ progress: { done, total: ids.length } });
      }
    }
    return { written, etag };
  }

  /** The feed's settings: the folder's on a first sync, else the newer of the two. Never a secret: none is a setting. */
  private async syncSettings(
    folder: WebdavFolder,
    first: boolean,
    changed: boolean,
    remoteAt: string | null,
    report: SyncReport,
  ): Promise<string | null> {
    const mine = await this.deps.settings.get();
    const pull = remoteAt !== null && (first || !changed || remoteAt > mine.updatedAt) && remoteAt !== mine.updatedAt;
    if (pull) {
      const got = await folder.get(SETTINGS_FILE);
      if (got && got !== 'unchanged') {
        const settings = readSettingsFile(got.body);
        if ('problem' in settings) report.problems.push(settings.problem);
        else {
          await this.deps.settings.replace(settings, 'sync');
          return settings.updatedAt;
        }
      }
    }
    if (changed && (remoteAt === null || mine.updatedAt > remoteAt)) {
      await folder.putAtomically(SETTINGS_FILE, writeSettingsFile(mine), 'application/json');
      return mine.updatedAt;
    }
    return remoteAt;
  }

  /**
   * Makes this browser's shares what the joined state shows: fetches the newer ones, removes the ones gone.
   * Answers what each held share is now made from.
   */
  private async materialize(
    folder: WebdavFolder,
    next: Map<string, SyncEntry>,
    report: SyncReport,
    upTo: number,
  ): Promise<Record<string, string>> {
    // This browser's changes since the round's start, gathered as the round writes (shares.ts apply).
    const keep: LocalChanges = { after: upTo, ids: new Set() };
    const { shares } = this.deps;
    const held = { ...(await this.store.agreed()).held };
    const view = viewOf(next);
    const shown = new Map([...view.values()].map((v) => [v.id, v]));
    const localIds = new Set((await shares.entries()).map((e) => e.id));
    // Held shares no longer shown: deleted, or now behind another share of the same page.
    const gone = [...localIds].filter((id) => next.has(id) && !shown.has(id));
    const fetch: Visible[] = [];
    for (const v of shown.values()) {
      if (held[v.id] === viewKey(v)) continue;
      const mine = localIds.has(v.id) ? await shares.get(v.id) : null;
      if (mine && v.content.id === v.id && shareEntry(mine).hash === v.content.hash) held[v.id] = viewKey(v);
      else fetch.push(v);
    }
    let done = 0;
    for (let i = 0; i < fetch.length; i += BATCH) {
      const batch = fetch.slice(i, i + BATCH);
      const puts: Share[] = [];
      await inParallel(batch, PARALLEL, async (v) => {
        const got = await folder.get(shareFile(v.content.id));
        if (!got || got === 'unchanged')
          return void report.problems.push(`${shareFile(v.content.id)} is missing from the sync folder; it will be looked for again.`);
        const share = readShareFile(got.body, v.content.id);
        if ('problem' in share) return void report.problems.push(share.problem);
        // The file must be the version the manifest names (its time: a content hash would also differ when two
        // releases' gates clean the same article differently): one written over by a browser that then lost the
        // race for the manifest is not taken as that version; it is looked for again next round.
        if (share.updatedAt !== v.content.updatedAt) {
          return void report.problems.push(
            `${shareFile(v.content.id)} is not the version the sync folder’s manifest names; it will be looked for again.`,
          );
        }
        puts.push(visibleShare(v, share));
      });
      // The page's other shares go in the same step: one share per page, in storage as on screen.
      const urls = new Set(puts.map((s) => s.canonicalUrl));
      const replaced = await shares.matching(puts);
      const remove = replaced.filter((s) => urls.has(s.canonicalUrl) && !shown.has(s.id)).map((s) => s.id);
      const applied = new Set((await shares.apply(puts, remove, 'sync', keep)).map((s) => s.id));
      for (const share of puts) if (applied.has(share.id)) held[share.id] = viewKey(shown.get(share.id)!);
      report.pulled += applied.size;
      report.deleted += remove.length;
      done += batch.length;
      await this.update({ progress: { done, total: fetch.length } }, { held });
    }
    const stillThere = gone.filter((id) => localIds.has(id));
    if (stillThere.length) {
      const existing = await shares.getMany(stillThere);
      await shares.apply(
        [],
        existing.map((s) => s.id),
        'sync',
        keep,
      );
      report.deleted += existing.length;
    }
    for (const id of stillThere) delete held[id];
    return held;
  }
}

function sameState(a: Map<string, SyncEntry>, b: Map<string, SyncEntry>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, entry] of a) if (!sameEntry(entry, b.get(id))) return false;
  return true;
}
