/**
 * The rule every browser applies to agree on one history, with no server of ours deciding:
 * - Per share id, the version with the newer `updatedAt` wins whole; a deletion (a tombstone) counts at its time
 *   and wins a tie, so a delete beats an older edit and loses to a newer one; two versions of the same time are
 *   ordered by a hash of their content, so every browser picks the same one. Joining two states takes each id's
 *   winner: commutative, associative and idempotent (property-tested), so any order of rounds between any browsers
 *   ends in the same state.
 * - What a browser shows is a view of that state: the same page shared in two browsers (same canonical URL, two
 *   ids) is one share — the earlier share's id and share time (so a published entry's id never changes), the newest
 *   version's content. Deleting it deletes every id of that page the browser knows.
 * Pure and deterministic.
 */
import type { Share } from '../share';
import { orderedShare } from '../backup-share';
import { SHAREFEED_NAMESPACE, uuidV5 } from '../feed/uuid-v5';

export type ShareVersion = { kind: 'share'; id: string; canonicalUrl: string; sharedAt: string; updatedAt: string; hash: string };
export type Tombstone = { kind: 'tombstone'; id: string; canonicalUrl: string; deletedAt: string };
export type SyncEntry = ShareVersion | Tombstone;

/** Every id a browser (or the server) knows, with its winning entry. */
export type SyncState = ReadonlyMap<string, SyncEntry>;

const timeOf = (entry: SyncEntry) => (entry.kind === 'share' ? entry.updatedAt : entry.deletedAt);

/** Whether `a` wins over `b` (two entries of the same id): a total order, the same in every browser. */
export function wins(a: SyncEntry, b: SyncEntry): boolean {
  const [ta, tb] = [timeOf(a), timeOf(b)];
  if (ta !== tb) return ta > tb;
  if (a.kind !== b.kind) return a.kind === 'tombstone';
  if (a.kind === 'share' && b.kind === 'share' && a.hash !== b.hash) return a.hash > b.hash;
  // The same hash is the same content; anything else that differs still decides, the same way everywhere.
  return JSON.stringify(a) > JSON.stringify(b);
}

export function newer(a: SyncEntry | undefined, b: SyncEntry): SyncEntry {
  return a && !wins(b, a) ? a : b;
}

/** Two states joined: each id's winner. */
export function joinStates(a: SyncState, b: SyncState): Map<string, SyncEntry> {
  const joined = new Map(a);
  for (const [id, entry] of b) joined.set(id, newer(joined.get(id), entry));
  return joined;
}

/** One page as a browser shows it. */
export interface Visible {
  /** The id it is shown (and published) under: the earliest share of the page, then the smallest id. */
  id: string;
  sharedAt: string;
  /** The newest version of the page, whichever id it is under: its content is shown. */
  content: ShareVersion;
  /** The page's other live ids, hidden behind it (deleting the page deletes them too). */
  aliases: string[];
}

/** What the state shows: one entry per page with a live share, by canonical URL. */
export function viewOf(state: SyncState): Map<string, Visible> {
  const view = new Map<string, Visible>();
  for (const entry of state.values()) {
    if (entry.kind !== 'share') continue;
    const seen = view.get(entry.canonicalUrl);
    if (!seen) {
      view.set(entry.canonicalUrl, { id: entry.id, sharedAt: entry.sharedAt, content: entry, aliases: [] });
      continue;
    }
    const earlier = entry.sharedAt < seen.sharedAt || (entry.sharedAt === seen.sharedAt && entry.id < seen.id);
    if (earlier) {
      seen.aliases.push(seen.id);
      seen.id = entry.id;
      seen.sharedAt = entry.sharedAt;
    } else seen.aliases.push(entry.id);
    if (wins(entry, seen.content)) seen.content = entry;
  }
  for (const visible of view.values()) visible.aliases.sort();
  return view;
}

/** The share a browser stores for a visible page: the newest content under the page's id and share time. */
export function visibleShare(visible: Visible, content: Share): Share {
  return { ...content, id: visible.id, sharedAt: visible.sharedAt };
}

/** A share's content hash: the same share gives the same hash in every browser (its fields in a fixed order). */
export function contentHash(share: Share): string {
  return uuidV5(SHAREFEED_NAMESPACE, JSON.stringify(orderedShare(share)));
}

/** A stored share as a sync entry. */
export function shareEntry(share: Share): ShareVersion {
  return {
    kind: 'share',
    id: share.id,
    canonicalUrl: share.canonicalUrl,
    sharedAt: share.sharedAt,
    updatedAt: share.updatedAt,
    hash: contentHash(share),
  };
}
