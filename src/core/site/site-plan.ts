/**
 * Which files make up the published site (site-layout.ts), and which of them a set of changes can have touched.
 * Works on the catalog's small entries (id, time, tags), newest first, so planning costs no article reads;
 * the publisher renders only the touched files, and uploads only those whose bytes changed.
 */
import { tagKey } from '../feed/select';
import type { FeedFormat } from '../feed/formats';
import { FEED_FORMATS, PAGE_SIZE, archivePageCount, archivePageOf, archivePath, archiveRange, feedPath, frontPath } from './site-layout';

/** A share as the plan sees it. */
export interface SiteEntry {
  id: string;
  sharedAt: string;
  tags: readonly string[];
}

/** A change since the last publish: the share's time and its tags before and after (a deleted share included). */
export interface SiteChange {
  sharedAt: string;
  id: string;
  tags: readonly string[];
}

export type SiteFile =
  | { path: string; kind: 'feed'; format: FeedFormat; tag: string | null }
  | { path: string; kind: 'page'; tag: string | null; ids: string[]; pageLabel: string | null; newer: string | null; older: string | null };

/** One list the site shows: every share, or one tag's (`tag` as most often written, `key` as compared). */
interface Listing {
  key: string;
  tag: string | null;
  entries: SiteEntry[];
}

/** tagKey (Unicode normalization, case) once per spelling: a plan asks for the same few tags thousands of times. */
function tagKeys(): (tag: string) => string {
  const known = new Map<string, string>();
  return (tag) => {
    let key = known.get(tag);
    if (key === undefined) known.set(tag, (key = tagKey(tag)));
    return key;
  };
}

/** Every list the site has: all shares, then each tag's, tags in order of their keys. */
function listings(entries: readonly SiteEntry[], keyOf: (tag: string) => string): Listing[] {
  const byKey = new Map<string, { spellings: Map<string, number>; entries: SiteEntry[] }>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const tag of entry.tags) {
      const key = keyOf(tag);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const list = byKey.get(key) ?? { spellings: new Map<string, number>(), entries: [] as SiteEntry[] };
      list.spellings.set(tag, (list.spellings.get(tag) ?? 0) + 1);
      list.entries.push(entry);
      byKey.set(key, list);
    }
  }
  const tags = [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, list]) => ({ key, tag: mostUsed(list.spellings), entries: list.entries }));
  return [{ key: '', tag: null, entries: [...entries] }, ...tags];
}

function mostUsed(spellings: Map<string, number>): string {
  return [...spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** The files of one list: its feeds, its front page (the newest shares), and its archive pages. */
function filesOf({ key, tag, entries }: Listing): SiteFile[] {
  const k = key || undefined;
  const total = entries.length;
  const pages = archivePageCount(total);
  const files: SiteFile[] = FEED_FORMATS.map((format) => ({ path: feedPath(format, k), kind: 'feed', format, tag }));
  // The front page's "older" link goes to the archive page holding the first share not on it.
  const olderThanFront = total > PAGE_SIZE ? archivePageOf(total - PAGE_SIZE - 1) : null;
  files.push({
    path: frontPath(k),
    kind: 'page',
    tag,
    ids: entries.slice(0, PAGE_SIZE).map((e) => e.id),
    pageLabel: null,
    newer: null,
    older: olderThanFront ? archivePath(olderThanFront, k) : null,
  });
  for (let n = 1; n <= pages; n++) {
    const { start, end } = archiveRange(n, total);
    files.push({
      path: archivePath(n, k),
      kind: 'page',
      tag,
      ids: entries.slice(start, end).map((e) => e.id),
      pageLabel: `Page ${n} of ${pages}`,
      newer: n < pages ? archivePath(n + 1, k) : frontPath(k),
      older: n > 1 ? archivePath(n - 1, k) : null,
    });
  }
  return files;
}

/** The site for these entries (newest first), its lists worked out once for everything a publish asks of it. */
export interface SitePlan {
  /** Every file of the site. */
  files: SiteFile[];
  /** How many shares each list holds (`''` for all shares, else the tag's key): kept between publishes. */
  totals: Record<string, number>;
  /** The paths these changes can have touched (touchedPaths). */
  touched(changes: readonly SiteChange[], lastTotals: Record<string, number>): Set<string>;
}

export function planSite(entries: readonly SiteEntry[]): SitePlan {
  const keyOf = tagKeys();
  const lists = listings(entries, keyOf);
  return {
    files: lists.flatMap(filesOf),
    totals: Object.fromEntries(lists.map((list) => [list.key, list.entries.length])),
    touched: (changes, lastTotals) => touchedIn(lists, changes, lastTotals, keyOf),
  };
}

/** Every file of the site, for these entries (newest first). */
export function siteFiles(entries: readonly SiteEntry[]): SiteFile[] {
  return planSite(entries).files;
}

/** How many shares each list holds (`''` for all shares, else the tag's key): kept between publishes. */
export function listTotals(entries: readonly SiteEntry[]): Record<string, number> {
  return planSite(entries).totals;
}

/**
 * The paths these changes can have touched: every list's feeds and front page where a change belongs to the list,
 * and the archive pages holding the changed shares — from the first of them to the end when the list grew or
 * shrank (every later page shifts), else just those pages.
 */
export function touchedPaths(
  entries: readonly SiteEntry[],
  changes: readonly SiteChange[],
  lastTotals: Record<string, number>,
): Set<string> {
  return planSite(entries).touched(changes, lastTotals);
}

function touchedIn(
  lists: readonly Listing[],
  changes: readonly SiteChange[],
  lastTotals: Record<string, number>,
  keyOf: (tag: string) => string,
): Set<string> {
  const touched = new Set<string>();
  for (const list of lists) touchList(list, changes, lastTotals, touched, keyOf);
  // A tag no share carries any more has no list now, but its files were touched (and will be deleted).
  for (const change of changes) {
    for (const tag of change.tags) {
      const key = keyOf(tag);
      if (key) for (const format of FEED_FORMATS) touched.add(feedPath(format, key));
      if (key) touched.add(frontPath(key));
    }
  }
  return touched;
}

function touchList(
  list: Listing,
  changes: readonly SiteChange[],
  lastTotals: Record<string, number>,
  touched: Set<string>,
  keyOf: (tag: string) => string,
): void {
  const mine = list.key ? changes.filter((c) => c.tags.some((t) => keyOf(t) === list.key)) : changes;
  if (!mine.length) return;
  const k = list.key || undefined;
  for (const format of FEED_FORMATS) touched.add(feedPath(format, k));
  touched.add(frontPath(k));
  const total = list.entries.length;
  const pages = archivePageCount(total);
  const firstPage = Math.min(...mine.map((change) => archivePageOf(olderCount(list.entries, change))));
  const resized = lastTotals[list.key] !== total;
  if (resized)
    for (let n = firstPage; n <= Math.max(pages, archivePageCount(lastTotals[list.key] ?? 0)); n++) touched.add(archivePath(n, k));
  else for (const change of mine) touched.add(archivePath(archivePageOf(olderCount(list.entries, change)), k));
}

/** How many of the list's entries are older than the changed share (its position from the oldest). */
function olderCount(entries: readonly SiteEntry[], change: SiteChange): number {
  // Entries are newest first: the first one not newer than the change starts the older ones.
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isNewer(entries[mid]!, change)) low = mid + 1;
    else high = mid;
  }
  const at = entries[low]?.id === change.id ? low + 1 : low;
  return entries.length - at;
}

/** The catalog's order: newer `sharedAt` first, equal times by id, descending. */
function isNewer(a: SiteEntry, b: SiteChange): boolean {
  return a.sharedAt !== b.sharedAt ? a.sharedAt > b.sharedAt : a.id > b.id;
}
