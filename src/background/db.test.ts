import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DB_NAME, SharefeedDb } from './db';
import { ShareRepository } from './shares';
import { makeShare } from './test-shares';
import { CUT_NOTE, MAX_STORED_CONTENT, UNREADABLE_NOTE, toStoredShare } from '../core/stored-share';
import { SettingsStore } from './settings-store';

/** The schema exactly as the first release (0.1.0, version 1) declared it; frozen here on purpose. */
class FirstReleaseDb extends Dexie {
  constructor(indexedDB: IDBFactory) {
    super(DB_NAME, { indexedDB, IDBKeyRange });
    this.version(1).stores({ shares: 'id, &canonicalUrl, sharedAt, *tags', settings: 'key' });
  }
}

/** Version 3's schema as it shipped, before articles were stored feed-ready. */
class ThirdVersionDb extends Dexie {
  constructor(indexedDB: IDBFactory) {
    super(DB_NAME, { indexedDB, IDBKeyRange });
    this.version(1).stores({ shares: 'id, &canonicalUrl, sharedAt, *tags', settings: 'key' });
    this.version(2).stores({ shares: 'id, &canonicalUrl, sharedAt, *tags, *words, *tagKeys', settings: 'key', tabStatus: 'tabId' });
    this.version(3).stores({ shares: 'id, &canonicalUrl, sharedAt', settings: 'key', tabStatus: 'tabId', catalog: 'key' });
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
    expect(db.verno).toBe(5);
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

  it('never fails over one row: an old article too large once made safe is kept as its text, cut, and reported', async () => {
    const indexedDB = new IDBFactory();
    const written = [makeShare(1), makeShare(2), makeShare(3)];
    // Stored by an older version: under the cap as it is, six times over it once its quotes are escaped.
    const huge = `<p>${'"a" '.repeat(MAX_STORED_CONTENT / 4 - 4)}</p>`;
    written[1] = { ...written[1]!, title: 'The huge one', article: { ...written[1]!.article!, content: huge } };
    // A damaged row (its article not HTML text at all, as a bug in an older version could leave): kept, never fatal.
    written[2] = { ...written[2]!, title: 'The damaged one', article: { ...written[2]!.article!, content: 42 as unknown as string } };
    const old = new ThirdVersionDb(indexedDB);
    await old.table('shares').bulkPut(written);
    old.close();

    const db = new SharefeedDb({ indexedDB, IDBKeyRange });
    const repo = new ShareRepository(db);
    expect(await repo.all()).toHaveLength(3);
    const cut = (await repo.get(written[1]!.id))!;
    expect(cut.article!.truncated).toBe(true);
    expect(cut.article!.content.length).toBeLessThanOrEqual(MAX_STORED_CONTENT);
    expect(cut.article!.content).toMatch(/^<p>&quot;a&quot; &quot;a&quot; /);
    expect(cut.article!.content.endsWith(`<p><em>${CUT_NOTE}</em></p>`)).toBe(true);
    expect({ ...cut, article: null }).toEqual({ ...written[1], article: null });
    expect(await repo.get(written[0]!.id)).toEqual(toStoredShare(written[0]!));
    const damaged = (await repo.get(written[2]!.id))!;
    expect(damaged.article!.content).toBe(`<p>42</p><p><em>${UNREADABLE_NOTE}</em></p>`);
    expect({ ...damaged, article: null }).toEqual({ ...written[2], article: null });
    const notices = await new SettingsStore(
      db,
      () => '',
      () => '',
    ).notices();
    expect(notices).toEqual([
      '“The huge one” was too large to keep whole and was cut to its text, with a note.',
      '“The damaged one” could not be read as it was stored and was kept as its text, with a note.',
    ]);
    // And it opens again.
    db.close();
    const again = new SharefeedDb({ indexedDB, IDBKeyRange });
    expect(await new ShareRepository(again).all()).toHaveLength(3);
    again.close();
  }, 60_000);
});
