/**
 * Popup scale: first paint of the history list and search latency with 10 vs 10,000 shares (~20 KB article each),
 * in the real built extension in Chromium, measured in the same run. Needs `npm run build:chrome` first.
 */
import { rmSync } from 'node:fs';
import { launchWithExtension } from '../e2e/fixtures';
import { seedShare } from '../e2e/seed';
import { FIRST_LIST_MARK } from '../src/popup/first-list-mark';
import { median, ms } from './measure';

const QUERIES = ['rust', 'climate notes', 'recommended', 'jazz 99', 'typo', 'astronomy longread', 'le monde', 'zzz'];

async function measure(count: number) {
  const { context, profile } = await launchWithExtension();
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const popupUrl = `chrome-extension://${new URL(sw.url()).host}/src/popup/index.html`;
    const page = await context.newPage();
    await page.goto(popupUrl);
    for (let i = 0; i < count; i += 250) {
      const batch = Array.from({ length: Math.min(250, count - i) }, (_, j) => seedShare(i + j, 20_000));
      const reply = await page.evaluate((shares) => chrome.runtime.sendMessage({ type: 'importShares', shares }), batch);
      if (!reply?.ok) throw new Error(`seeding failed: ${reply?.error}`);
    }
    const paints: number[] = [];
    for (let run = 0; run < 7; run++) {
      await page.goto(popupUrl);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_LIST_MARK);
      paints.push(await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, FIRST_LIST_MARK));
    }
    const searches = await page.evaluate(async (queries) => {
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const query of queries) {
          const start = performance.now();
          await chrome.runtime.sendMessage({ type: 'listShares', query, limit: 30 });
          times.push(performance.now() - start);
        }
      }
      return times;
    }, QUERIES);
    return { paint: median(paints), search: median(searches), searchMax: Math.max(...searches) };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function benchPopup(): Promise<string[]> {
  const small = await measure(10);
  const large = await measure(10_000);
  return [
    'Popup history, the built extension in Chromium (first paint: median of 7 opens; search: median of 24 queries)',
    `  first list paint   10 shares ${ms(small.paint)}   10,000 shares ${ms(large.paint)}   ratio ${(large.paint / small.paint).toFixed(2)}× (goal ≤ 1.5×)`,
    `  search             10 shares ${ms(small.search)}   10,000 shares ${ms(large.search)}, slowest ${ms(large.searchMax)} (goal: median ≤ 50 ms)`,
  ];
}
