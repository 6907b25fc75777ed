/** The popup as a daily tool: search, tag filter, edit in place, delete with undo, reader view. */
import { test, expect } from './fixtures';
import { seed } from './seed';
import type { Share } from '../src/core/share';

test('search, tag filter, edit, and delete with undo that restores the record (stamped with the undo’s time)', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/own/sample-article/'));
  const popup = await ext.openPopup(await ext.tabIdOf(page));
  const shares = await seed(ext, popup, 80);
  await popup.reload();
  const history = popup.getByRole('region', { name: 'Your shares' });
  await expect(history.getByRole('heading')).toContainText('(80)');
  // A page at a time: 30 rows, more on scroll.
  await expect(history.getByRole('listitem')).toHaveCount(30);
  await history.getByRole('listitem').last().scrollIntoViewIfNeeded();
  await expect(history.getByRole('listitem')).toHaveCount(60);

  // Search by title words and by comment words.
  await history.getByLabel('Search shares').fill('chess notes');
  await expect(history.getByRole('heading')).toContainText('(10)');
  await history.getByLabel('Search shares').fill('recommended rust');
  await expect(history.getByRole('listitem')).toHaveCount(10);
  await history.getByLabel('Search shares').fill('');

  // Tag chips with counts filter the list.
  const chips = history.getByRole('group', { name: 'Filter by tag' });
  await expect(chips.getByRole('button', { name: /^jazz 10$/ })).toBeVisible();
  await chips.getByRole('button', { name: /^jazz/ }).click();
  await expect(history.getByRole('heading')).toContainText('(10)');

  // Edit title, comment and tags in place.
  const target = shares.filter((s) => s.tags.includes('jazz')).at(-1)!;
  await history.getByRole('button', { name: `Edit ${target.title}` }).click();
  const form = history.getByRole('form', { name: `Edit ${target.title}` });
  await form.getByLabel('Title').fill('Jazz, revisited');
  await form.getByLabel('Comment').fill('Changed my mind');
  await form.getByLabel('Tags').fill('favourite');
  await form.getByLabel('Tags').press('Enter');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(history.getByRole('link', { name: 'Jazz, revisited' })).toBeVisible();
  const edited = await ext.send<{ share: Share }>(popup, { type: 'getShare', id: target.id });
  expect(edited.share).toMatchObject({ title: 'Jazz, revisited', comment: 'Changed my mind' });
  expect(edited.share.tags).toEqual([...target.tags, 'favourite']);
  expect(edited.share.updatedAt > target.updatedAt).toBe(true);
  expect(edited.share.article).toEqual(target.article);

  // Delete, then Undo: the record comes back as it was, its update time the undo's (newer than the deletion).
  await history.getByRole('button', { name: 'Delete Jazz, revisited' }).click();
  await expect(history.getByRole('link', { name: 'Jazz, revisited' })).toHaveCount(0);
  const gone = await ext.send<{ ok: boolean }>(popup, { type: 'getShare', id: target.id });
  expect(gone.ok).toBe(false);
  await history.getByRole('button', { name: 'Undo' }).click();
  await expect(history.getByRole('link', { name: 'Jazz, revisited' })).toBeVisible();
  const restored = await ext.send<{ share: Share }>(popup, { type: 'getShare', id: target.id });
  expect(restored.share).toEqual({ ...edited.share, updatedAt: restored.share.updatedAt });
  expect(restored.share.updatedAt > edited.share.updatedAt).toBe(true);
});

test('the reader view renders the stored article and executes nothing from it', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/own/sample-article/'));
  const popup = await ext.openPopup(await ext.tabIdOf(page));
  const [share] = await seed(ext, popup, 1);
  const hostile = {
    ...share!,
    article: {
      ...share!.article!,
      content:
        '<h2>Safe heading</h2><p>Body text.</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
        '<a href="javascript:window.__pwned=3">click</a><svg><style><img src=x onerror="window.__pwned=4"></style></svg>' +
        '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe><p style="color:red" onclick="window.__pwned=6">Styled</p>',
    },
  };
  // A restored backup can carry anything: put the hostile copy in the way a restore would.
  await ext.send(popup, { type: 'restoreShare', share: hostile });
  const dialogs: string[] = [];
  const reader = await ext.context.newPage();
  reader.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
  await reader.goto(ext.url(`src/reader/index.html?id=${share!.id}`));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(share!.title);
  await expect(reader.getByRole('heading', { name: 'Safe heading' })).toBeVisible();
  await expect(reader.getByRole('link', { name: 'Read the original' })).toHaveAttribute('href', share!.url);
  await reader
    .getByText('click')
    .click()
    .catch(() => undefined);
  await reader.waitForTimeout(300);
  expect(await reader.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const content = reader.locator('article .content');
  await expect(content.getByText('Body text.')).toBeVisible();
  expect(await content.locator('script, iframe, style, [onerror], [onclick], [style]').count()).toBe(0);
  expect(await content.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('edits, deletes and undo keep the list where it was scrolled; Esc leaves an edit, then closes', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/own/sample-article/'));
  const popup = await ext.openPopup(await ext.tabIdOf(page));
  const shares = await seed(ext, popup, 70);
  await popup.reload();
  const history = popup.getByRole('region', { name: 'Your shares' });
  const rows = history.getByRole('listitem');
  await expect(rows).toHaveCount(30);
  await rows.last().scrollIntoViewIfNeeded();
  await expect(rows).toHaveCount(60);

  // A row from the second page: editing it leaves all 60 rows loaded.
  const target = shares[20]!; // newest first: row 50
  await history.getByRole('button', { name: `Edit ${target.title}` }).click();
  const form = history.getByRole('form', { name: `Edit ${target.title}` });
  await form.getByLabel('Comment').fill('Edited far down the list');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(history.getByText('Edited far down the list')).toBeVisible();
  await expect(rows).toHaveCount(60);

  await history.getByRole('button', { name: `Delete ${target.title}` }).click();
  await expect(rows).toHaveCount(59);
  await expect(history.getByRole('heading')).toContainText('(69)');
  await history.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(60);
  await expect(history.getByRole('heading')).toContainText('(70)');
  await expect(rows.nth(49)).toContainText(target.title);

  // Esc in an edit drops the draft and keeps the popup open; Esc with nothing to undo closes the popup.
  await history.getByRole('button', { name: `Edit ${target.title}` }).click();
  await form.getByLabel('Title').fill('A draft to drop');
  await form.getByLabel('Title').press('Escape');
  await expect(form).toHaveCount(0);
  await expect(history.getByRole('link', { name: target.title })).toBeVisible();
  expect(popup.isClosed()).toBe(false);
  const closed = popup.waitForEvent('close');
  // The page closes during the key press, which Playwright then reports as an error of the press itself.
  await history
    .getByLabel('Search shares')
    .press('Escape')
    .catch(() => undefined);
  await closed;
});
