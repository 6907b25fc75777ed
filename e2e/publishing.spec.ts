/**
 * Publishing in real Chromium to a real Apache mod_dav (test-servers/apache-dav.ts): set up through the options
 * page, share from the popup, and read what a feed reader would fetch, by plain HTTP. Then edits and deletes, the
 * server going away and coming back, refusals, CORS without a permission, the GitHub stand-in, and WebSub.
 */
import type { Page } from '@playwright/test';
import { parseAtomFeed } from 'feedsmith';
import { mf2 } from 'microformats-parser';
import { test, expect, type ExtensionDriver } from './fixtures';
import { DAV_PASSWORD, DAV_USER, startDav } from '../test-servers/apache-dav';
import { startGithubStandin } from '../test-servers/github-standin';
import { startWebsubHub } from '../test-servers/websub-hub';
import type { Share } from '../src/core/share';

const text = async (url: string) => {
  const response = await fetch(url, { cache: 'no-store' });
  return response.ok ? response.text() : `HTTP ${response.status}`;
};

async function openOptions(ext: ExtensionDriver): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(ext.url('src/options/index.html'));
  await expect(options.getByLabel('Feed title')).toHaveValue(/.+/);
  return options;
}

async function setUpWebdav(options: Page, url: string, password = DAV_PASSWORD) {
  const panel = options.getByRole('region', { name: 'Publishing' });
  await panel.getByLabel('A WebDAV folder').check();
  await panel.getByLabel('Folder address').fill(url);
  await panel.getByLabel('User name').fill(DAV_USER);
  await panel.getByLabel('Password or app password').fill(password);
  return panel;
}

async function share(ext: ExtensionDriver, path: string, server: { url: (p: string) => string }, comment: string, tags: string[]) {
  const { popup, page } = await ext.sharePopupFor(server.url(path));
  await expect(popup.getByLabel('Title')).not.toHaveValue('');
  await popup.getByLabel('Comment').fill(comment);
  for (const tag of tags) {
    await popup.getByLabel('Tags').fill(tag);
    await popup.getByLabel('Tags').press('Enter');
  }
  await popup.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Shared ✓' })).toBeVisible();
  await page.close();
  return popup;
}

test('set up once, share three pages, and the feeds and the page are live on the WebDAV server; edits and deletes follow', async ({
  ext,
  server,
}) => {
  test.setTimeout(120_000);
  const dav = await startDav();
  try {
    const site = `${dav.folderUrl}shares/`;
    const options = await openOptions(ext);
    const panel = await setUpWebdav(options, site);
    await panel.getByRole('button', { name: 'Test connection' }).click();
    await expect(panel.getByRole('status')).toHaveText(`Connected: Sharefeed can publish to ${site}`);
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByRole('status')).toHaveText('Saved ✓ — publishing now.');
    // The saved password is never shown back.
    await options.reload();
    await expect(options.getByLabel('Password or app password')).toHaveValue('');
    await expect(options.getByLabel('Password or app password')).toHaveAttribute('placeholder', 'Saved — leave empty to keep it');

    await share(ext, '/own/sample-article/', server, 'A library of ladders.', ['community']);
    await share(ext, '/own/plain-article/', server, 'Hedges, counted.', ['nature', 'community']);
    const popup = await share(ext, '/own/lazy-images/', server, '', ['photos']);
    await expect(popup.getByTestId('publish-line')).toContainText(/Published (just now|\d+ minutes? ago) · Copy feed address/, {
      timeout: 20_000,
    });

    await expect.poll(() => text(`${site}feed.atom`), { timeout: 20_000 }).toContain('Hedges, counted.');
    const atom = parseAtomFeed(await text(`${site}feed.atom`));
    expect(atom.entries).toHaveLength(3);
    expect(atom.links?.find((l) => l.rel === 'self')?.href).toBe(`${site}feed.atom`);
    // The bytes on the server are the export's.
    const exported = await ext.send<{ body: string }>(popup, { type: 'exportFeed', format: 'rss' });
    expect(await text(`${site}feed.rss`)).toBe(exported.body);
    expect(JSON.parse(await text(`${site}feed.json`)).items).toHaveLength(3);
    const page = await text(`${site}index.html`);
    const entries = mf2(page, { baseUrl: site }).items[0]!.children!;
    expect(entries.map((e) => e.properties.name?.[0])).toEqual(
      expect.arrayContaining(['The Library Where Nobody Borrows Books', 'Counting Hedgerows: What Our Parish Survey Found']),
    );
    expect(await text(`${site}tags/community.atom`)).toContain('A library of ladders.');
    expect(await text(`${site}tags/community.html`)).toContain('Hedges, counted.');
    expect(await text(`${site}tags/photos.html`)).toContain('h-entry');

    const { shares } = await ext.send<{ shares: Share[] }>(popup, { type: 'listShares' });
    const hedges = shares.find((s) => s.comment === 'Hedges, counted.')!;
    const ladders = shares.find((s) => s.comment === 'A library of ladders.')!;
    await ext.send(popup, { type: 'updateShare', id: hedges.id, comment: 'Hedges, counted again.' });
    await ext.send(popup, { type: 'deleteShare', id: ladders.id });
    await expect.poll(() => text(`${site}index.html`), { timeout: 20_000 }).toContain('Hedges, counted again.');
    await expect.poll(() => text(`${site}feed.atom`), { timeout: 20_000 }).not.toContain('A library of ladders.');
    expect(await text(`${site}tags/community.html`)).not.toContain('A library of ladders.');
  } finally {
    await dav.dispose();
  }
});

test('the server goes away: the popup says why and that it waits; back again, the queued change is published with no action', async ({
  ext,
  server,
}) => {
  test.setTimeout(120_000);
  const dav = await startDav();
  try {
    const site = `${dav.folderUrl}shares/`;
    const options = await openOptions(ext);
    const panel = await setUpWebdav(options, site);
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByRole('status')).toHaveText('Saved ✓ — publishing now.');
    await expect.poll(() => text(`${site}feed.atom`), { timeout: 20_000 }).toContain('<feed');

    await dav.stop();
    const popup = await share(ext, '/own/sample-article/', server, 'While the server was down.', []);
    await expect(popup.getByTestId('publish-line')).toContainText(
      /Publishing failed: Sharefeed could not reach 127\.0\.0\.2:\d+ — check the address/,
      {
        timeout: 20_000,
      },
    );
    await expect(options.getByTestId('publish-status')).toContainText('Next try');
    await dav.start();
    // The back-off's alarm (30 s after the first failure) publishes it; nothing is pressed.
    await expect.poll(() => text(`${site}feed.atom`), { timeout: 60_000, intervals: [1000] }).toContain('While the server was down.');
    await expect(popup.getByTestId('publish-line')).toContainText('Published', { timeout: 10_000 });
  } finally {
    await dav.dispose();
  }
});

test('a wrong password and a read-only folder each get their sentence', async ({ ext }) => {
  const dav = await startDav();
  try {
    const options = await openOptions(ext);
    let panel = await setUpWebdav(options, `${dav.folderUrl}shares/`, 'wrong horse');
    await panel.getByRole('button', { name: 'Test connection' }).click();
    await expect(panel.getByRole('alert')).toHaveText(/refused the user name or password/);
    panel = await setUpWebdav(options, `${dav.folderUrl}ro/`);
    await panel.getByRole('button', { name: 'Test connection' }).click();
    await expect(panel.getByRole('alert')).toHaveText(/does not let this account write to “\/dav\/ro\/\.sharefeed-write-test-/);
  } finally {
    await dav.dispose();
  }
});

test('a server that answers CORS needs no permission; one that does not says so instead of failing silently', async ({ ext }) => {
  // 127.0.0.3: an address the test build has no host permission for, like any server in the store build.
  const cors = await startDav({ cors: true, host: '127.0.0.3' });
  const plain = await startDav({ host: '127.0.0.3' });
  try {
    const options = await openOptions(ext);
    const panel = await setUpWebdav(options, `${cors.folderUrl}shares/`);
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByRole('status')).toHaveText('Saved ✓ — publishing now.');
    await expect.poll(() => text(`${cors.folderUrl}shares/index.html`), { timeout: 20_000 }).toContain('h-feed');
    expect(await ext.sw.evaluate((origin) => chrome.permissions.contains({ origins: [`${origin}/*`] }), cors.origin)).toBe(false);
    // That server down is an outage (retried by itself), not a missing permission; back up, it is published to again.
    await cors.stop();
    await ext.send(options, { type: 'shareLink', url: 'https://example.org/while-down', title: 'Shared while the server was down' });
    expect(await ext.send(options, { type: 'publishNow' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^Sharefeed could not reach 127\.0\.0\.3:/),
    });
    expect(await ext.send(options, { type: 'publishStatus' })).toMatchObject({ status: { state: 'failed' } });
    await cors.start();
    expect(await ext.send(options, { type: 'publishNow' })).toMatchObject({ ok: true });
    expect(await text(`${cors.folderUrl}shares/index.html`)).toContain('Shared while the server was down');

    // No CORS, no permission: set up by message (a real click would open the browser's permission dialog).
    await ext.send(options, {
      type: 'setPublishing',
      publishing: { kind: 'webdav', url: `${plain.folderUrl}shares/`, username: DAV_USER, password: DAV_PASSWORD },
    });
    const reply = await ext.send<{ ok: boolean; error: string }>(options, { type: 'publishNow' });
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/^Sharefeed may not reach 127\.0\.0\.3: allow it on the options page/),
    });
  } finally {
    await Promise.all([cors.dispose(), plain.dispose()]);
  }
});

test('GitHub: one commit per publish through the Git Data API stand-in; WebSub: the hub hears of each changed feed', async ({
  ext,
  server,
}) => {
  const gh = await startGithubStandin();
  const hub = await startWebsubHub();
  try {
    const options = await openOptions(ext);
    await options.getByLabel('WebSub hub (optional)').fill(hub.url);
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect(options.getByText('Saved ✓')).toBeVisible();
    const panel = options.getByRole('region', { name: 'Publishing' });
    await panel.getByLabel('GitHub Pages').check();
    await panel.getByLabel('Owner (user or organization)').fill(gh.owner);
    await panel.getByLabel('Repository', { exact: true }).fill(gh.repo);
    await panel.getByLabel('Folder in the repository (optional)').fill('feed');
    await panel.getByLabel('Token').fill(gh.token);
    await panel.getByLabel('API address (optional)').fill(gh.apiUrl);
    await panel.getByRole('button', { name: 'Test connection' }).click();
    await expect(panel.getByRole('status')).toHaveText('Connected: Sharefeed can publish to https://ada.github.io/shares/feed/');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => gh.commits().length, { timeout: 20_000 }).toBe(2);
    await share(ext, '/own/sample-article/', server, 'Committed.', ['github']);
    await expect.poll(() => gh.commits().length, { timeout: 20_000 }).toBe(3);
    expect(gh.files().get('feed/feed.atom')).toContain('Committed.');
    expect(gh.files().get('feed/feed.atom')).toContain(`<link rel="hub" href="${hub.url}"/>`);
    await expect
      .poll(() => hub.notices.flat(), { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining(['https://ada.github.io/shares/feed/feed.atom', 'https://ada.github.io/shares/feed/tags/github.atom']),
      );
  } finally {
    await Promise.all([gh.close(), hub.close()]);
  }
});
