/** Turns a file's entries into shares: each entry on its own (one bad entry never sinks the file), then deduped. */
import type { Share } from '../core/share';
import type { Skipped } from '../core/merge-shares';
import { itemToShare } from './item-to-share';
import { cleanText, htmlToText } from './plain-text';
import type { ImportDeps, ImportItem, ImportResult } from './types';

export const MAX_ENTRIES = 100_000;

const DUPLICATE = 'It is listed more than once in the file (same address); the most recent entry was imported.';

export function collectShares(items: readonly ImportItem[], deps: ImportDeps, format: string): ImportResult {
  const skipped: Skipped[] = [];
  const noteOf = new Map<string, string>();
  const byUrl = new Map<string, Share>();
  for (const item of items.slice(0, MAX_ENTRIES)) {
    const title = () => itemTitle(item, deps);
    let outcome: ReturnType<typeof itemToShare>;
    try {
      outcome = itemToShare(item, deps);
    } catch (err) {
      skipped.push({
        title: title(),
        reason: `Sharefeed could not read this entry (${err instanceof Error ? err.message : String(err)}).`,
      });
      continue;
    }
    if ('skip' in outcome) {
      skipped.push({ title: title(), reason: outcome.skip });
      continue;
    }
    const { share, note } = outcome;
    if (note) noteOf.set(share.id, note);
    const twin = byUrl.get(share.canonicalUrl);
    if (twin && !isNewer(share, twin)) {
      skipped.push({ title: share.title, reason: DUPLICATE });
      continue;
    }
    if (twin) skipped.push({ title: twin.title, reason: DUPLICATE });
    byUrl.set(share.canonicalUrl, share);
  }
  if (items.length > MAX_ENTRIES) {
    const more = (items.length - MAX_ENTRIES).toLocaleString('en');
    skipped.push({
      title: `${more} more entries`,
      reason: `Sharefeed imports at most ${MAX_ENTRIES.toLocaleString('en')} entries from one file.`,
    });
  }
  const shares = [...byUrl.values()];
  const notes = shares.flatMap((s) => (noteOf.has(s.id) ? [{ title: s.title, reason: noteOf.get(s.id)! }] : []));
  return { shares, skipped, notes, format };
}

function isNewer(a: Share, b: Share): boolean {
  return a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : a.sharedAt > b.sharedAt;
}

function itemTitle(item: ImportItem, deps: ImportDeps): string {
  try {
    const title = htmlToText(item.title, deps.parseHtml, 200);
    return title || cleanText(item.url ?? '', 200) || 'An entry without title or link';
  } catch {
    return 'An entry whose title could not be read';
  }
}
