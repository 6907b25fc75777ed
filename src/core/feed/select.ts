/** Which shares a feed holds and in what order — the same for every format. */
import { normalizeTags, type Share } from '../share';
import type { FeedSettings } from '../settings';
import { timeOf } from './dates';

/** Shares carrying `tag` (case-insensitive; none = all), newest `sharedAt` first, ties by id, cut to `settings.limit` (0 = all). */
export function selectEntries(shares: readonly Share[], settings: FeedSettings, tag?: string): Share[] {
  const wanted = tagKey(tag);
  const chosen = wanted ? shares.filter((s) => s.tags.some((t) => tagKey(t) === wanted)) : shares.slice();
  const keyed = chosen.map((share) => ({ share, time: timeOf(share.sharedAt) }));
  keyed.sort((a, b) => byNewest(a.time, b.time) || compareIds(a.share.id, b.share.id));
  const sorted = keyed.map((k) => k.share);
  return settings.limit > 0 ? sorted.slice(0, settings.limit) : sorted;
}

/** The form tags are compared in: as stored (trimmed, spaces folded), lower-cased. Empty means "no tag". */
export function tagKey(tag: string | undefined): string {
  return normalizeTags([tag ?? ''])[0]?.toLowerCase() ?? '';
}

/** Dates that cannot be read sort last, so a bad import never pushes real shares out of a limited feed. */
function byNewest(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  return b - a;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
