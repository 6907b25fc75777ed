/**
 * What restoring a backup or importing a file does to the stored shares, decided without touching storage: the
 * background applies `remove` then `put` in one transaction. The result never holds two shares with the same id
 * or the same canonical URL, which the database requires.
 */
import type { Share } from './share';
import { orderedShare } from './backup-share';

export interface Skipped {
  title: string;
  reason: string;
}

export interface MergeReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Existing shares deleted because they were not in the file (replace mode only). */
  removed: number;
  skipped: Skipped[];
}

export interface MergeResult {
  put: Share[];
  remove: string[];
  report: MergeReport;
}

const DUPLICATE = 'It appears more than once in the file (same id or address); the most recently updated copy was used.';
const ADDRESS_TAKEN = 'Another of your shares already has this address and was kept.';

/**
 * merge: a share matches an existing one with the same id, else the same canonical URL; the one updated last wins
 * and keeps the existing id (so feed entries keep their identity); anything unmatched is added.
 * replace: the file becomes the whole history; existing shares not in it are removed.
 */
export function mergeShares(existing: readonly Share[], incoming: readonly Share[], mode: 'merge' | 'replace'): MergeResult {
  const skipped: Skipped[] = [];
  const unique = dedupe(incoming, skipped);
  const result = mode === 'replace' ? replace(existing, unique) : merge(existing, unique, skipped);
  return { ...result, report: { ...result.report, skipped } };
}

const time = (iso: string) => Date.parse(iso);

/** Keeps the most recently updated share of each id and of each canonical URL, in file order. */
function dedupe(incoming: readonly Share[], skipped: Skipped[]): Share[] {
  const newestFirst = [...incoming].sort((a, b) => time(b.updatedAt) - time(a.updatedAt));
  const ids = new Set<string>();
  const urls = new Set<string>();
  const kept = new Set<Share>();
  for (const share of newestFirst) {
    if (ids.has(share.id) || urls.has(share.canonicalUrl)) {
      skipped.push({ title: share.title, reason: DUPLICATE });
      continue;
    }
    ids.add(share.id);
    urls.add(share.canonicalUrl);
    kept.add(share);
  }
  return incoming.filter((share) => kept.has(share));
}

type Counts = Omit<MergeReport, 'skipped'>;

function replace(existing: readonly Share[], incoming: readonly Share[]): { put: Share[]; remove: string[]; report: Counts } {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const keep = new Set(incoming.map((s) => s.id));
  const report: Counts = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const put: Share[] = [];
  for (const share of incoming) {
    const old = byId.get(share.id);
    if (!old) report.added++;
    else if (sameShare(old, share)) {
      report.unchanged++;
      continue;
    } else report.updated++;
    put.push(share);
  }
  const remove = existing.filter((s) => !keep.has(s.id)).map((s) => s.id);
  report.removed = remove.length;
  return { put, remove, report };
}

function merge(
  existing: readonly Share[],
  incoming: readonly Share[],
  skipped: Skipped[],
): { put: Share[]; remove: string[]; report: Counts } {
  // The store as it will be after the merge, so each decision sees the ones before it.
  const byId = new Map(existing.map((s) => [s.id, s]));
  const byUrl = new Map(existing.map((s) => [s.canonicalUrl, s]));
  const put = new Map<string, Share>();
  const report: Counts = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const share of incoming) {
    const target = byId.get(share.id) ?? byUrl.get(share.canonicalUrl);
    if (target && time(share.updatedAt) <= time(target.updatedAt)) {
      report.unchanged++;
      continue;
    }
    const next = target ? { ...share, id: target.id } : share;
    const holder = byUrl.get(next.canonicalUrl);
    if (holder && holder.id !== next.id) {
      skipped.push({ title: share.title, reason: ADDRESS_TAKEN });
      continue;
    }
    if (target) {
      byUrl.delete(target.canonicalUrl);
      report.updated++;
    } else report.added++;
    byId.set(next.id, next);
    byUrl.set(next.canonicalUrl, next);
    put.set(next.id, next);
  }
  return { put: [...put.values()], remove: [], report };
}

function sameShare(a: Share, b: Share): boolean {
  return JSON.stringify(orderedShare(a)) === JSON.stringify(orderedShare(b));
}
