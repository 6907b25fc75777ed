/**
 * Least privilege, checked on the extension as Chromium loaded it: the permissions it holds, nothing registered on
 * sites, nothing web-accessible, and a background that answers none but the extension's own pages.
 */
import { rmSync } from 'node:fs';
import { test, expect, launchWithExtension, STORE_DIST } from './fixtures';
import { seed } from './seed';

const ALLOWED = ['activeTab', 'scripting', 'contextMenus', 'alarms'];

test('the installed manifest (the store build) asks for no host access and exposes nothing to sites', async () => {
  const { context, profile } = await launchWithExtension(STORE_DIST);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const manifest = (await sw.evaluate(() => chrome.runtime.getManifest())) as chrome.runtime.ManifestV3;
  const hooks = await sw.evaluate(() => typeof (globalThis as { sharefeedListeners?: unknown }).sharefeedListeners);
  expect(hooks).toBe('undefined');
  expect(manifest.permissions?.every((p) => ALLOWED.includes(p))).toBe(true);
  expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'alarms']);
  expect(manifest.host_permissions).toBeUndefined();
  // Publishing asks for the one server the person chooses, when they choose it: nothing is granted at install.
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(await sw.evaluate(() => chrome.permissions.getAll())).toEqual({
    origins: [],
    permissions: ['activeTab', 'alarms', 'contextMenus', 'scripting'],
  });
  expect(manifest.content_scripts).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  // No policy of our own: Manifest V3's default, which allows no remote or inline script.
  expect(manifest.content_security_policy).toBeUndefined();
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

test('a script running in a web page gets no answer from the background, even right after a toolbar press', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/own/sample-article/'));
  const popup = await ext.openPopup(await ext.pressToolbarButton(page));
  await seed(ext, popup, 3);
  const tabId = await ext.tabIdOf(page);
  // The page's own world has no extension API at all; the injected (isolated) world has runtime messaging, the
  // door a compromised page script would try. The background must not answer it.
  const answers = await ext.sw.evaluate(async (id) => {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: async () => {
        const ask = async (message: object) => {
          try {
            return JSON.stringify((await chrome.runtime.sendMessage(message)) ?? 'no answer');
          } catch (err) {
            return `refused: ${(err as Error).message}`;
          }
        };
        return [
          await ask({ type: 'listShares' }),
          await ask({ type: 'deleteShare', id: 'x' }),
          typeof (window as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id,
        ];
      },
    });
    return result?.result as string[];
  }, tabId);
  expect(answers[0]).not.toContain('shares');
  expect(answers[1]).not.toContain('"ok"');
  expect(
    await page.evaluate(() => typeof (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage),
  ).toBe('undefined');
  const { total } = await ext.send<{ total: number }>(popup, { type: 'listShares' });
  expect(total).toBe(3);
});
