/**
 * Playwright fixtures: a real Chromium with the built extension loaded, the fixture server, and helpers that do
 * what a person does — open a page, press the toolbar button, use the popup.
 */
import { test as base, expect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, startFixtureServer, type FixtureServer } from './fixture-server';

/** The test build the suite loads (vite.config.ts: loopback host access, the listeners tests call)… */
export const TEST_DIST = resolve(ROOT, 'dist-test');
/** …and the store build, loaded where the test is about what ships. */
export const STORE_DIST = resolve(ROOT, 'dist');

interface WorkerFixtures {
  server: FixtureServer;
}

interface TestFixtures {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  ext: ExtensionDriver;
}

export async function launchWithExtension(dist = TEST_DIST): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'sharefeed-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
    ],
  });
  // The fixture pages are real web pages: keep them from reaching the network.
  // (127.0.0.2 and .3: the servers the publishing and sync tests start.)
  await context.route(/^https?:\/\/(?!127\.0\.0\.[123][:/])/, (route) => route.abort());
  return { context, profile };
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- as above
  context: async ({}, use) => {
    const { context, profile } = await launchWithExtension();
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  sw: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ sw }, use) => use(new URL(sw.url()).host),
  ext: async ({ context, sw, extensionId }, use) => use(new ExtensionDriver(context, sw, extensionId)),
});

export { expect };

export class ExtensionDriver {
  constructor(
    readonly context: BrowserContext,
    readonly sw: Worker,
    readonly id: string,
  ) {}

  url(path: string): string {
    return `chrome-extension://${this.id}/${path}`;
  }

  /** The tab id of a page, read by the extension itself (no `tabs` permission: find it as the active tab). */
  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    return this.sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id!;
    });
  }

  /** Press the toolbar button for this page's tab, exactly as a click does (grants activeTab). */
  async pressToolbarButton(page: Page): Promise<number> {
    const tabId = await this.tabIdOf(page);
    const cdp = await this.context.browser()!.newBrowserCDPSession();
    try {
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
        targetInfos: { targetId: string; url: string }[];
      };
      const target = targetInfos.find((t) => t.url === page.url());
      if (!target) throw new Error(`no tab target for ${page.url()}`);
      await cdp.send('Extensions.triggerAction' as never, { id: this.id, targetId: target.targetId } as never);
    } finally {
      await cdp.detach();
    }
    return tabId;
  }

  /** The popup, opened as a page of its own for the given tab (the real popup window cannot be attached). */
  async openPopup(tabId: number): Promise<Page> {
    const popup = await this.context.newPage();
    await popup.goto(this.url(`src/popup/index.html?tab=${tabId}`));
    return popup;
  }

  /** Open a fixture page, press the toolbar button on it, and open the popup for it. */
  async sharePopupFor(pageUrl: string): Promise<{ page: Page; popup: Page; tabId: number }> {
    const page = await this.context.newPage();
    await page.goto(pageUrl);
    const tabId = await this.pressToolbarButton(page);
    const popup = await this.openPopup(tabId);
    return { page, popup, tabId };
  }

  /** Send a protocol message from an extension page, as the popup does. */
  async send<T>(from: Page, message: object): Promise<T> {
    return from.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
  }
}
