import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeShares } from './merge-shares';
import { sharesArbitrary } from './backup-arbitraries';
import type { Share } from './share';

function share(id: string, url: string, updated: number, title = `Title ${id}`): Share {
  const at = new Date(Date.UTC(2026, 0, 1, 0, updated)).toISOString();
  return {
    id,
    url: `https://example.org/${url}?utm_source=x`,
    canonicalUrl: `https://example.org/${url}`,
    title,
    comment: '',
    tags: [],
    sharedAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
    updatedAt: at,
    capture: 'link',
    article: null,
  };
}

/** The store after applying a result the way the background does: remove, then put. */
function apply(existing: readonly Share[], result: ReturnType<typeof mergeShares>): Share[] {
  const store = new Map(existing.map((s) => [s.id, s]));
  for (const id of result.remove) store.delete(id);
  for (const s of result.put) store.set(s.id, s);
  return [...store.values()];
}

describe('mergeShares, merge mode', () => {
  const existing = [share('a', 'one', 10), share('b', 'two', 10), share('c', 'three', 10)];

  it('adds new shares, takes newer ones, keeps newer existing ones', () => {
    const incoming = [
      share('a', 'one', 20, 'Newer title'), // same id, newer → updated
      share('x', 'two', 5, 'Older copy'), // same address, older → unchanged
      share('y', 'three', 30, 'Newer from elsewhere'), // same address, newer → updated under the existing id
      share('z', 'four', 1), // new → added
    ];
    const result = mergeShares(existing, incoming, 'merge');
    expect(result.report).toEqual({ added: 1, updated: 2, unchanged: 1, removed: 0, skipped: [] });
    expect(result.remove).toEqual([]);
    expect(result.put.map((s) => [s.id, s.title])).toEqual([
      ['a', 'Newer title'],
      ['c', 'Newer from elsewhere'],
      ['z', 'Title z'],
    ]);
  });

  it('counts an identical share as unchanged and writes nothing', () => {
    const result = mergeShares(existing, existing, 'merge');
    expect(result).toEqual({ put: [], remove: [], report: { added: 0, updated: 0, unchanged: 3, removed: 0, skipped: [] } });
  });

  it('skips a newer share whose new address belongs to another existing share', () => {
    // "a" moved to the address of "b": taking it would leave two shares with one address.
    const result = mergeShares(existing, [share('a', 'two', 99, 'Moved')], 'merge');
    expect(result.put).toEqual([]);
    expect(result.report.skipped).toEqual([{ title: 'Moved', reason: 'Another of your shares already has this address and was kept.' }]);
  });

  it('keeps only the most recently updated of duplicates inside the file', () => {
    const result = mergeShares(
      [],
      [share('p', 'same', 1, 'Old'), share('q', 'same', 2, 'New'), share('q', 'other', 0, 'Older id twin')],
      'merge',
    );
    expect(result.put.map((s) => s.title)).toEqual(['New']);
    expect(result.report.added).toBe(1);
    expect(result.report.skipped.map((s) => s.title)).toEqual(['Old', 'Older id twin']);
  });
});

describe('mergeShares, replace mode', () => {
  it('makes the file the whole history', () => {
    const existing = [share('a', 'one', 10), share('b', 'two', 10), share('c', 'three', 10)];
    const incoming = [share('a', 'one', 10), share('b', 'two', 5, 'Older but wins'), share('n', 'three', 1)];
    const result = mergeShares(existing, incoming, 'replace');
    expect(result.report).toEqual({ added: 1, updated: 1, unchanged: 1, removed: 1, skipped: [] });
    expect(result.remove).toEqual(['c']);
    expect(apply(existing, result)).toEqual(incoming);
  });
});

describe('mergeShares, properties', () => {
  it('never leaves two shares with one id or one address, and accounts for every incoming share', () => {
    // Few distinct addresses so that collisions are common.
    const withFewUrls = sharesArbitrary(8).chain((shares) =>
      fc
        .tuple(...shares.map(() => fc.integer({ min: 0, max: 4 })))
        .map((picks) => shares.map((s, i) => ({ ...s, canonicalUrl: `https://example.org/${picks[i]}` }))),
    );
    const unique = (shares: Share[]) => {
      const seen = new Set<string>();
      return shares.filter((s) => !seen.has(s.canonicalUrl) && seen.add(s.canonicalUrl));
    };
    fc.assert(
      fc.property(withFewUrls.map(unique), withFewUrls, fc.constantFrom('merge', 'replace' as const), (existing, incoming, mode) => {
        const result = mergeShares(existing, incoming, mode);
        const after = apply(existing, result);
        expect(new Set(after.map((s) => s.id)).size).toBe(after.length);
        expect(new Set(after.map((s) => s.canonicalUrl)).size).toBe(after.length);
        const { added, updated, unchanged, skipped } = result.report;
        expect(added + updated + unchanged + skipped.length).toBe(incoming.length);
        expect(result.put).toHaveLength(added + updated);
      }),
      { numRuns: 300 },
    );
  });
});
