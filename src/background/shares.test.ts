import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SharefeedDb } from './db';
import { ShareRepository } from './shares';
import { makeShare } from './test-shares';

let repo: ShareRepository;
let db: SharefeedDb;

beforeEach(() => {
  db = new SharefeedDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  repo = new ShareRepository(db);
});

const keepFirst = (existing: ReturnType<typeof makeShare>) => existing;

describe('ShareRepository', () => {
  it('stores twenty shares fired at once, none lost and none duplicated', async () => {
    // Ten pages, each shared twice at the same moment.
    const shares = Array.from({ length: 20 }, (_, i) => makeShare(100 + i, { canonicalUrl: `https://news.example/page-${i % 10}` }));
    const results = await Promise.all(shares.map((s) => repo.upsert(s, keepFirst)));
    expect(results.filter((r) => r.updated)).toHaveLength(10);
    expect(await db.shares.count()).toBe(10);
    const urls = (await repo.all()).map((s) => s.canonicalUrl).sort();
    expect(new Set(urls).size).toBe(10);
  });

  it('stores every article through the storage gate, whichever way it is written', async () => {
    const hostile =
      '<p onclick="x()" style="color:red">kept "text"\n</p><script>alert(1)</script><iframe src="https://evil.example/"></iframe>';
    const withArticle = (n: number, over = {}) => {
      const share = makeShare(n, over);
      return { ...share, article: { ...share.article!, content: hostile } };
    };
    const upserted = await repo.upsert(withArticle(1), keepFirst);
    const put = await repo.put(withArticle(2));
    await repo.apply([withArticle(3)], []);
    // A merge onto a stored share is gated too: what the merge returns is not trusted either.
    const merged = await repo.upsert(withArticle(4, { canonicalUrl: upserted.share.canonicalUrl }), (existing) => ({
      ...existing,
      article: { ...existing.article!, content: `${hostile}<p>merged</p>` },
    }));
    const stored = await repo.all();
    expect(stored).toHaveLength(3);
    for (const share of stored) {
      expect(share.article!.content).toMatch(/^<p>kept &quot;text&quot;&#10;<\/p>(<p>merged<\/p>)?$/);
    }
    expect(put.article!.content).toBe((await repo.get(put.id))!.article!.content);
    expect(merged.share.article!.content).toBe('<p>kept &quot;text&quot;&#10;</p><p>merged</p>');
  });

  it('answers as many shares as fit the budget, and always at least one', async () => {
    await repo.apply(
      Array.from({ length: 6 }, (_, i) => makeShare(i)),
      [],
    );
    const ids = await repo.ids({});
    const one = JSON.stringify(await repo.get(ids[0]!)).length;
    expect(await repo.readMany(ids, one * 2.5)).toMatchObject({ read: 2 });
    expect((await repo.readMany(ids, 1)).shares.map((s) => s.id)).toEqual([ids[0]]);
    expect((await repo.readMany(ids, Infinity)).shares).toHaveLength(6);
  });

  it('lists newest first, a page at a time, with the total', async () => {
    await repo.apply(
      Array.from({ length: 70 }, (_, i) => makeShare(i)),
      [],
    );
    const first = await repo.list({ limit: 30 });
    expect(first.total).toBe(70);
    expect(first.shares[0]!.id).toBe(makeShare(69).id);
    const third = await repo.list({ offset: 60, limit: 30 });
    expect(third.shares.map((s) => s.id)).toEqual(Array.from({ length: 10 }, (_, i) => makeShare(9 - i).id));
  });

  it('searches title, comment, site, URL and tags by word prefix, ignoring case and accents', async () => {
    await repo.apply(
      Array.from({ length: 30 }, (_, i) => makeShare(i)),
      [],
    );
    expect((await repo.list({ query: 'CAFÉ' })).total).toBe(30);
    expect((await repo.list({ query: 'worth read #13' })).shares.map((s) => s.id)).toEqual([makeShare(13).id]);
    expect((await repo.list({ query: 'news.example story-2' })).total).toBe(11); // story-2 and story-20…29: words match by prefix;
    expect((await repo.list({ query: 'scien' })).total).toBe(10);
    expect((await repo.list({ query: 'paragraph' })).total).toBe(0); // article text is not searched
  });

  it('filters by tag case-insensitively and combines with search', async () => {
    await repo.apply(
      Array.from({ length: 30 }, (_, i) => makeShare(i)),
      [],
    );
    expect((await repo.list({ tag: 'science' })).total).toBe(10);
    expect((await repo.list({ tag: 'TECH', query: 'worth' })).total).toBe(10);
  });

  it('counts tags, most used first', async () => {
    await repo.apply(
      Array.from({ length: 30 }, (_, i) => makeShare(i)),
      [],
    );
    const tags = await repo.tags();
    expect(tags[0]).toEqual({ tag: 'tech', count: 20 });
    expect(tags.find((t) => t.tag === 'Science')).toEqual({ tag: 'Science', count: 10 });
  });

  it('rebuilds the catalog from the shares should its row be lost', async () => {
    await repo.apply(
      Array.from({ length: 12 }, (_, i) => makeShare(i)),
      [],
    );
    const before = await repo.list({ query: 'worth', limit: 100 });
    await db.catalog.clear();
    expect(await repo.list({ query: 'worth', limit: 100 })).toEqual(before);
    expect(await db.catalog.count()).toBe(1);
  });

  it('removes and gives back exactly what was stored', async () => {
    const share = makeShare(5);
    await repo.put(share);
    expect(await repo.remove(share.id)).toEqual(share);
    expect(await repo.get(share.id)).toBeNull();
    await repo.put(share);
    expect(await repo.get(share.id)).toEqual(share);
  });

  it('applies a batch whole or not at all', async () => {
    await repo.put(makeShare(1));
    const clash = makeShare(2, { canonicalUrl: makeShare(1).canonicalUrl });
    await expect(repo.apply([makeShare(3), clash], [])).rejects.toThrow();
    expect((await repo.all()).map((s) => s.id)).toEqual([makeShare(1).id]);
  });
});
