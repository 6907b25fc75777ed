/**
 * The share repository: the only code that reads or writes the shares table and its catalog (catalog.ts). Each
 * write is one IndexedDB transaction over both, so a share is stored whole or not at all and the catalog never
 * drifts from the shares. Every share written passes the storage gate (core/stored-share.ts) first, whoever sent it.
 */
import type { Share } from '../core/share';
import { TooLargeToStore, toStoredShare } from '../core/stored-share';
import { UserError } from '../shared/user-error';
import type { TagCount } from '../shared/protocol';
import type { ChangeRow, SharefeedDb, TombstoneRow } from './db';
import { CATALOG_KEY, buildCatalog, countTags, findEntries, packCatalog, unpackCatalog, updateCatalog, type CatalogEntry } from './catalog';

export interface ShareQuery {
  query?: string;
  tag?: string;
  offset?: number;
  limit?: number;
}

/** Records fetched per IndexedDB round trip while filling a reply. */
const READ_BATCH = 100;

/** What a sync round has seen of this browser's own changes: the shares changed, read up to change `after`. */
export interface LocalChanges {
  after: number;
  ids: Set<string>;
}

export class ShareRepository {
  constructor(
    private readonly db: SharefeedDb,
    /** Told after every write that changed shares (publishing and sync follow). */
    private readonly onChange: () => void = () => undefined,
    /** The clock deletions are stamped with (sync compares them with edits' times, so one clock for both). */
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async get(id: string): Promise<Share | null> {
    return (await this.db.shares.get(id)) ?? null;
  }

  async findByCanonicalUrl(canonicalUrl: string): Promise<Share | null> {
    return (await this.db.shares.where('canonicalUrl').equals(canonicalUrl).first()) ?? null;
  }

  /**
   * Store a new share, or merge into the one already stored for its canonical URL (found inside the same
   * transaction, so two shares of one page fired at once still leave exactly one record).
   */
  async upsert(share: Share, merge: (existing: Share) => Share): Promise<{ share: Share; updated: boolean }> {
    return this.write(async () => {
      const existing = await this.db.shares.where('canonicalUrl').equals(share.canonicalUrl).first();
      const next = stored(existing ? merge(existing) : share);
      await this.db.shares.put(next);
      await this.recatalog([next]);
      await this.logChanges([[existing, next]]);
      return { share: next, updated: existing !== undefined };
    });
  }

  async put(share: Share): Promise<Share> {
    return (await this.apply([share], []))[0]!;
  }

  async remove(id: string): Promise<Share | null> {
    return this.write(async () => {
      const row = await this.db.shares.get(id);
      if (row) {
        await this.db.shares.delete(id);
        await this.recatalog([], [id]);
        await this.logChanges([[row, undefined]]);
      }
      return row ?? null;
    });
  }

  /**
   * Puts and removes in one transaction: a restore or import lands whole or not at all. Answers what was put.
   * With `keep` (sync), leaves out shares this browser changed since `keep.after`.
   */
  async apply(incoming: readonly Share[], remove: readonly string[], origin?: 'sync', keep?: LocalChanges): Promise<Share[]> {
    let put = incoming.map(stored);
    let removing = [...remove];
    await this.write(async () => {
      if (keep) {
        // Sync's writes never overwrite what this browser changed after the state they were worked out from (an
        // edit, a delete or an undo made during a round): checked in the same transaction; the next round sends
        // it. Only the change rows written since the last check are read, so a long round stays linear.
        const rows = await this.db.changes.where('seq').above(keep.after).toArray();
        for (const row of rows) if (row.origin !== 'sync' && row.kind === 'share') keep.ids.add(row.id);
        keep.after = rows.at(-1)?.seq ?? keep.after;
        put = put.filter((share) => !keep.ids.has(share.id));
        removing = removing.filter((id) => !keep.ids.has(id));
      }
      const before = await this.db.shares.bulkGet([...put.map((s) => s.id), ...removing]);
      if (removing.length) await this.db.shares.bulkDelete(removing);
      if (put.length) await this.db.shares.bulkPut([...put]);
      await this.recatalog(put, removing);
      await this.logChanges(
        [
          ...put.map((share, i) => [before[i], share] as const),
          ...removing.map((_, i) => [before[put.length + i], undefined] as const).filter(([row]) => row),
        ],
        origin,
      );
    });
    return put;
  }

  /** The stored shares that could clash with these: same id or same canonical URL. */
  async matching(incoming: readonly Share[]): Promise<Share[]> {
    const [byId, byUrl] = await Promise.all([
      this.db.shares.bulkGet(incoming.map((s) => s.id)),
      this.db.shares
        .where('canonicalUrl')
        .anyOf(incoming.map((s) => s.canonicalUrl))
        .toArray(),
    ]);
    const rows = new Map<string, Share>();
    for (const row of [...byId, ...byUrl]) if (row) rows.set(row.id, row);
    return [...rows.values()];
  }

  async all(): Promise<Share[]> {
    return this.db.shares.orderBy('sharedAt').reverse().toArray();
  }

  /** Ids newest first, of every share or of one tag's (any case), at most `limit`. */
  async ids({ tag, limit = Number.MAX_SAFE_INTEGER }: { tag?: string; limit?: number }): Promise<string[]> {
    return findEntries(await this.catalog(), '', tag)
      .slice(0, limit)
      .map((e) => e.id);
  }

  /**
   * The shares for a prefix of `ids`, in order, whose JSON adds up to at most `budget` characters (always at
   * least one, however large); `read` counts the ids answered, including those of shares deleted meanwhile.
   */
  async readMany(ids: readonly string[], budget: number): Promise<{ shares: Share[]; read: number }> {
    const shares: Share[] = [];
    let used = 0;
    let read = 0;
    while (read < ids.length) {
      const rows = await this.db.shares.bulkGet(ids.slice(read, read + READ_BATCH));
      for (const share of rows) {
        const size = share ? JSON.stringify(share).length : 0;
        if (shares.length > 0 && used + size > budget) return { shares, read };
        if (share) shares.push(share);
        used += size;
        read++;
      }
    }
    return { shares, read };
  }

  /** Newest first, a page at a time: the catalog answers which ones and how many; only the page is read. */
  async list({ query = '', tag, offset = 0, limit = 50 }: ShareQuery): Promise<{ shares: Share[]; total: number }> {
    const hits = findEntries(await this.catalog(), query, tag);
    const page = await this.db.shares.bulkGet(hits.slice(offset, offset + limit).map((e) => e.id));
    return { shares: page.filter((s): s is Share => s !== undefined), total: hits.length };
  }

  /** Every share's id, time and tags, newest first: what the publisher plans the site from. */
  async entries(): Promise<{ id: string; sharedAt: string; tags: string[] }[]> {
    return (await this.catalog()).map(({ id, sharedAt, tags }) => ({ id, sharedAt, tags }));
  }

  /** The shares with these ids, in order (ids of shares gone are skipped). */
  async getMany(ids: readonly string[]): Promise<Share[]> {
    return (await this.db.shares.bulkGet([...ids])).filter((s): s is Share => s !== undefined);
  }

  /** Tag counts; the spelling shown is the most used one. */
  async tags(): Promise<TagCount[]> {
    return countTags(await this.catalog());
  }

  private async write<T>(work: () => Promise<T>): Promise<T> {
    const result = await this.db.transaction('rw', [this.db.shares, this.db.catalog, this.db.changes, this.db.tombstones], work);
    this.onChange();
    return result;
  }

  /**
   * Inside a write: a change row for each share written or removed — its time and tags before and after, so the
   * publisher knows which pages and tag files it touched — and a tombstone for each one removed.
   */
  private async logChanges(
    changes: readonly (readonly [before: Share | undefined, after: Share | undefined])[],
    origin?: 'sync',
  ): Promise<void> {
    const at = this.now();
    const rows: ChangeRow[] = [];
    const tombstones: TombstoneRow[] = [];
    for (const [before, after] of changes) {
      const share = after ?? before!;
      const tags = [...new Set([...(before?.tags ?? []), ...(after?.tags ?? [])])];
      const from = origin ? { origin } : {};
      rows.push({ kind: 'share', id: share.id, sharedAt: share.sharedAt, tags, at, ...from });
      if (before && after && before.sharedAt !== after.sharedAt)
        rows.push({ kind: 'share', id: share.id, sharedAt: before.sharedAt, tags, at, ...from });
      if (!after) tombstones.push({ id: share.id, canonicalUrl: share.canonicalUrl, deletedAt: at });
    }
    if (rows.length) await this.db.changes.bulkAdd(rows);
    if (tombstones.length) await this.db.tombstones.bulkPut(tombstones);
  }

  /** Inside a write: the catalog row with these shares put and these ids removed. */
  private async recatalog(put: readonly Share[], removed: readonly string[] = []): Promise<void> {
    const row = await this.db.catalog.get(CATALOG_KEY);
    const entries = row ? updateCatalog(unpackCatalog(row), put, removed) : buildCatalog(await this.db.shares.toArray());
    await this.db.catalog.put(packCatalog(entries));
  }

  /**
   * The catalog's entries. The row exists from the first write on; should it ever be lost, reads rebuild the
   * entries from the shares, and the next write (or a quiet one now) stores them again. Reads never fail for
   * want of writing: on a full disk the history still lists.
   */
  private async catalog(): Promise<CatalogEntry[]> {
    const row = await this.db.catalog.get(CATALOG_KEY);
    if (row) return unpackCatalog(row);
    const entries = buildCatalog(await this.db.shares.toArray());
    if (entries.length) void this.write(() => this.recatalog([])).catch(() => undefined);
    return entries;
  }
}

/** The share as storage holds it (core/stored-share.ts); one too large to store is refused with its sentence. */
function stored(share: Share): Share {
  try {
    return toStoredShare(share);
  } catch (err) {
    throw err instanceof TooLargeToStore ? new UserError(err.message) : err;
  }
}
