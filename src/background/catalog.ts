/**
 * The catalog: one small record per share — id, share time, search words, tags — kept newest first in a single
 * database row beside the shares, and rewritten in the same transaction as every write to them. The history's
 * first page, its total, search, tag counts and export lists then cost one read of this row, not a walk of
 * thousands of index entries (Chromium's IndexedDB checks each index entry against its record, so a walk over
 * 10,000 shares takes a few hundred milliseconds; one ~2 MB row takes a few). The row holds the entries as one
 * JSON string: IndexedDB copies a string in one piece, where ten thousand small objects cost it far more.
 * Pure functions over plain data: the repository reads and writes the row.
 */
import type { Share } from '../core/share';
import { searchWords } from '../core/search-words';

export interface CatalogEntry {
  id: string;
  sharedAt: string;
  /** The share's search words, each preceded by a space: `' cafe story 7'`, so a prefix test is one `includes`. */
  words: string;
  /** Tags as written. */
  tags: string[];
}

export interface CatalogRow {
  key: 'catalog';
  /** JSON of the entries, newest `sharedAt` first; equal times by id, descending (the sharedAt index in reverse). */
  json: string;
}

export const CATALOG_KEY = 'catalog';

export function packCatalog(entries: readonly CatalogEntry[]): CatalogRow {
  return { key: CATALOG_KEY, json: JSON.stringify(entries) };
}

export function unpackCatalog(row: CatalogRow): CatalogEntry[] {
  return JSON.parse(row.json) as CatalogEntry[];
}

export function catalogEntry(share: Share): CatalogEntry {
  const site = share.article?.siteName ?? '';
  const text = [share.title, share.comment, site, share.url, share.tags.join(' ')].join(' ');
  return { id: share.id, sharedAt: share.sharedAt, words: ` ${searchWords(text).join(' ')}`, tags: [...share.tags] };
}

function newerFirst(a: CatalogEntry, b: CatalogEntry): number {
  if (a.sharedAt !== b.sharedAt) return a.sharedAt > b.sharedAt ? -1 : 1;
  return a.id > b.id ? -1 : a.id < b.id ? 1 : 0;
}

/** The catalog with `put` entries added or replaced (by id) and `removed` ids gone, in order. */
export function updateCatalog(entries: readonly CatalogEntry[], put: readonly Share[], removed: readonly string[] = []): CatalogEntry[] {
  const gone = new Set([...removed, ...put.map((s) => s.id)]);
  // The kept entries are in order already: sorting them with a few new ones is near-linear (TimSort).
  return [...entries.filter((e) => !gone.has(e.id)), ...put.map(catalogEntry)].sort(newerFirst);
}

export function buildCatalog(shares: readonly Share[]): CatalogEntry[] {
  return shares.map(catalogEntry).sort(newerFirst);
}

/** Entries matching every word of `query` (as word prefixes) and `tag` (any case), newest first. */
export function findEntries(entries: readonly CatalogEntry[], query: string, tag?: string): readonly CatalogEntry[] {
  const words = searchWords(query).map((w) => ` ${w}`);
  const tagKey = tag?.toLowerCase();
  if (!words.length && !tagKey) return entries;
  return entries.filter((e) => words.every((w) => e.words.includes(w)) && (!tagKey || e.tags.some((t) => t.toLowerCase() === tagKey)));
}

/** Tag counts, most used first; tags differing only in case count together, under their most used spelling. */
export function countTags(entries: readonly CatalogEntry[]): { tag: string; count: number }[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      const spellings = byKey.get(tag.toLowerCase()) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      byKey.set(tag.toLowerCase(), spellings);
    }
  }
  const counts = [...byKey.values()].map((spellings) => {
    const [tag] = [...spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    return { tag, count: [...spellings.values()].reduce((a, b) => a + b, 0) };
  });
  return counts.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
