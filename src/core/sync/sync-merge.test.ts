/**
 * The sync rule as algebra: merging is commutative, associative and idempotent on any states, and two browsers doing
 * any interleaving of adds, edits, deletes and undos, syncing in any order, end in the same state without losing a
 * share that was not deleted — and with one share per page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinStates, newer, viewOf, wins, type SyncEntry } from './sync-merge';

const time = fc.integer({ min: 0, max: 40 }).map((n) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString());
/** An id's page and share time never change (a share keeps its address and its first share time). */
const PAGE: Record<string, string> = { a: 'https://x/1', b: 'https://x/1', c: 'https://x/2', d: 'https://x/2', e: 'https://x/3' };
const SHARED: Record<string, string> = {
  a: '2026-01-01T00:00:00.000Z',
  b: '2026-01-01T00:00:00.000Z',
  c: '2026-01-01T00:05:00.000Z',
  d: '2026-01-01T00:02:00.000Z',
  e: '2026-01-01T00:00:00.000Z',
};
const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const entry: fc.Arbitrary<SyncEntry> = fc.oneof(
  fc
    .record({ id, updatedAt: time, hash: fc.constantFrom('h1', 'h2', 'h3') })
    .map(({ id, updatedAt, hash }): SyncEntry => ({ kind: 'share', id, canonicalUrl: PAGE[id]!, sharedAt: SHARED[id]!, updatedAt, hash })),
  fc.record({ id, deletedAt: time }).map(({ id, deletedAt }): SyncEntry => ({ kind: 'tombstone', id, canonicalUrl: PAGE[id]!, deletedAt })),
);
const state = fc.array(entry, { maxLength: 8 }).map((entries) => {
  const map = new Map<string, SyncEntry>();
  for (const e of entries) map.set(e.id, newer(map.get(e.id), e));
  return map;
});

/** States compared as plain data (fast-check's records have no prototype). */
const plain = (state: Map<string, SyncEntry>) => JSON.parse(JSON.stringify(Object.fromEntries(state))) as unknown;
const same = (a: Map<string, SyncEntry>, b: Map<string, SyncEntry>) => expect(plain(a)).toEqual(plain(b));
const merge = (a: Map<string, SyncEntry>, b: Map<string, SyncEntry>) => joinStates(a, b);

describe('the sync rule', () => {
  it('orders any two versions of a share one way: newer wins, a deletion wins a tie, then the content hash', () => {
    const share = (updatedAt: string, hash: string): SyncEntry => ({
      kind: 'share',
      id: 'a',
      canonicalUrl: 'u',
      sharedAt: updatedAt,
      updatedAt,
      hash,
    });
    const gone = (deletedAt: string): SyncEntry => ({ kind: 'tombstone', id: 'a', canonicalUrl: 'u', deletedAt });
    expect(wins(share('2026-02', 'h'), gone('2026-01'))).toBe(true);
    expect(wins(gone('2026-02'), share('2026-01', 'h'))).toBe(true);
    expect(wins(gone('2026-01'), share('2026-01', 'h'))).toBe(true);
    expect(wins(share('2026-01', 'h2'), share('2026-01', 'h1'))).toBe(true);
    fc.assert(
      fc.property(entry, entry, (a, b) => {
        expect(wins(a, b) && wins(b, a)).toBe(false);
      }),
    );
  });

  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(state, state, state, (a, b, c) => {
        same(merge(a, b), merge(b, a));
        same(merge(merge(a, b), c), merge(a, merge(b, c)));
        same(merge(a, a), a);
      }),
      { numRuns: 2000 },
    );
  });

  it('shows one share per page, under the earliest share’s id and time, with the newest content', () => {
    const a: SyncEntry = {
      kind: 'share',
      id: 'a',
      canonicalUrl: 'https://x/1',
      sharedAt: '2026-01-01',
      updatedAt: '2026-01-01',
      hash: 'h1',
    };
    const b: SyncEntry = {
      kind: 'share',
      id: 'b',
      canonicalUrl: 'https://x/1',
      sharedAt: '2026-01-02',
      updatedAt: '2026-01-05',
      hash: 'h2',
    };
    const view = viewOf(merge(new Map([['a', a]]), new Map([['b', b]])));
    expect([...view.values()]).toEqual([{ id: 'a', sharedAt: '2026-01-01', content: b, aliases: ['b'] }]);
  });

  it('two browsers, any interleaving of adds, edits, deletes and undos, synced in any order: the same view, nothing lost', () => {
    type Op = { at: 0 | 1; kind: 'add' | 'edit' | 'delete' | 'undo' | 'sync'; page: number; pick: number };
    const op = fc.record({
      at: fc.constantFrom(0 as const, 1 as const),
      kind: fc.constantFrom('add' as const, 'edit' as const, 'delete' as const, 'undo' as const, 'sync' as const),
      page: fc.integer({ min: 1, max: 3 }),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops: Op[]) => {
        const replicas = [new Map<string, SyncEntry>(), new Map<string, SyncEntry>()];
        let clock = 0;
        let ids = 0;
        const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++clock)).toISOString();
        for (const { at, kind, page, pick } of ops) {
          const mine = replicas[at]!;
          if (kind === 'sync') {
            const joined = merge(replicas[0]!, replicas[1]!);
            replicas[0] = new Map(joined);
            replicas[1] = new Map(joined);
            continue;
          }
          // Each browser acts on what it shows (its view), as the person does.
          const view = viewOf(mine);
          const shown = [...view.values()];
          const canonicalUrl = `https://x/${page}`;
          if (kind === 'add') {
            const t = now();
            const existing = view.get(canonicalUrl);
            if (existing)
              mine.set(existing.id, { ...existing.content, id: existing.id, sharedAt: existing.sharedAt, updatedAt: t, hash: `e${clock}` });
            else mine.set(`s${++ids}`, { kind: 'share', id: `s${ids}`, canonicalUrl, sharedAt: t, updatedAt: t, hash: `n${clock}` });
          } else if (kind === 'edit' && shown.length) {
            const target = shown[pick % shown.length]!;
            mine.set(target.id, { ...target.content, id: target.id, sharedAt: target.sharedAt, updatedAt: now(), hash: `e${clock}` });
          } else if (kind === 'delete' && shown.length) {
            const target = shown[pick % shown.length]!;
            const t = now();
            for (const gone of [target.id, ...target.aliases])
              mine.set(gone, { kind: 'tombstone', id: gone, canonicalUrl: target.content.canonicalUrl, deletedAt: t });
          } else if (kind === 'undo') {
            const gone = [...mine.values()].filter((e) => e.kind === 'tombstone' && !view.has(e.canonicalUrl));
            const target = gone[pick % Math.max(1, gone.length)];
            if (target)
              mine.set(target.id, {
                kind: 'share',
                id: target.id,
                canonicalUrl: target.canonicalUrl,
                sharedAt: '2026-01-01T00:00:00.000Z',
                updatedAt: now(),
                hash: `u${clock}`,
              });
          }
        }
        const [a, b] = replicas as [Map<string, SyncEntry>, Map<string, SyncEntry>];
        const ab = merge(a, b);
        same(ab, merge(b, a));
        expect(JSON.stringify([...viewOf(ab)].sort())).toBe(JSON.stringify([...viewOf(merge(b, a))].sort()));
        // A page either browser shows is still shown after they sync, unless a browser deleted one of its shares.
        const final = viewOf(ab);
        for (const page of new Set([...viewOf(a).keys(), ...viewOf(b).keys()])) {
          if (!final.has(page)) expect([...ab.values()].some((e) => e.kind === 'tombstone' && e.canonicalUrl === page)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
