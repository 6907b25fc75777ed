/**
 * Export from the popup in every format, for all shares and for one tag: the right file names and types, the
 * entries a reader would see, and the same bytes the `exportFeed` message gives.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { test, expect } from './fixtures';
import { seed } from './seed';

async function exportFrom(popup: Page, label: string) {
  const downloading = popup.waitForEvent('download');
  await popup.getByRole('region', { name: 'Export feed' }).getByRole('button', { name: label }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

test('Atom, RSS and JSON Feed, for everything and for one tag, from the popup', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/own/sample-article/'));
  const popup = await ext.openPopup(await ext.tabIdOf(page));
  const shares = await seed(ext, popup, 24);
  await popup.reload();

  const all = await exportFrom(popup, 'Export RSS');
  expect(all.name).toBe('sharefeed.rss');
  const rss = parseRssFeed(all.text);
  expect(rss.items).toHaveLength(24);
  expect(rss.items![0]!.title).toBe(shares.at(-1)!.title); // newest first
  const message = await ext.send<{ body: string; mimeType: string }>(popup, { type: 'exportFeed', format: 'rss' });
  expect(message.mimeType).toBe('application/rss+xml');
  expect(all.text).toBe(message.body);

  // Pick a tag chip: the exports are that tag's feed.
  await popup
    .getByRole('group', { name: 'Filter by tag' })
    .getByRole('button', { name: /^chess/ })
    .click();
  await expect(popup.getByRole('region', { name: 'Export feed' })).toContainText('Export “chess”');
  const chess = shares.filter((s) => s.tags.includes('chess'));

  const json = await exportFrom(popup, 'Export JSON Feed');
  expect(json.name).toBe('sharefeed-chess.json');
  const feed = parseJsonFeed(JSON.parse(json.text));
  expect(feed.title).toBe('Shared stories: chess');
  expect(feed.items?.map((i) => i.id).sort()).toEqual(chess.map((s) => `urn:uuid:${s.id}`).sort());
  expect(feed.items!.every((i) => i.tags?.includes('chess'))).toBe(true);

  const atomFile = await exportFrom(popup, 'Export Atom');
  expect(atomFile.name).toBe('sharefeed-chess.atom');
  const atom = parseAtomFeed(atomFile.text);
  expect(atom.entries?.map((e) => e.title?.value).sort()).toEqual(chess.map((s) => s.title).sort());
  const tagMessage = await ext.send<{ body: string }>(popup, { type: 'exportFeed', format: 'atom', tag: 'chess' });
  expect(atomFile.text).toBe(tagMessage.body);
});
