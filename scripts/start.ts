/**
 * `npm start`: opens Chromium with the freshly built extension on the sample article the project ships
 * (test-pages/sample-article, served from this machine). Press the Sharefeed toolbar button to share it. Without a
 * display it runs headless and says so. `npm start -- --check` (used by the fresh-clone test) opens the same page,
 * presses the button, checks the popup reads the article, and exits.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../e2e/fixture-server';

const SAMPLE_TITLE = 'The Library Where Nobody Borrows Books';
const check = process.argv.includes('--check');
const dist = resolve(import.meta.dirname, '../dist');
const server = await startFixtureServer();
const article = server.url('/own/sample-article/');
const headless = check || (!process.env.DISPLAY && process.platform === 'linux');
const profile = mkdtempSync(join(tmpdir(), 'sharefeed-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: null,
  args: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(article);

if (check) {
  const ok = await checkTheSample(context, page).catch((err: Error) => `failed: ${err.message}`);
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(ok === true ? `npm start works: the sample article is served and the extension reads “${SAMPLE_TITLE}”.` : ok);
  process.exit(ok === true ? 0 : 1);
}

console.log(`Sharefeed is loaded. Sample article: ${article}`);
console.log(
  headless
    ? 'No display found, so Chromium runs headless; set DISPLAY to see the window. Ctrl+C stops.'
    : 'Press the Sharefeed button in the toolbar (pin it from the puzzle-piece menu). Close the window to stop.',
);
context.on('close', () => void server.close().then(() => process.exit(0)));
process.on('SIGINT', () => void context.close());

/** Press the toolbar button on the sample (as the E2E suite does) and read the popup's title field. */
async function checkTheSample(context: BrowserContext, page: Page): Promise<true | string> {
  if ((await page.title()) !== `${SAMPLE_TITLE} | The Riverside Ledger`) return `failed: the sample page is not served (${page.url()})`;
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  await page.bringToFront();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const target = targetInfos.find((t) => t.url === page.url());
  if (!target) return 'failed: no tab target for the sample page';
  await cdp.send('Extensions.triggerAction' as never, { id, targetId: target.targetId } as never);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/src/popup/index.html?tab=${tabId}`);
  const title = popup.getByLabel('Title');
  for (let tries = 0; tries < 150; tries++) {
    if ((await title.inputValue().catch(() => '')) === SAMPLE_TITLE) return true;
    await popup.waitForTimeout(100);
  }
  return `failed: the popup's title is “${await title.inputValue().catch(() => '')}”, not the sample's`;
}
