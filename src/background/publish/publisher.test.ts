/**
 * The publisher with the real repository (fake-indexeddb) against a real Apache mod_dav, and against the GitHub
 * stand-in: what lands on the server, that only changed files are sent, the queue across a worker restart, the
 * back-off when the server is down, each refusal's sentence, and no secret anywhere a person or a log could see.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DAV_AUTH, DAV_PASSWORD, DAV_USER, startDav, type DavServer } from '../../../test-servers/apache-dav';
import { startGithubStandin, type GithubStandin } from '../../../test-servers/github-standin';
import { writeFeed } from '../../core/feed/index';
import { serializeBackup } from '../../core/backup';
import { SharefeedDb } from '../db';
import { ShareRepository } from '../shares';
import { SettingsStore } from '../settings-store';
import { makeShare } from '../test-shares';
import { Publisher, retryDelay, siteSettings } from './publisher';
import { publishingHandlers } from './publish-handlers';
import type { Scheduler } from './schedule';
import type { Reach } from '../remote/reachability';

let dav: DavServer;
let gh: GithubStandin;
beforeAll(async () => {
  [dav, gh] = await Promise.all([startDav(), startGithubStandin()]);
}, 30_000);
afterAll(async () => {
  await dav?.dispose();
  await gh?.close();
});

let folderCount = 0;
function setup() {
  const db = new SharefeedDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  let clock = Date.UTC(2026, 11, 1, 12);
  const now = () => new Date((clock += 1000)).toISOString();
  const soon = vi.fn();
  const scheduler: Scheduler = { soon };
  const shares = new ShareRepository(db, soon);
  const settings = new SettingsStore(db, now, () => crypto.randomUUID(), soon);
  const wakes: number[] = [];
  const requests: string[] = [];
  const credentials: { url: string; authorization: string }[] = [];
  const fetchLogged = (url: string, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${url}`);
    const authorization = new Headers(init?.headers).get('authorization');
    if (authorization) credentials.push({ url, authorization });
    return fetch(url, init);
  };
  const deps = {
    db,
    shares,
    settings,
    fetch: fetchLogged,
    now,
    mayReach: async () => true,
    reach: async (): Promise<Reach> => 'answers',
    wakeAt: (when: number) => void wakes.push(when),
  };
  const publisher = new Publisher(deps);
  const handlers = publishingHandlers({ publisher, settings, scheduler, fetch: fetchLogged });
  const url = `${dav.folderUrl}site-${++folderCount}/`;
  const target = { kind: 'webdav' as const, url, username: DAV_USER, password: DAV_PASSWORD };
  return {
    db,
    shares,
    settings,
    publisher,
    handlers,
    deps,
    wakes,
    requests,
    credentials,
    soon,
    url,
    target,
    folder: `site-${folderCount}/`,
  };
}

const get = async (url: string) => {
  const response = await fetch(url);
  return response.ok ? response.text() : null;
};

describe('publishing to a WebDAV folder', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(async () => {
    t = setup();
    for (let i = 1; i <= 3; i++) await t.shares.put(makeShare(i));
    await t.handlers.setPublishing({ type: 'setPublishing', publishing: t.target });
  });

  it('publishes the feeds, the page and the tag files; the feeds are the export’s bytes, with rel="self" filled', async () => {
    const { report } = await t.handlers.publishNow({ type: 'publishNow' });
    expect(report.feedUrl).toBe(`${t.url}feed.atom`);
    const paths = report.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['feed.atom', 'feed.rss', 'feed.json', 'index.html', 'page-1.html', 'tags/tech.atom', 'tags/science.html']),
    );
    const settings = await t.settings.get();
    expect(settings.feedUrl).toBe(`${t.url}feed.atom`);
    for (const format of ['atom', 'rss', 'json'] as const) {
      const { shares } = await t.shares.list({ limit: 50 });
      expect(await get(`${t.url}feed.${format}`)).toBe(writeFeed(format, shares, siteSettings(settings, t.url)).body);
    }
    expect(await get(`${t.url}feed.atom`)).toContain(`<link rel="self" type="application/atom+xml" href="${t.url}feed.atom"/>`);
    const index = (await get(`${t.url}index.html`))!;
    for (let i = 1; i <= 3; i++) expect(index).toContain(`Story number ${i}: Café society`);
    const status = await t.handlers.publishStatus({ type: 'publishStatus' });
    expect(status.status).toMatchObject({ state: 'idle', lastError: null, feedUrl: `${t.url}feed.atom`, pageUrl: t.url });
  });

  it('sends only what changed: an edit rewrites its files, a delete its pages, and nothing changed sends nothing', async () => {
    await t.publisher.run();
    const share = (await t.shares.get(makeShare(2).id))!;
    await t.shares.put({ ...share, comment: 'Now with a comment', updatedAt: '2026-12-02T00:00:00.000Z' });
    const edit = (await t.publisher.run())!;
    // Share 2 is tagged tech and t2: its tag files change; the science tag's do not.
    expect(edit.files.map((f) => f.path).sort()).toEqual(
      [
        'feed.atom',
        'feed.json',
        'feed.rss',
        'index.html',
        'page-1.html',
        'tags/t2.atom',
        'tags/t2.html',
        'tags/t2.json',
        'tags/t2.rss',
        'tags/t2/page-1.html',
        'tags/tech.atom',
        'tags/tech.html',
        'tags/tech.json',
        'tags/tech.rss',
        'tags/tech/page-1.html',
      ].sort(),
    );
    expect(await get(`${t.url}index.html`)).toContain('Now with a comment');
    await t.shares.remove(makeShare(3).id);
    const removal = (await t.publisher.run())!;
    // Share 3 was the only one tagged "Science": its files go.
    expect(removal.removed).toEqual(expect.arrayContaining(['tags/science.atom', 'tags/science.html', 'tags/science/page-1.html']));
    expect(await get(`${t.url}tags/science.html`)).toBeNull();
    expect(await get(`${t.url}index.html`)).not.toContain('Story number 3');
    const nothing = (await t.publisher.run())!;
    // Nothing changed since: not one request.
    expect(nothing).toMatchObject({ files: [], removed: [], requests: 0 });
    expect((await t.publisher.store.state()).lastReport?.removed).toEqual(removal.removed);
    // Publish now still looks: the folder's index is read (and files missing there sent), nothing else.
    const forced = (await t.handlers.publishNow({ type: 'publishNow' })).report;
    expect(forced.files).toEqual([]);
    expect(forced.requests).toBeGreaterThan(0);
  });

  it('tells sync when the publishing folder moves (sync through it starts over there), not when only the password changes', async () => {
    const folderMoved = vi.fn(async () => undefined);
    const handlers = publishingHandlers({ publisher: t.publisher, settings: t.settings, scheduler: { soon: vi.fn() }, fetch, folderMoved });
    // The target set before this test, saved again and with a new password: the same folder.
    await handlers.setPublishing({ type: 'setPublishing', publishing: t.target });
    await handlers.setPublishing({ type: 'setPublishing', publishing: { ...t.target, password: 'another' } });
    expect(folderMoved).toHaveBeenCalledTimes(0);
    await handlers.setPublishing({ type: 'setPublishing', publishing: { ...t.target, url: `${t.url}moved/` } });
    expect(folderMoved).toHaveBeenCalledTimes(1);
    await handlers.setPublishing({ type: 'setPublishing', publishing: null });
    expect(folderMoved).toHaveBeenCalledTimes(2);
  });

  it('a target set while a publish runs gets every file: the old run records nothing for it', async () => {
    await t.shares.put(makeShare(1));
    await t.handlers.setPublishing({ type: 'setPublishing', publishing: t.target });
    const moved = { ...t.target, url: `${dav.folderUrl}site-${folderCount}-moved/` };
    let switched = false;
    const publisher = new Publisher({
      ...t.deps,
      fetch: async (url, init) => {
        if (!switched && init?.method === 'PUT') {
          switched = true;
          await t.handlers.setPublishing({ type: 'setPublishing', publishing: moved });
        }
        return fetch(url, init);
      },
    });
    await publisher.run();
    expect(switched).toBe(true);
    const report = (await publisher.run())!;
    expect(report.files.map((f) => f.path)).toEqual(expect.arrayContaining(['feed.atom', 'index.html', 'page-1.html']));
    expect(await get(`${moved.url}index.html`)).toContain('Story number 1');
  });

  it('keeps the queue across a worker restart: a new publisher carries on from the last published change', async () => {
    await t.publisher.run();
    await t.shares.put(makeShare(4));
    const restarted = new Publisher(t.deps);
    const report = (await restarted.run())!;
    expect(report.files.map((f) => f.path)).toContain('index.html');
    expect(await get(`${t.url}index.html`)).toContain('Story number 4');
  });

  it('when the server is down: the failure in one sentence, retried with back-off, and the next publish carries every change', async () => {
    await t.publisher.run();
    await dav.stop();
    try {
      await t.shares.put(makeShare(5));
      await expect(t.publisher.run()).rejects.toThrow(/could not reach 127\.0\.0\.2:\d+ — check the address/);
      await t.shares.put(makeShare(6));
      await expect(t.publisher.run()).rejects.toThrow();
      const { status } = await t.handlers.publishStatus({ type: 'publishStatus' });
      expect(status.state).toBe('failed');
      expect(t.wakes).toHaveLength(2);
      expect(t.wakes[1]! - t.wakes[0]!).toBeGreaterThan(retryDelay(2) - retryDelay(1) - 5_000);
    } finally {
      await dav.start();
    }
    await t.publisher.run();
    const index = (await get(`${t.url}index.html`))!;
    expect(index).toContain('Story number 5');
    expect(index).toContain('Story number 6');
    expect((await t.handlers.publishStatus({ type: 'publishStatus' })).status).toMatchObject({ state: 'idle', lastError: null });
  });

  it('without a host permission (a server answering CORS): no answer is an outage, retried; a server that refuses us waits for the person', async () => {
    await t.handlers.setPublishing({ type: 'setPublishing', publishing: t.target });
    await t.shares.put(makeShare(1));
    await dav.stop();
    try {
      for (const [reach, sentence, retried] of [
        ['down', /could not reach 127\.0\.0\.2:\d+ — check the address/, true],
        ['answers', /could not reach 127\.0\.0\.2:\d+ — check the address/, true],
        ['refuses-us', /^Sharefeed may not reach 127\.0\.0\.2: allow it on the options page/, false],
      ] as const) {
        t.wakes.length = 0;
        const publisher = new Publisher({ ...t.deps, mayReach: async () => false, reach: async () => reach });
        await expect(publisher.run()).rejects.toThrow(sentence);
        expect(t.wakes.length > 0).toBe(retried);
        expect((await publisher.store.state()).nextAttemptAt !== null).toBe(retried);
      }
    } finally {
      await dav.start();
    }
  });

  it('a wrong password or a read-only folder: its sentence, and no retry until the person acts', async () => {
    await t.handlers.setPublishing({ type: 'setPublishing', publishing: { ...t.target, password: 'wrong horse' } });
    await expect(t.publisher.run()).rejects.toThrow(/refused the user name or password/);
    expect(t.wakes).toEqual([]);
    await t.handlers.setPublishing({ type: 'setPublishing', publishing: { ...t.target, url: `${dav.folderUrl}ro/` } });
    await expect(t.publisher.run()).rejects.toThrow(/does not let this account write/);
    await expect(
      t.handlers.testPublishing({ type: 'testPublishing', publishing: { ...t.target, url: `${dav.folderUrl}ro/`, password: '' } }),
    ).rejects.toThrow(/does not let this account write/);
    expect((await t.handlers.testPublishing({ type: 'testPublishing', publishing: { ...t.target, password: '' } })).message).toBe(
      `Connected: Sharefeed can publish to ${t.url}`,
    );
  });

  it('sends a saved password only back to its own server and account, never to a new address typed beside it', async () => {
    await t.handlers.setPublishing({ type: 'setPublishing', publishing: t.target });
    const elsewhere = `http://127.0.0.3:${new URL(dav.folderUrl).port}/other/`;
    const basic = DAV_AUTH.Authorization;
    for (const publishing of [
      { ...t.target, url: elsewhere, password: '' },
      { ...t.target, username: 'someone-else', password: '' },
    ]) {
      t.credentials.length = 0;
      await t.handlers.testPublishing({ type: 'testPublishing', publishing }).catch(() => undefined);
      expect(t.credentials.map((c) => c.authorization)).not.toContain(basic);
      await expect(t.handlers.setPublishing({ type: 'setPublishing', publishing })).rejects.toThrow(/Enter the password/);
    }
    // The same folder, left empty: the saved password is used.
    t.credentials.length = 0;
    await t.handlers.testPublishing({ type: 'testPublishing', publishing: { ...t.target, password: '' } });
    expect(t.credentials.map((c) => c.authorization)).toContain(basic);
  });

  it('a folder emptied behind its back gets the whole site again with the next change', async () => {
    for (let i = 1; i <= 3; i++) await t.shares.put(makeShare(i));
    await t.handlers.setPublishing({ type: 'setPublishing', publishing: t.target });
    await t.publisher.run();
    expect((await fetch(t.url, { method: 'DELETE', headers: DAV_AUTH })).ok).toBe(true);
    await t.shares.put(makeShare(4));
    const report = (await t.publisher.run())!;
    expect(report.files.map((f) => f.path)).toEqual(expect.arrayContaining(['feed.atom', 'index.html', 'tags/science.html']));
    expect(dav.read(`${t.folder}tags/science.html`)).toContain('Story number 3');
  });

  it('a damaged lock or index on the server neither blocks publishing nor deletes anything outside the site', async () => {
    await t.shares.put(makeShare(1));
    await t.handlers.setPublishing({ type: 'setPublishing', publishing: t.target });
    await t.publisher.run();
    const put = (path: string, body: string) => fetch(`${t.url}${path}`, { method: 'PUT', headers: DAV_AUTH, body });
    await put('.sharefeed-publish.lock', 'not json at all');
    await put('.sharefeed-site.json', JSON.stringify({ '': 'x', '..': 'x', '../other.html': 'x', 'tags/../../x.html': 'x', '.keep': 'x' }));
    await put('keep.txt', 'a file of the person’s own');
    await t.shares.put(makeShare(2));
    const report = (await t.publisher.run())!;
    expect(report.files.map((f) => f.path)).toContain('feed.atom');
    expect(dav.read(`${t.folder}keep.txt`)).toBe('a file of the person’s own');
    expect(dav.read(`${t.folder}feed.atom`)).toContain('Story number 2');
    expect(dav.read(`${t.folder}.sharefeed-publish.lock`)).toBeNull();
  });

  it('never shows the password: not in replies, status, errors, the database’s exports or a backup', async () => {
    await expect(
      t.handlers.testPublishing({ type: 'testPublishing', publishing: { ...t.target, url: 'http://127.0.0.2:9/x/' } }),
    ).rejects.not.toThrow(DAV_PASSWORD);
    const replies = JSON.stringify([
      await t.handlers.getPublishing({ type: 'getPublishing' }),
      await t.handlers.setPublishing({ type: 'setPublishing', publishing: { ...t.target, password: '' } }),
      await t.handlers.publishNow({ type: 'publishNow' }),
      await t.handlers.publishStatus({ type: 'publishStatus' }),
    ]);
    expect(replies).not.toContain(DAV_PASSWORD);
    expect(replies).toContain('"hasSecret":true');
    const backup = serializeBackup(await t.shares.all(), await t.settings.get(), '2026-12-03T00:00:00.000Z');
    expect(backup).not.toContain(DAV_PASSWORD);
    for (const body of [await get(`${t.url}feed.atom`), await get(`${t.url}index.html`)]) expect(body).not.toContain(DAV_PASSWORD);
  });
});

describe('two browsers publishing to one folder', () => {
  it('never interleave (the folder’s lock), and a change one published is not published again by the other', async () => {
    const a = setup();
    const b = setup();
    for (let i = 1; i <= 3; i++) {
      await a.shares.put(makeShare(i));
      await b.shares.put(makeShare(i));
    }
    // Both publish the same (synced) shares to the same folder.
    await a.handlers.setPublishing({ type: 'setPublishing', publishing: a.target });
    await b.handlers.setPublishing({ type: 'setPublishing', publishing: a.target });
    const settingsOf = async (t: typeof a) => t.settings.replace({ ...(await a.settings.get()) });
    await settingsOf(b);
    const [first, second] = await Promise.allSettled([a.publisher.run(), b.publisher.run()]);
    const outcomes = [first, second].map((o) => (o.status === 'fulfilled' ? 'published' : (o.reason as Error).message));
    expect(outcomes).toContain('published');
    // The other either waited for the lock or found nothing left to send.
    const other = outcomes.find((o) => o !== 'published');
    if (other) expect(other).toBe('Another browser is publishing to this folder right now; Sharefeed publishes after it.');
    const again = (await b.publisher.run())!;
    expect(again.files.map((f) => f.path)).not.toContain('page-1.html');
    expect(dav.read(`${a.folder}.sharefeed-publish.lock`)).toBeNull();
  });
});

describe('publishing to GitHub', () => {
  it('publishes every file of a publish in one commit, and only changed files after', async () => {
    const t = setup();
    for (let i = 1; i <= 3; i++) await t.shares.put(makeShare(i));
    const target = {
      kind: 'github' as const,
      owner: gh.owner,
      repo: gh.repo,
      branch: gh.branch,
      path: `site-${folderCount}`,
      token: gh.token,
      apiUrl: gh.apiUrl,
    };
    const { publishing } = await t.handlers.setPublishing({ type: 'setPublishing', publishing: target });
    expect(publishing).toMatchObject({ kind: 'github', hasSecret: true });
    expect(JSON.stringify(publishing)).not.toContain(gh.token);
    const before = gh.commits().length;
    const first = (await t.publisher.run())!;
    expect(first.feedUrl).toBe(`https://ada.github.io/shares/site-${folderCount}/feed.atom`);
    expect(gh.commits().length).toBe(before + 1);
    expect(gh.files().get(`site-${folderCount}/index.html`)).toContain('Story number 2');
    await t.shares.put(makeShare(4));
    const second = (await t.publisher.run())!;
    expect(gh.commits().length).toBe(before + 2);
    expect(second.files.length).toBeLessThan(first.files.length);
    // The files travel inside the tree request: ref, commit, tree, commit, ref — however many files.
    expect(second.requests).toBe(5);
    expect(gh.files().get(`site-${folderCount}/index.html`)).toContain('Story number 4');

    // Files this publish would remove were already removed (a person did it, or a publish cut short after its
    // commit): they are not removed again, which GitHub would refuse.
    const folder = `site-${folderCount}/`;
    const gone = [...gh.files().keys()].filter((path) => path.startsWith(`${folder}tags/science`));
    expect(gone.length).toBeGreaterThan(0);
    const api = async (method: string, path: string, body?: object) => {
      const response = await fetch(`${gh.apiUrl}/repos/${gh.owner}/${gh.repo}${path}`, {
        method,
        headers: { Authorization: `Bearer ${gh.token}` },
        body: body && JSON.stringify(body),
      });
      return (await response.json()) as { sha: string; object: { sha: string }; tree: { sha: string } };
    };
    const head = (await api('GET', `/git/ref/heads/${gh.branch}`)).object.sha;
    const tree = await api('POST', '/git/trees', {
      base_tree: (await api('GET', `/git/commits/${head}`)).tree.sha,
      tree: gone.map((path) => ({ path, mode: '100644', type: 'blob', sha: null })),
    });
    const commit = await api('POST', '/git/commits', { message: 'by hand', tree: tree.sha, parents: [head] });
    await api('PATCH', `/git/refs/heads/${gh.branch}`, { sha: commit.sha });
    await t.shares.remove(makeShare(3).id);
    const removal = (await t.publisher.run())!;
    expect(removal.removed).toEqual(expect.arrayContaining(['tags/science.html']));
    expect(gh.files().get(`${folder}index.html`)).not.toContain('Story number 3');
  });
});
