import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DB_NAME, SharefeedDb } from './db';
import { ShareRepository } from './shares';
import { makeShare } from './test-shares';
import { toStoredShare } from '../core/stored-share';

/** The schema exactly as the first release (0.1.0, version 1) declared it; frozen here on purpose. */
class FirstReleaseDb extends Dexie {
  constructor(indexedDB: IDBFactory) {
    super(DB_NAME, { indexedDB, IDBKeyRange });
    this.version(1).stores({ shares: 'id, &canonicalUrl, sharedAt, *tags', settings: 'key' });
  }
}

describe('schema upgrades', () => {
  it('opens a database written by the first release without losing a share, its articles in stored form', async () => {
    const indexedDB = new IDBFactory();
    const written = Array.from({ length: 25 }, (_, i) => makeShare(i));
    // A row as an older release could hold it (say, from an import): markup no feed ever carried.
    written[3] = {
      ...written[3]!,
      article: { ...written[3]!.article!, content: '<p class="x" onclick="y()">a\nb</p><script>z()</script>' },
    };
    const settings = { key: 'feed', value: { feedId: 'urn:uuid:1', title: 'Mine' } };
    const old = new FirstReleaseDb(indexedDB);
    await old.table('shares').bulkPut(written);
    await old.table('settings').put(settings);
    old.close();

    const db = new SharefeedDb({ indexedDB, IDBKeyRange });
    const repo = new ShareRepository(db);
    expect(db.verno).toBe(4);
    const all = await repo.all();
    expect(all).toHaveLength(25);
    // Version 4 stores articles feed-ready: each old row is exactly what the storage gate makes of it (the HTML
    // every export of it already wrote); every other field is as it was.
    for (const share of written) expect(await repo.get(share.id)).toEqual(toStoredShare(share));
    expect((await repo.get(written[3]!.id))!.article!.content).toBe('<p>a&#10;b</p>');
    expect(await db.settings.get('feed')).toEqual(settings);
    // The upgrade filled in the new search index for the old rows.
    const found = await repo.list({ query: 'cafe story 7' });
    expect(found.shares.map((s) => s.id)).toEqual([written[7]!.id]);
    db.close();
  });
});
