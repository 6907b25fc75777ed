/**
 * `npm start`: opens Chromium with the freshly built extension on a sample article served from this machine.
 * Press the Sharefeed toolbar button to share it. Without a display it runs headless and says so.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../e2e/fixture-server';

const dist = resolve(import.meta.dirname, '../dist');
const server = await startFixtureServer();
const article = server.url('/pages/aclu/');
const headless = !process.env.DISPLAY && process.platform === 'linux';
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sharefeed-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: null,
  args: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(article);
console.log(`Sharefeed is loaded. Sample article: ${article}`);
console.log(
  headless
    ? 'No display found, so Chromium runs headless; set DISPLAY to see the window. Ctrl+C stops.'
    : 'Press the Sharefeed button in the toolbar (pin it from the puzzle-piece menu). Close the window to stop.',
);
context.on('close', () => void server.close().then(() => process.exit(0)));
process.on('SIGINT', () => void context.close());
