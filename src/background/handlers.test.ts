import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SharefeedDb } from './db';
import { ShareRepository } from './shares';
import { SettingsStore } from './settings-store';
import { TabStatus } from './tab-status';
import { Captures } from './captures';
import { createHandlers } from './handlers';
import { makeShare } from './test-shares';
import type { CapturedPage, ExtractReply } from '../extract/types';
import type { Protocol } from '../shared/protocol';
import type { CoreHandlers } from './handlers';
import { serializeBackup } from '../core/backup';

/** Real handlers over a real (in-memory) IndexedDB; only the page and the clock are supplied by the test. */
function setup(page: ExtractReply | (() => ExtractReply) = { ok: false, error: 'no page' }) {
  const db = new SharefeedDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 5, 1, 12, 0, tick++)).toISOString();
  let ids = 0;
  const newId = () => `10000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;
  const marked: number[] = [];
  /** Files the options page handed over, by blob URL. */
  const files = new Map<string, string>();
  /** Pages read, and the address each tab shows now (the test moves tabs on). */
  const reads: number[] = [];
  const tabUrls = new Map<number, string>();
  const handlers = createHandlers({
    shares: new ShareRepository(db),
    settings: new SettingsStore(db, now, newId),
    tabStatus: new TabStatus(db, now),
    captures: new Captures(db, now),
    tabUrl: async (tabId) => tabUrls.get(tabId) ?? 'https://site.example/a?utm_source=feed',
    extract: async (tabId) => {
      reads.push(tabId);
      return typeof page === 'function' ? page() : page;
    },
    markShared: async (tabId, shared) => void (shared && marked.push(tabId)),
    readFile: async (url) => {
      const text = files.get(url);
      if (text === undefined) throw new Error(`no file at ${url}`);
      return text;
    },
    now,
    newId,
  });
  const handFile = (text: string) => {
    const url = `blob:chrome-extension://test/${files.size}`;
    files.set(url, text);
    return url;
  };
  return { db, handlers, marked, handFile, reads, tabUrls };
}

type Call = <T extends keyof CoreHandlers>(h: CoreHandlers, type: T, req: Protocol[T]['req']) => Promise<Protocol[T]['res']>;
const call: Call = (h, type, req) => (h[type] as (r: object) => Promise<never>)({ type, ...req });

const articlePage: ExtractReply = {
  ok: true,
  page: {
    url: 'https://site.example/a?utm_source=feed',
    canonicalUrl: 'https://site.example/a',
    title: 'A story',
    capture: 'article',
    article: makeShare(1).article,
    alternatives: [{ capture: 'link', article: null }],
    notice: null,
  },
};

describe('protocol handlers', () => {
  it('stores the capture the popup previewed, without reading the page again, while the tab shows that page', async () => {
    let version = 0;
    const changing = (): ExtractReply => {
      const { page } = articlePage as { page: CapturedPage };
      return { ok: true, page: { ...page, article: { ...page.article!, content: `<p onclick="x()">version ${++version}</p>` } } };
    };
    const { handlers, reads, tabUrls } = setup(changing);
    const preview = await call(handlers, 'previewTab', { tabId: 4 });
    // What the popup is shown has been through the storage gate already.
    expect(preview.page.article!.content).toBe('<p>version 1</p>');
    const { share } = await call(handlers, 'shareTab', { tabId: 4, comment: 'c', capture: 'article' });
    expect(reads).toEqual([4]);
    // The reply leaves the article's HTML out (the popup has it); what is stored is what was previewed.
    expect(share.article).not.toHaveProperty('content');
    expect((await call(handlers, 'getShare', { id: share.id })).share.article).toEqual(preview.page.article);
    // Pressing Update uses it again; the shortcut always reads the page now.
    await call(handlers, 'shareTab', { tabId: 4, comment: 'again' });
    expect(reads).toEqual([4]);
    const quick = await call(handlers, 'shareTab', { tabId: 4, fresh: true });
    expect(reads).toEqual([4, 4]);
    expect((await call(handlers, 'getShare', { id: quick.share.id })).share.article!.content).toBe('<p>version 2</p>');
    // A tab that moved on to another page is read again.
    await call(handlers, 'previewTab', { tabId: 5 });
    tabUrls.set(5, 'https://site.example/elsewhere');
    await call(handlers, 'shareTab', { tabId: 5 });
    expect(reads).toEqual([4, 4, 5, 5]);
  });

  it('stores the previewed selection when the person picks it, without reading the page again', async () => {
    const { page } = articlePage as { page: CapturedPage };
    const quote = { ...page.article!, content: '<blockquote><p>the words selected</p></blockquote>' };
    const withSelection: ExtractReply = {
      ok: true,
      page: { ...page, alternatives: [{ capture: 'selection', article: quote }, ...page.alternatives] },
    };
    const { handlers, reads } = setup(withSelection);
    await call(handlers, 'previewTab', { tabId: 6 });
    const { share } = await call(handlers, 'shareTab', { tabId: 6, capture: 'selection' });
    expect(reads).toEqual([6]);
    expect(share.capture).toBe('selection');
    expect((await call(handlers, 'getShare', { id: share.id })).share.article!.content).toBe(
      '<blockquote><p>the words selected</p></blockquote>',
    );
  });

  it('shares a tab once; sharing it again updates the same share', async () => {
    const { handlers, marked } = setup(articlePage);
    const first = await call(handlers, 'shareTab', { tabId: 7, comment: ' first ', tags: ['a', 'A', ' b '] });
    expect(first.updated).toBe(false);
    expect(first.share).toMatchObject({ comment: 'first', tags: ['a', 'b'], capture: 'article', title: 'A story' });
    const second = await call(handlers, 'shareTab', { tabId: 7, comment: 'second', capture: 'link' });
    expect(second.updated).toBe(true);
    expect(second.share.id).toBe(first.share.id);
    expect(second.share.sharedAt).toBe(first.share.sharedAt);
    expect(second.share).toMatchObject({ comment: 'second', capture: 'link', article: null });
    expect((await call(handlers, 'listShares', {})).total).toBe(1);
    expect(marked).toEqual([7, 7]);
    const preview = await call(handlers, 'previewTab', { tabId: 9 });
    expect(preview.existing?.id).toBe(first.share.id);
  });

  it('a shortcut, menu or link re-share keeps the title, comment, tags and article typed and stored before', async () => {
    const { handlers } = setup(articlePage);
    const { share } = await call(handlers, 'shareTab', { tabId: 7, comment: 'Worth it', tags: ['science'], title: 'My title' });
    // The keyboard shortcut and "Share this page" send only the tab.
    const quick = await call(handlers, 'shareTab', { tabId: 7 });
    expect(quick.share).toEqual({ ...share, updatedAt: quick.share.updatedAt });
    // "Share this link" on the same page: a bare link must not replace the stored article.
    const link = await call(handlers, 'shareLink', { url: 'https://site.example/a#top', title: 'link text' });
    expect(link.updated).toBe(true);
    expect(link.share).toEqual({ ...share, url: 'https://site.example/a#top', updatedAt: link.share.updatedAt });
    // Clearing on purpose is still possible: the popup sends what its fields hold.
    const cleared = await call(handlers, 'shareTab', { tabId: 7, comment: '', tags: [], title: 'A story' });
    expect(cleared.share).toMatchObject({ comment: '', tags: [], title: 'A story', capture: 'article' });
  });

  it('lists the history without the articles’ HTML, and everything else as stored', async () => {
    const { handlers } = setup(articlePage);
    const { share } = await call(handlers, 'shareTab', { tabId: 7, comment: 'c', tags: ['t'] });
    const { shares, total } = await call(handlers, 'listHistory', { tag: 'T' });
    expect(total).toBe(1);
    const { content, ...rest } = (await call(handlers, 'getShare', { id: share.id })).share.article!;
    expect(content.length).toBeGreaterThan(0);
    expect(shares).toEqual([{ ...share, article: rest }]);
  });

  it('turns an extraction failure into the extractor’s sentence', async () => {
    const { handlers } = setup({ ok: false, error: 'This page is a PDF.' });
    await expect(call(handlers, 'shareTab', { tabId: 1 })).rejects.toThrow('This page is a PDF.');
  });

  it('edits only what was changed and stamps updatedAt', async () => {
    const { handlers } = setup();
    const { share } = await call(handlers, 'shareLink', { url: 'https://x.example/p', title: 'P' });
    const { share: edited } = await call(handlers, 'updateShare', { id: share.id, comment: 'now with a comment' });
    expect(edited).toEqual({ ...share, comment: 'now with a comment', updatedAt: edited.updatedAt });
    expect(edited.updatedAt > share.updatedAt).toBe(true);
  });

  it('delete then restore gives back the record as it was, stamped with the time of the undo', async () => {
    const { handlers } = setup();
    const { share } = await call(handlers, 'shareLink', { url: 'https://x.example/p', title: 'P', tags: ['t'] });
    const { share: removed } = await call(handlers, 'deleteShare', { id: share.id });
    await expect(call(handlers, 'getShare', { id: share.id })).rejects.toThrow('no longer exists');
    await call(handlers, 'restoreShare', { share: removed });
    const restored = (await call(handlers, 'getShare', { id: share.id })).share;
    expect(restored).toEqual({ ...share, updatedAt: restored.updatedAt });
    // Newer than the deletion, so a browser that synced the deletion takes the share back.
    expect(restored.updatedAt > share.updatedAt).toBe(true);
  });

  it('backup → wipe → restore gives identical records and byte-identical feeds', async () => {
    const a = setup();
    for (let i = 0; i < 12; i++) await call(a.handlers, 'importShares', { shares: [makeShare(i)] });
    await call(a.handlers, 'saveSettings', {
      settings: { ...(await call(a.handlers, 'getSettings', {})).settings, title: 'My reading', authorName: 'Me' },
    });
    // As the options page writes a backup: the ids, then the shares a message-sized part at a time.
    const { ids } = await call(a.handlers, 'shareIds', {});
    const backup = serializeBackup(
      (await call(a.handlers, 'readShares', { ids })).shares,
      (await call(a.handlers, 'getSettings', {})).settings,
      '2026-06-02T00:00:00.000Z',
    );
    const feeds = await Promise.all((['atom', 'rss', 'json'] as const).map((format) => call(a.handlers, 'exportFeed', { format })));

    const b = setup();
    const { report } = await call(b.handlers, 'restoreBackup', { file: b.handFile(backup), mode: 'replace' });
    expect(report).toMatchObject({ added: 12, updated: 0 });
    expect((await call(b.handlers, 'listShares', { limit: 100 })).shares).toEqual(
      (await call(a.handlers, 'listShares', { limit: 100 })).shares,
    );
    for (const [i, format] of (['atom', 'rss', 'json'] as const).entries()) {
      expect((await call(b.handlers, 'exportFeed', { format })).body).toBe(feeds[i]!.body);
    }
  });

  it('a corrupt backup changes nothing and says what is wrong', async () => {
    const { handlers, handFile } = setup();
    await call(handlers, 'importShares', { shares: [makeShare(1)] });
    const before = await call(handlers, 'listShares', {});
    const file = handFile('{"format":"sharefeed-backup",');
    await expect(call(handlers, 'restoreBackup', { file, mode: 'replace' })).rejects.toThrow(/truncated|not JSON/i);
    expect(await call(handlers, 'listShares', {})).toEqual(before);
  });

  it('twenty shares fired at once are all stored, and twenty of one page leave one', async () => {
    const { handlers } = setup();
    const urls = Array.from({ length: 20 }, (_, i) => `https://burst.example/story-${i}`);
    await Promise.all(urls.map((url, i) => call(handlers, 'shareLink', { url, title: `Story ${i}`, tags: ['burst'] })));
    const { shares, total } = await call(handlers, 'listShares', { limit: 100 });
    expect(total).toBe(20);
    expect(new Set(shares.map((s) => s.canonicalUrl))).toEqual(new Set(urls));
    const same = await Promise.all(
      Array.from({ length: 20 }, (_, i) => call(handlers, 'shareLink', { url: `https://burst.example/one?utm_source=${i}`, title: 'One' })),
    );
    expect(same.filter((r) => !r.updated)).toHaveLength(1);
    expect(new Set(same.map((r) => r.share.id)).size).toBe(1);
    expect((await call(handlers, 'listShares', { limit: 100 })).total).toBe(21);
  });

  it('reads shares a message-sized part at a time, newest first, skipping deleted ones', async () => {
    const { handlers } = setup();
    for (let i = 0; i < 30; i++) await call(handlers, 'importShares', { shares: [makeShare(i, { tags: i % 3 ? [] : ['Third'] })] });
    const { ids } = await call(handlers, 'shareIds', {});
    expect(ids).toEqual((await call(handlers, 'listShares', { limit: 100 })).shares.map((s) => s.id));
    expect((await call(handlers, 'shareIds', { tag: 'third', limit: 4 })).ids).toEqual(
      (await call(handlers, 'listShares', { tag: 'THIRD', limit: 4 })).shares.map((s) => s.id),
    );
    await call(handlers, 'deleteShare', { id: ids[1]! });
    const { shares, read } = await call(handlers, 'readShares', { ids: ids.slice(0, 5) });
    expect(read).toBe(5);
    expect(shares.map((s) => s.id)).toEqual([ids[0], ids[2], ids[3], ids[4]]);
  });

  it('refuses to read a file that is gone, in one sentence, changing nothing', async () => {
    const { handlers } = setup();
    await expect(call(handlers, 'restoreBackup', { file: 'blob:chrome-extension://test/gone', mode: 'merge' })).rejects.toThrow('no file');
  });

  it('refuses settings it cannot use, in one sentence', async () => {
    const { handlers } = setup();
    const { settings } = await call(handlers, 'getSettings', {});
    await expect(call(handlers, 'saveSettings', { settings: { ...settings, feedUrl: 'ftp://x' } })).rejects.toThrow('is not a web address');
    await expect(call(handlers, 'saveSettings', { settings: { ...settings, limit: 501 } })).rejects.toThrow('1 to 500');
  });
});
