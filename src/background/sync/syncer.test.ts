/**
 * Two browsers (two databases, the real repository and syncer) syncing through a real Apache mod_dav folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DAV_AUTH, DAV_PASSWORD, DAV_USER, startDav, type DavServer } from '../../../test-servers/apache-dav';
import { SharefeedDb } from '../db';
import { ShareRepository } from '../shares';
import { SettingsStore } from '../settings-store';
import { PublishStore } from '../publish/publish-store';
import { makeShare } from '../test-shares';
import { Syncer } from './syncer';
import { syncHandlers } from './sync-handlers';
import type { Share } from '../../core/share';

let dav: DavServer;
beforeAll(async () => {
  dav = await startDav();
}, 30_000);
afterAll(() => dav?.dispose());

let folders = 0;
let clock = Date.UTC(2026, 11, 1);
const now = () => new Date((clock += 1000)).toISOString();

function browser(folder: string, remote: (u: string, i?: RequestInit) => Promise<Response> = (u, i) => fetch(u, i)) {
  const db = new SharefeedDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const shares = new ShareRepository(db, undefined, now);
  const settings = new SettingsStore(db, now, () => crypto.randomUUID());
  const syncer = new Syncer({ db, shares, settings, publishing: new PublishStore(db), fetch: remote, now });
  const ready = syncer.store.setConfig({ enabled: true, kind: 'webdav', url: folder, username: DAV_USER, password: DAV_PASSWORD }, true);
  const titles = async () => (await shares.all()).map((s) => s.title).sort();
  return { db, shares, settings, syncer, ready, titles, sync: () => syncer.run().then((r) => r!) };
}

async function pair() {
  const folder = `${dav.folderUrl}sync-${++folders}/`;
  const a = browser(folder);
  const b = browser(folder);
  await Promise.all([a.ready, b.ready]);
  return { a, b, folder };
}

const share = (n: number, overrides: Partial<Share> = {}) => makeShare(n, { updatedAt: now(), ...overrides });

describe('sync between two browsers', () => {
  it('a share added in A appears in B; a round with nothing new is one request', async () => {
    const { a, b } = await pair();
    await a.shares.put(share(1));
    await a.sync();
    const report = await b.sync();
    expect(report.pulled).toBe(1);
    expect(await b.titles()).toEqual(['Story number 1: Café society']);
    expect(await b.shares.get(makeShare(1).id)).toEqual(await a.shares.get(makeShare(1).id));
    await a.sync();
    await b.sync();
    const quiet = await b.sync();
    expect(quiet).toMatchObject({ pulled: 0, pushed: 0, requests: 1 });
    // After quiet rounds, changes on either side still travel.
    await b.shares.put({ ...(await b.shares.get(makeShare(1).id))!, comment: 'from B', updatedAt: now() });
    expect(await b.sync()).toMatchObject({ pushed: 1 });
    expect(await a.sync()).toMatchObject({ pulled: 1 });
    expect((await a.shares.get(makeShare(1).id))!.comment).toBe('from B');
  });

  it('an edit in B and a delete in A at once: the newer wins, in both', async () => {
    const { a, b } = await pair();
    await a.shares.put(share(1));
    await a.sync();
    await b.sync();
    // B edits, then (later) A deletes: the delete is newer and wins.
    const inB = (await b.shares.get(makeShare(1).id))!;
    await b.shares.put({ ...inB, comment: 'edited in B', updatedAt: now() });
    await a.shares.remove(makeShare(1).id);
    await b.sync();
    await a.sync();
    await b.sync();
    expect(await a.titles()).toEqual([]);
    expect(await b.titles()).toEqual([]);
    // The deleted share's file is gone from the folder too; only its tombstone, in the manifest, is kept.
    expect(dav.read(`sync-${folders}/shares/${makeShare(1).id}.json`)).toBeNull();
    expect(dav.read(`sync-${folders}/manifest.json`)).toContain(makeShare(1).id);
    // And the other way: a delete older than the edit loses.
    await a.shares.put(share(2));
    await a.sync();
    await b.sync();
    await a.shares.remove(makeShare(2).id);
    const inB2 = (await b.shares.get(makeShare(2).id))!;
    await b.shares.put({ ...inB2, comment: 'edited after the delete', updatedAt: now() });
    await a.sync();
    await b.sync();
    await a.sync();
    expect((await a.shares.get(makeShare(2).id))?.comment).toBe('edited after the delete');
    expect((await b.shares.get(makeShare(2).id))?.comment).toBe('edited after the delete');
  });

  it('an edit made while a round is fetching that share is kept, and the next round sends it', async () => {
    const folder = `${dav.folderUrl}sync-${++folders}/`;
    let meanwhile: (() => Promise<void>) | null = null;
    const a = browser(folder);
    const b = browser(folder, async (url, init) => {
      const response = await fetch(url, init);
      if (meanwhile && (init?.method ?? 'GET') === 'GET' && url.includes('/shares/')) {
        const edit = meanwhile;
        meanwhile = null;
        await edit();
      }
      return response;
    });
    await Promise.all([a.ready, b.ready]);
    const id = makeShare(1).id;
    await a.shares.put(share(1));
    await a.sync();
    await b.sync();
    await a.shares.put({ ...(await a.shares.get(id))!, comment: 'from A', updatedAt: now() });
    await a.sync();
    // B's round fetches A's edit; while it does, the person edits the same share in B.
    meanwhile = async () => void (await b.shares.put({ ...(await b.shares.get(id))!, comment: 'typed in B meanwhile', updatedAt: now() }));
    await b.sync();
    expect(meanwhile).toBeNull();
    expect((await b.shares.get(id))!.comment).toBe('typed in B meanwhile');
    await b.sync();
    await a.sync();
    expect((await a.shares.get(id))!.comment).toBe('typed in B meanwhile');
    expect((await b.shares.get(id))!.comment).toBe('typed in B meanwhile');
  });

  it('both offline, both change, both back: the same shares, one share per page (the earlier one’s id)', async () => {
    const { a, b } = await pair();
    await a.shares.put(share(1));
    await b.shares.put(share(2));
    // The same page shared in both, each with its own id: A's is the earlier.
    const page = { url: 'https://news.example/same', canonicalUrl: 'https://news.example/same' };
    await a.shares.put(
      share(10, { ...page, id: 'aaaaaaaa-0000-4000-8000-000000000010', sharedAt: '2026-11-01T00:00:00.000Z', comment: 'from A' }),
    );
    await b.shares.put(
      share(11, { ...page, id: 'bbbbbbbb-0000-4000-8000-000000000011', sharedAt: '2026-11-02T00:00:00.000Z', comment: 'from B, later' }),
    );
    await a.sync();
    await b.sync();
    await a.sync();
    const [inA, inB] = [await a.shares.all(), await b.shares.all()];
    expect(inA).toEqual(inB);
    expect(inA).toHaveLength(3);
    const same = inA.find((s) => s.canonicalUrl === page.canonicalUrl)!;
    expect(same).toMatchObject({
      id: 'aaaaaaaa-0000-4000-8000-000000000010',
      sharedAt: '2026-11-01T00:00:00.000Z',
      comment: 'from B, later',
    });
  });

  it('20 shares in A while B syncs: all 20 in B, exactly once; the server killed mid-round loses nothing and resumes', async () => {
    const folder = `${dav.folderUrl}sync-${++folders}/`;
    // A's requests can cut the server off at a chosen moment (a crash mid-round, not a timer racing the round).
    let killAfter = Infinity;
    const a = browser(folder, (url, init) => {
      if (--killAfter === 0) dav.kill();
      return fetch(url, init);
    });
    const b = browser(folder);
    await Promise.all([a.ready, b.ready]);
    await b.sync();
    // B syncs over and over while A shares and syncs: rounds overlap however they happen to.
    let sharing = true;
    const bRounds = (async () => {
      while (sharing) await b.sync().catch(() => undefined);
    })();
    for (let i = 1; i <= 20; i++) {
      await a.shares.put(share(100 + i));
      if (i % 5 === 0) await a.sync().catch(() => undefined);
    }
    sharing = false;
    await bRounds;
    await a.sync();
    await b.sync();
    expect((await b.shares.all()).map((s) => s.id).sort()).toEqual((await a.shares.all()).map((s) => s.id).sort());
    expect(await b.shares.all()).toHaveLength(20);

    for (let i = 1; i <= 30; i++) await a.shares.put(share(200 + i));
    killAfter = 12;
    await expect(a.sync()).rejects.toThrow();
    expect((await a.syncer.store.state()).lastError).toMatch(/could not reach|had a problem/);
    await dav.start();
    await a.sync();
    await b.sync();
    expect(await b.shares.all()).toHaveLength(50);
    expect(await a.shares.all()).toHaveLength(50);
  });

  it('a sync folder emptied behind their backs is filled again, and the other browser loses nothing', async () => {
    const { a, b, folder } = await pair();
    for (let i = 1; i <= 3; i++) await a.shares.put(share(i));
    await a.sync();
    await b.sync();
    expect((await fetch(folder, { method: 'DELETE', headers: DAV_AUTH })).ok).toBe(true);
    await a.shares.put(share(4));
    await a.sync();
    expect(dav.read(`sync-${folders}/shares/${makeShare(2).id}.json`)).toContain(makeShare(2).id);
    const report = await b.sync();
    expect(report.problems).toEqual([]);
    expect(await b.titles()).toEqual(await a.titles());
    expect(await b.shares.all()).toHaveLength(4);
  });

  it('refuses a tampered file with its reason and syncs the rest; never sends a password', async () => {
    const { a, b, folder } = await pair();
    await a.shares.put(share(1));
    await a.shares.put(share(2));
    await a.sync();
    // Someone edits a share file on the server by hand, badly.
    const id = makeShare(2).id;
    await fetch(`${folder}shares/${id}.json`, {
      method: 'PUT',
      headers: DAV_AUTH,
      body: '{"id": "not this one"',
    });
    const report = await b.sync();
    expect(report.problems).toEqual([`shares/${id}.json could not be used (it is not valid JSON); it was left as it is.`]);
    expect(await b.titles()).toEqual(['Story number 1: Café society']);
    expect(dav.read(`sync-${folders}/shares/${id}.json`)).toBe('{"id": "not this one"');
    for (const file of ['manifest.json', 'settings.json']) expect(dav.read(`sync-${folders}/${file}`)).not.toContain(DAV_PASSWORD);
    // Nothing else changes, but the refused file is looked at again each round (no one-request shortcut)…
    expect((await b.sync()).problems).toEqual(report.problems);
    // …so once it is put right, the share arrives.
    await a.shares.put({ ...(await a.shares.get(id))!, comment: 'fixed', updatedAt: now() });
    await a.sync();
    expect((await b.sync()).problems).toEqual([]);
    expect(await b.titles()).toEqual(['Story number 1: Café society', 'Story number 2: Café society']);
    expect(await b.sync()).toMatchObject({ requests: 1, problems: [] });
  });

  it('an address with a password in it is refused without repeating it; a saved password is kept only for its folder', async () => {
    const { a, folder } = await pair();
    const handlers = syncHandlers({ syncer: a.syncer, schedule: () => undefined });
    for (const url of ['https://ada:hunter2@dav.example.org/sync/', 'https:ada:hunter2@dav.example.org/sync/', '//ada:hunter2@x/']) {
      const refused = handlers.setSync({ type: 'setSync', sync: { enabled: true, kind: 'webdav', url, username: 'ada', password: 'p' } });
      await expect(refused).rejects.toThrow('Put the user name and password in their own fields, not in the address.');
    }
    const kept = await handlers.setSync({
      type: 'setSync',
      sync: { enabled: true, kind: 'webdav', url: folder, username: DAV_USER, password: '' },
    });
    expect(kept.sync).toMatchObject({ hasSecret: true });
    const elsewhere = handlers.setSync({
      type: 'setSync',
      sync: { enabled: true, kind: 'webdav', url: 'https://elsewhere.example/sync/', username: DAV_USER, password: '' },
    });
    await expect(elsewhere).rejects.toThrow('Enter the user name and password for the sync folder.');
  });

  it('syncs the feed’s settings (the folder’s win on a first sync), never a credential', async () => {
    const { a, b } = await pair();
    await a.settings.save({ title: 'Ada’s links', hubUrl: 'https://hub.example/' });
    await a.sync();
    await b.sync();
    expect(await b.settings.get()).toMatchObject({
      title: 'Ada’s links',
      hubUrl: 'https://hub.example/',
      feedId: (await a.settings.get()).feedId,
    });
    await b.settings.save({ title: 'Ada’s links, from B' });
    await b.sync();
    await a.sync();
    expect((await a.settings.get()).title).toBe('Ada’s links, from B');
  });
});
