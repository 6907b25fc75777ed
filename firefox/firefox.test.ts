/**
 * The Firefox build in Firefox ESR, exercised — not only loaded: its real IndexedDB, its pages used as a person
 * uses them (over Marionette, test-servers/firefox.ts), the popup sharing a real page, exports compared byte for
 * byte, the NewsBlur import, backup → wipe → restore, and publishing to a real Apache WebDAV folder (Firefox handles
 * an add-on's cross-origin requests its own way). At the end, the add-on must have logged no error or warning.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDON_BASE, launchFirefox, type Firefox } from '../test-servers/firefox';
import { DAV_PASSWORD, DAV_USER, startDav, type DavServer } from '../test-servers/apache-dav';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { seedShare } from '../e2e/seed';
import { writeFeed } from '../src/core/feed/index';
import { serializeBackup } from '../src/core/backup';
import { toStoredShare } from '../src/core/stored-share';
import { defaultSettings } from '../src/core/settings';
import { NEWSBLUR_FEED, newsblurAvailable } from '../src/core/test-pages';
import type { Share } from '../src/core/share';

const ADDON = resolve(import.meta.dirname, '../dist-firefox-test');
const OPTIONS = `${ADDON_BASE}src/options/index.html`;
let ff: Firefox;
let pages: FixtureServer;

beforeAll(async () => {
  ff = await launchFirefox(ADDON);
  pages = await startFixtureServer();
  await ff.navigate(OPTIONS);
}, 60_000);

afterAll(async () => {
  const problems = ff ? await ff.addonProblems().catch(() => []) : [];
  await ff?.quit();
  await pages?.close();
  expect(problems.join('\n')).toBe('');
}, 30_000);

const byText = (tag: string, text: string) => `//${tag}[normalize-space()=${JSON.stringify(text)}]`;
const shares = async () => (await ff.message<{ shares: Share[] }>({ type: 'listShares', limit: 500 })).shares;

/** The files Firefox downloaded since the last call, by name, once they are all complete. */
async function downloaded(count: number): Promise<Record<string, string>> {
  const files = await ff.until(`${count} downloads`, () =>
    ff.chrome<{ path: string; done: boolean }[] | null>(
      `const { Downloads } = ChromeUtils.importESModule('resource://gre/modules/Downloads.sys.mjs');
       const list = await Downloads.getList(Downloads.ALL);
       const all = await list.getAll();
       if (all.length < arguments[0] || !all.every((d) => d.succeeded)) return null;
       await list.removeFinished();
       return all.map((d) => ({ path: d.target.path, done: d.succeeded }));`,
      count,
    ),
  );
  return Object.fromEntries((files ?? []).map((f) => [f.path.split('/').pop()!, readFileSync(f.path, 'utf8')]));
}

/** A file handed to a file input, as a person picks one. */
async function pickFile(selector: string, path: string) {
  await ff.type(await ff.find(selector), path);
}

describe('Sharefeed in Firefox ESR', () => {
  it('saves the feed settings from the options page', async () => {
    await ff.navigate(OPTIONS);
    await ff.type(await ff.find('#f-title'), 'Shared from Firefox');
    await ff.type(await ff.find('#f-authorName'), 'Ada');
    await ff.click(await ff.find(byText('button', 'Save settings')));
    await ff.until('Saved ✓', async () => (await ff.text(await ff.find('form.settings'))).includes('Saved ✓'));
    const { settings } = await ff.message<{ settings: { title: string; authorName: string } }>({ type: 'getSettings' });
    expect(settings).toMatchObject({ title: 'Shared from Firefox', authorName: 'Ada' });
  });

  it('shares a link and a real page through the popup; lists and searches the history', async () => {
    const link = await ff.message<{ ok: boolean; share: Share }>({
      type: 'shareLink',
      url: 'https://example.org/firefox-link',
      title: 'A link from Firefox',
    });
    expect(link).toMatchObject({ ok: true, share: { capture: 'link' } });

    // The toolbar button cannot be pressed from automation: the page's origin is granted as Firefox's own
    // permission panel would grant it, and the popup is opened as a page for that tab.
    await ff.chrome(
      `const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
       const policy = WebExtensionPolicy.getByID('sharefeed@sharefeed.org');
       await ExtensionPermissions.add(policy.id, { permissions: [], origins: ['http://127.0.0.1/*'] }, policy.extension);`,
    );
    const optionsTab = await ff.currentTab();
    const pageTab = await ff.newTab();
    await ff.switchTo(pageTab);
    await ff.navigate(pages.url('/own/sample-article/'));
    await ff.switchTo(optionsTab);
    const tabId = await ff.exec<number>(
      `return (await browser.tabs.query({})).find((tab) => tab.url === arguments[0]).id`,
      pages.url('/own/sample-article/'),
    );
    await ff.switchTo(await ff.newTab());
    await ff.navigate(`${ADDON_BASE}src/popup/index.html?tab=${tabId}`);
    await ff
      .until(
        'the preview',
        async () =>
          (await ff.exec<string>(`return document.querySelector('#share-title')?.value ?? ''`)) ===
          'The Library Where Nobody Borrows Books',
      )
      .catch(async (err: Error) => {
        throw new Error(`${err.message}; the popup shows: ${await ff.exec<string>('return document.body.innerText')}`);
      });
    await ff.type(await ff.find('#share-comment'), 'Read in Firefox.');
    await ff.click(await ff.find(byText('button', 'Share')));
    await ff.until('Shared ✓', async () => (await ff.exec<string>(`return document.body.innerText`)).includes('Shared ✓'));
    const article = (await shares()).find((s) => s.comment === 'Read in Firefox.')!;
    expect(article).toMatchObject({
      capture: 'article',
      title: 'The Library Where Nobody Borrows Books',
      article: { byline: 'Marta Okonkwo-Reyes' },
    });
    expect(article.article!.content).toContain('The Riverside Tool Library opened four years ago');

    const found = await ff.message<{ shares: Share[]; total: number }>({ type: 'listHistory', query: 'library borrows' });
    expect(found.shares.map((s) => s.title)).toEqual(['The Library Where Nobody Borrows Books']);
    await ff.navigate(`${ADDON_BASE}src/popup/index.html?tab=${tabId}`);
    await ff.until('the history', async () => (await ff.exec<string>(`return document.body.innerText`)).includes('A link from Firefox'));
  });

  it('edits and deletes with undo in the popup’s history', async () => {
    const [target] = (await shares()).filter((s) => s.title === 'A link from Firefox');
    await ff.click(await ff.find(`button[aria-label="Edit ${target!.title}"]`));
    const comment = await ff.find(`form[aria-label="Edit ${target!.title}"] textarea`);
    await ff.type(comment, 'Edited in Firefox');
    await ff.click(await ff.find(`//form[@aria-label="Edit ${target!.title}"]//button[normalize-space()="Save"]`));
    await ff.until(
      'the edit',
      async () => (await ff.message<{ share: Share }>({ type: 'getShare', id: target!.id })).share.comment === 'Edited in Firefox',
    );
    await ff.click(await ff.find(`button[aria-label="Delete ${target!.title}"]`));
    await ff.until('the deletion', async () => !(await ff.message<{ ok: boolean }>({ type: 'getShare', id: target!.id })).ok);
    await ff.click(await ff.find(byText('button', 'Undo')));
    const back = await ff.until('the undo', async () => {
      const reply = await ff.message<{ ok: boolean; share: Share }>({ type: 'getShare', id: target!.id });
      return reply.ok && reply.share;
    });
    expect(back).toMatchObject({ id: target!.id, comment: 'Edited in Firefox', url: target!.url });
  });

  it('exports each format with exactly the bytes the Chromium build and the core writers give for the same shares', async () => {
    // Fixed shares and settings, restored from a backup file, so the feed's identity is the same everywhere.
    const fixed = Array.from({ length: 5 }, (_, i) => toStoredShare(seedShare(i + 1)));
    const settings = {
      ...defaultSettings('urn:uuid:0b7e4f64-2f1d-4c55-9d2e-6a1f3c8b9e01', '2026-11-01T00:00:00.000Z'),
      title: 'Fixed feed',
      feedUrl: 'https://feeds.example/feed.atom',
    };
    const file = join(mkdtempSync(join(tmpdir(), 'sharefeed-ff-')), 'fixed-backup.json');
    writeFileSync(file, serializeBackup(fixed, settings, '2026-11-02T00:00:00.000Z'));
    await ff.navigate(OPTIONS);
    await pickFile('#restore-file', file);
    await ff.click(await ff.find('//label[contains(., "Replace everything")]/input'));
    await ff.click(await ff.find(byText('button', 'Restore backup')));
    await ff.until('the restore', async () => (await shares()).length === 5);
    await downloaded(0);
    for (const label of ['Atom', 'RSS', 'JSON Feed'])
      await ff.click(await ff.find(`//section[@aria-label="Export feed"]//button[normalize-space()="Export ${label}"]`));
    const files = await downloaded(3);
    const { settings: stored } = await ff.message<{ settings: typeof settings }>({ type: 'getSettings' });
    expect(stored).toEqual(settings);
    for (const format of ['atom', 'rss', 'json'] as const)
      expect(files[`sharefeed.${format}`]).toBe(writeFeed(format, fixed, settings).body);
  });

  it.skipIf(!newsblurAvailable)('imports the real NewsBlur shared-stories feed', async () => {
    await ff.navigate(OPTIONS);
    await pickFile('#import-file', NEWSBLUR_FEED);
    const report = await ff.until('the import report', async () => {
      const text = await ff.exec<string>(`return document.querySelector('[aria-labelledby="import-h"]')?.innerText ?? ''`);
      return /NewsBlur shared stories/.test(text) && text;
    });
    expect(report).toMatch(/25 added/);
    expect((await shares()).length).toBe(30);
  });

  it('backs up, is wiped, and restores the same shares', async () => {
    const before = await shares();
    await ff.navigate(OPTIONS);
    await ff.click(await ff.find(byText('button', 'Export backup')));
    const [name, backup] = Object.entries(await downloaded(1))[0]!;
    expect(name).toMatch(/^sharefeed-backup-\d{4}-\d{2}-\d{2}\.json$/);
    for (const share of before) await ff.message({ type: 'deleteShare', id: share.id });
    expect(await shares()).toEqual([]);
    const file = join(mkdtempSync(join(tmpdir(), 'sharefeed-ff-')), name);
    writeFileSync(file, backup);
    await pickFile('#restore-file', file);
    await ff.click(await ff.find('//label[contains(., "Replace everything")]/input'));
    await ff.click(await ff.find(byText('button', 'Restore backup')));
    await ff.until('the restore', async () => (await shares()).length === before.length);
    expect(await shares()).toEqual(before);
  });

  describe('publishing', () => {
    let dav: DavServer;
    beforeAll(async () => {
      dav = await startDav();
    }, 30_000);
    afterAll(() => dav?.dispose());

    it('publishes to a real WebDAV folder from Firefox, with the host permission the test build is granted at install', async () => {
      await ff.navigate(OPTIONS);
      expect(await ff.exec<boolean>(`return browser.permissions.contains({ origins: ['http://127.0.0.2/*'] })`)).toBe(true);
      const site = `${dav.folderUrl}firefox/`;
      await ff.click(await ff.find('//label[contains(., "A WebDAV folder")]/input'));
      await ff.type(await ff.find('#p-url'), site);
      await ff.type(await ff.find('#p-username'), DAV_USER);
      await ff.type(await ff.find('#p-password'), DAV_PASSWORD);
      await ff.click(await ff.find(byText('button', 'Test connection')));
      await ff.until('the connection test', async () =>
        (await ff.exec<string>(`return document.querySelector('.publishing')?.innerText ?? ''`)).includes(
          `Connected: Sharefeed can publish to ${site}`,
        ),
      );
      await ff.click(await ff.find(byText('button', 'Save')));
      const feed = await ff.until('the published feed', async () => {
        const response = await fetch(`${site}feed.atom`);
        return response.ok && (await response.text());
      });
      expect(feed).toContain('<feed');
      expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${site}feed.atom"/>`);
      const page = await ff.until('the published page', async () => {
        const response = await fetch(`${site}index.html`);
        return response.ok && (await response.text());
      });
      expect(page).toContain('h-feed');
    });
  });
});
