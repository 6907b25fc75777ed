/**
 * Popup scale: first paint of the history list and search latency with 10 and then 10,000 shares (~20 KB article
 * each), in the real built extension in one Chromium (so both sizes see the same browser), measured in the same
 * run. Search is timed as the popup asks it: `listHistory` through the real message channel.
 */
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../e2e/fixtures';
import { seedShare } from '../e2e/seed';
import { FIRST_LIST_MARK } from '../src/popup/first-list-mark';
import { median, ms } from './measure';

const QUERIES = ['rust', 'climate notes', 'recommended', 'jazz 99', 'typo', 'astronomy longread', 'le monde', 'zzz'];
const OPENS = 15;

async function seedUpTo(page: Page, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i += 250) {
    const batch = Array.from({ length: Math.min(250, to - i) }, (_, j) => seedShare(i + j, 20_000));
    const reply = await page.evaluate((shares) => chrome.runtime.sendMessage({ type: 'importShares', shares }), batch);
    if (!reply?.ok) throw new Error(`seeding failed: ${reply?.error}`);
  }
}

/** Median first paint over fresh opens of the popup (the first, warming caches, not counted), and search times. */
async function measure(page: Page, popupUrl: string) {
  const paints: number[] = [];
  for (let run = 0; run <= OPENS; run++) {
    await page.goto(popupUrl);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_LIST_MARK);
    const paint = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, FIRST_LIST_MARK);
    if (run > 0) paints.push(paint);
  }
  const searches = await page.evaluate(async (queries) => {
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const query of queries) {
        const start = performance.now();
        await chrome.runtime.sendMessage({ type: 'listHistory', query, limit: 30 });
        times.push(performance.now() - start);
      }
    }
    return times;
  }, QUERIES);
  return { paint: median(paints), search: median(searches), searchMax: Math.max(...searches) };
}

export async function benchPopup(): Promise<string[]> {
  const { context, profile } = await launchWithExtension();
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const popupUrl = `chrome-extension://${new URL(sw.url()).host}/src/popup/index.html`;
    const page = await context.newPage();
    await page.goto(popupUrl);
    await seedUpTo(page, 0, 10);
    const small = await measure(page, popupUrl);
    await seedUpTo(page, 10, 10_000);
    const large = await measure(page, popupUrl);
    return [
      `Popup history, the built extension in Chromium (first paint: median of ${OPENS} opens; search: median of 24 queries)`,
      `  first list paint   10 shares ${ms(small.paint)}   10,000 shares ${ms(large.paint)}   ratio ${(large.paint / small.paint).toFixed(2)}× (goal ≤ 1.5×)`,
      `  search             10 shares ${ms(small.search)}   10,000 shares ${ms(large.search)}, slowest ${ms(large.searchMax)} (goal: median ≤ 50 ms)`,
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
