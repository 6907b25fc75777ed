/**
 * The share repository: the only code that reads or writes the shares table. Each write is one IndexedDB
 * transaction, so a share is stored whole or not at all.
 */
import type { Share } from '../core/share';
import type { TagCount } from '../shared/protocol';
import { searchWords } from '../core/search-words';
import { fromStored, toStored, type SharefeedDb } from './db';

export interface ShareQuery {
  query?: string;
  tag?: string;
  offset?: number;
  limit?: number;
}

/** Records fetched per IndexedDB round trip while filling a reply. */
const READ_BATCH = 100;

export class ShareRepository {
  constructor(private readonly db: SharefeedDb) {}

  async get(id: string): Promise<Share | null> {
    const row = await this.db.shares.get(id);
    return row ? fromStored(row) : null;
  }

  async findByCanonicalUrl(canonicalUrl: string): Promise<Share | null> {
    const row = await this.db.shares.where('canonicalUrl').equals(canonicalUrl).first();
    return row ? fromStored(row) : null;
  }

  /**
   * Store a new share, or merge into the one already stored for its canonical URL (found inside the same
   * transaction, so two shares of one page fired at once still leave exactly one record).
   */
  async upsert(share: Share, merge: (existing: Share) => Share): Promise<{ share: Share; updated: boolean }> {
    return this.db.transaction('rw', this.db.shares, async () => {
      const existing = await this.db.shares.where('canonicalUrl').equals(share.canonicalUrl).first();
      const next = existing ? merge(fromStored(existing)) : share;
      await this.db.shares.put(toStored(next));
      return { share: next, updated: existing !== undefined };
    });
  }

  async put(share: Share): Promise<Share> {
    await this.db.shares.put(toStored(share));
    return share;
  }

  async remove(id: string): Promise<Share | null> {
    return this.db.transaction('rw', this.db.shares, async () => {
      const row = await this.db.shares.get(id);
      if (row) await this.db.shares.delete(id);
      return row ? fromStored(row) : null;
    });
  }

  /** Puts and removes in one transaction: a restore or import lands whole or not at all. */
  async apply(put: readonly Share[], remove: readonly string[]): Promise<void> {
    await this.db.transaction('rw', this.db.shares, async () => {
      if (remove.length) await this.db.shares.bulkDelete([...remove]);
      if (put.length) await this.db.shares.bulkPut(put.map(toStored));
    });
  }

  /** The stored shares that could clash with these: same id or same canonical URL. */
  async matching(incoming: readonly Share[]): Promise<Share[]> {
    const [byId, byUrl] = await Promise.all([
      this.db.shares.bulkGet(incoming.map((s) => s.id)),
      this.db.shares.where('canonicalUrl').anyOf(incoming.map((s) => s.canonicalUrl)).toArray(),
    ]);
    const rows = new Map<string, Share>();
    for (const row of [...byId, ...byUrl]) if (row) rows.set(row.id, fromStored(row));
    return [...rows.values()];
  }

  async all(): Promise<Share[]> {
    const rows = await this.db.shares.orderBy('sharedAt').reverse().toArray();
    return rows.map(fromStored);
  }

  /** Ids newest first, of every share or of one tag's (any case), at most `limit`; reads only index keys. */
  async ids({ tag, limit = Number.MAX_SAFE_INTEGER }: { tag?: string; limit?: number }): Promise<string[]> {
    const ordered = await this.db.shares.orderBy('sharedAt').reverse().primaryKeys();
    if (!tag) return ordered.slice(0, limit);
    const tagged = new Set(await this.db.shares.where('tagKeys').equals(tag.toLowerCase()).primaryKeys());
    return ordered.filter((id) => tagged.has(id)).slice(0, limit);
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
      for (const row of rows) {
        const share = row && fromStored(row);
        const size = share ? JSON.stringify(share).length : 0;
        if (shares.length > 0 && used + size > budget) return { shares, read };
        if (share) shares.push(share);
        used += size;
        read++;
      }
    }
    return { shares, read };
  }

  /**
   * Newest first, a page at a time. Without a filter this walks the sharedAt index and reads only the page;
   * with one, it intersects primary keys from the word and tag indexes and reads only the page's records.
   */
  async list({ query = '', tag, offset = 0, limit = 50 }: ShareQuery): Promise<{ shares: Share[]; total: number }> {
    const words = searchWords(query);
    if (!words.length && !tag) {
      const [rows, total] = await Promise.all([
        this.db.shares.orderBy('sharedAt').reverse().offset(offset).limit(limit).toArray(),
        this.db.shares.count(),
      ]);
      return { shares: rows.map(fromStored), total };
    }
    const keySets: Promise<string[]>[] = words.map((w) =>
      this.db.shares.where('words').startsWith(w).primaryKeys(),
    );
    if (tag) keySets.push(this.db.shares.where('tagKeys').equals(tag.toLowerCase()).primaryKeys());
    const [ordered, ...sets] = await Promise.all([
      this.db.shares.orderBy('sharedAt').reverse().primaryKeys(),
      ...keySets,
    ]);
    const matching = sets.map((keys) => new Set(keys));
    const hits = ordered.filter((id) => matching.every((set) => set.has(id)));
    const page = await this.db.shares.bulkGet(hits.slice(offset, offset + limit));
    return { shares: page.filter((r) => r !== undefined).map(fromStored), total: hits.length };
  }

  /** Tag counts from the tags index keys alone; the spelling shown is the most used one. */
  async tags(): Promise<TagCount[]> {
    const keys = (await this.db.shares.orderBy('tags').keys()) as string[];
    const byKey = new Map<string, Map<string, number>>();
    for (const tag of keys) {
      const spellings = byKey.get(tag.toLowerCase()) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      byKey.set(tag.toLowerCase(), spellings);
    }
    const counts = [...byKey.values()].map((spellings) => {
      const [tag] = [...spellings.entries()].sort((a, b) => b[1] - a[1])[0]!;
      return { tag, count: [...spellings.values()].reduce((a, b) => a + b, 0) };
    });
    return counts.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }
}
