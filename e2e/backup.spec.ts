/**
 * Never lose a share: a backup exported from the options page, restored into a fresh browser profile (a new
 * machine), gives identical records and a byte-identical feed; a damaged file changes nothing and says why.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, launchWithExtension, ExtensionDriver } from './fixtures';
import { seed } from './seed';
import type { Share } from '../src/core/share';

async function saved(download: Promise<Download>): Promise<{ name: string; path: string; text: string }> {
  const file = await download;
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

async function allShares(ext: ExtensionDriver, from: Page): Promise<Share[]> {
  return (await ext.send<{ shares: Share[] }>(from, { type: 'listShares', limit: 1000 })).shares;
}

async function exportAtom(options: Page) {
  const downloading = options.waitForEvent('download');
  await options.getByRole('region', { name: 'Export your feed' }).getByRole('button', { name: 'Export Atom' }).click();
  return saved(downloading);
}

test('backup → a new profile → restore: identical shares and a byte-identical feed', async ({ ext }, testInfo) => {
  const options = await ext.context.newPage();
  await options.goto(ext.url('src/options/index.html'));
  const shares = await seed(ext, options, 40, 20_000);
  await options.getByLabel('Feed title').fill('Ana’s reading');
  await options.getByLabel('Public URL of the feed').fill('https://ana.example/feeds/sharefeed.atom');
  await options.getByLabel('All shares').check();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved ✓' })).toBeVisible();

  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export backup' }).click();
  const backup = await saved(downloading);
  expect(backup.name).toMatch(/^sharefeed-backup-\d{4}-\d\d-\d\d\.json$/);
  const feed = await exportAtom(options);
  expect(feed.text.match(/<entry/g)).toHaveLength(40);
  const before = await allShares(ext, options);
  expect(before).toHaveLength(shares.length);
  const backupFile = testInfo.outputPath('backup.json');
  writeFileSync(backupFile, backup.text);

  // A fresh profile: nothing stored, a different install.
  const fresh = await launchWithExtension();
  try {
    const sw = fresh.context.serviceWorkers()[0] ?? (await fresh.context.waitForEvent('serviceworker'));
    const other = new ExtensionDriver(fresh.context, sw, new URL(sw.url()).host);
    const page = await fresh.context.newPage();
    await page.goto(other.url('src/options/index.html'));
    expect(await allShares(other, page)).toEqual([]);

    const restore = page.getByRole('form', { name: 'Restore backup' });
    await restore.getByLabel('Backup file').setInputFiles(backupFile);
    await restore.getByRole('radio', { name: /Replace everything/ }).check();
    await restore.getByRole('button', { name: 'Restore backup' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Restored: 40 added, 0 updated, 0 unchanged.' })).toBeVisible();

    expect(await allShares(other, page)).toEqual(before);
    await page.reload();
    await expect(page.getByLabel('Feed title')).toHaveValue('Ana’s reading');
    expect((await exportAtom(page)).text).toBe(feed.text);
  } finally {
    await fresh.context.close();
    rmSync(fresh.profile, { recursive: true, force: true });
  }
});

test('a damaged or foreign backup file changes nothing and says what is wrong', async ({ ext }, testInfo) => {
  const options = await ext.context.newPage();
  await options.goto(ext.url('src/options/index.html'));
  await seed(ext, options, 3);
  const before = await allShares(ext, options);
  const restore = options.getByRole('form', { name: 'Restore backup' });
  const cases = [
    ['truncated.json', '{"format": "sharefeed-backup", "version": 1, "shares": [{"id": "a"', /damaged .* nothing was restored/],
    ['notes.json', '{"title": "my notes"}', /not a Sharefeed backup/],
    [
      'newer.json',
      '{"format": "sharefeed-backup", "version": 99, "exportedAt": "2030-01-01T00:00:00.000Z", "settings": {}, "shares": []}',
      /newer|version/i,
    ],
  ] as const;
  for (const [name, text, message] of cases) {
    const file = testInfo.outputPath(name);
    writeFileSync(file, text);
    await restore.getByLabel('Backup file').setInputFiles(file);
    await restore.getByRole('radio', { name: /Replace everything/ }).check();
    await restore.getByRole('button', { name: 'Restore backup' }).click();
    await expect(options.getByRole('alert')).toHaveText(message);
    expect(await allShares(ext, options)).toEqual(before);
  }
});
