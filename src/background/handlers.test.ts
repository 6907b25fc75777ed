import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SharefeedDb } from './db';
import { ShareRepository } from './shares';
import { SettingsStore } from './settings-store';
import { TabStatus } from './tab-status';
import { createHandlers } from './handlers';
import { makeShare } from './test-shares';
import type { ExtractReply } from '../extract/types';
import type { Handlers, Protocol } from '../shared/protocol';

/** Real handlers over a real (in-memory) IndexedDB; only the page and the clock are supplied by the test. */
function setup(page: ExtractReply = { ok: false, error: 'no page' }) {
  const db = new SharefeedDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 5, 1, 12, 0, tick++)).toISOString();
  let ids = 0;
  const newId = () => `10000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;
  const marked: number[] = [];
  const handlers = createHandlers({
    shares: new ShareRepository(db),
    settings: new SettingsStore(db, now, newId),
    tabStatus: new TabStatus(db, now),
    extract: async () => page,
    markShared: async (tabId) => void marked.push(tabId),
    now,
    newId,
  });
  return { db, handlers, marked };
}

type Call = <T extends keyof Protocol>(h: Handlers, type: T, req: Protocol[T]['req']) => Promise<Protocol[T]['res']>;
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

  it('delete then restore gives back the identical record', async () => {
    const { handlers } = setup();
    const { share } = await call(handlers, 'shareLink', { url: 'https://x.example/p', title: 'P', tags: ['t'] });
    const { share: removed } = await call(handlers, 'deleteShare', { id: share.id });
    await expect(call(handlers, 'getShare', { id: share.id })).rejects.toThrow('no longer exists');
    await call(handlers, 'restoreShare', { share: removed });
    expect((await call(handlers, 'getShare', { id: share.id })).share).toEqual(share);
  });

  it('backup → wipe → restore gives identical records and byte-identical feeds', async () => {
    const a = setup();
    for (let i = 0; i < 12; i++) await call(a.handlers, 'importShares', { shares: [makeShare(i)] });
    await call(a.handlers, 'saveSettings', {
      settings: { ...(await call(a.handlers, 'getSettings', {})).settings, title: 'My reading', authorName: 'Me' },
    });
    const backup = await call(a.handlers, 'exportBackup', {});
    const feeds = await Promise.all(
      (['atom', 'rss', 'json'] as const).map((format) => call(a.handlers, 'exportFeed', { format })),
    );

    const b = setup();
    const { report } = await call(b.handlers, 'restoreBackup', { text: backup.body, mode: 'replace' });
    expect(report).toMatchObject({ added: 12, updated: 0 });
    expect((await call(b.handlers, 'listShares', { limit: 100 })).shares).toEqual(
      (await call(a.handlers, 'listShares', { limit: 100 })).shares,
    );
    for (const [i, format] of (['atom', 'rss', 'json'] as const).entries()) {
      expect((await call(b.handlers, 'exportFeed', { format })).body).toBe(feeds[i]!.body);
    }
  });

  it('a corrupt backup changes nothing and says what is wrong', async () => {
    const { handlers } = setup();
    await call(handlers, 'importShares', { shares: [makeShare(1)] });
    const before = await call(handlers, 'listShares', {});
    await expect(call(handlers, 'restoreBackup', { text: '{"format":"sharefeed-backup",', mode: 'replace' })).rejects.toThrow(
      /truncated|not JSON/i,
    );
    expect(await call(handlers, 'listShares', {})).toEqual(before);
  });

  it('refuses settings it cannot use, in one sentence', async () => {
    const { handlers } = setup();
    const { settings } = await call(handlers, 'getSettings', {});
    await expect(call(handlers, 'saveSettings', { settings: { ...settings, feedUrl: 'ftp://x' } })).rejects.toThrow(
      'is not a web address',
    );
    await expect(call(handlers, 'saveSettings', { settings: { ...settings, limit: 501 } })).rejects.toThrow('1 to 500');
  });
});
