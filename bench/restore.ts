/**
 * Restoring a 10,000-share backup (20 KB articles, about 200 MB of JSON) in the built extension in Chromium, as a
 * person does it: the options page, the file chosen, Restore pressed; timed until the report is shown. Every
 * article passes the storage gate on the way in; the progress the page shows meanwhile is sampled.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../e2e/fixtures';
import { seedShare } from '../e2e/seed';
import { serializeBackup } from '../src/core/backup';
import { defaultSettings } from '../src/core/settings';

const SHARES = 10_000;

export async function benchRestore(): Promise<string[]> {
  const dir = resolve(import.meta.dirname, '../.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bench-restore-backup.json');
  const shares = Array.from({ length: SHARES }, (_, i) => seedShare(i, 20_000));
  const json = serializeBackup(shares, defaultSettings('urn:uuid:bench', '2026-01-01T00:00:00.000Z'), '2026-01-01T00:00:00.000Z');
  writeFileSync(file, json);
  const { context, profile } = await launchWithExtension();
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const options = await context.newPage();
    await options.goto(`chrome-extension://${new URL(sw.url()).host}/src/options/index.html`);
    const restore = options.getByRole('form', { name: 'Restore backup' });
    await restore.getByLabel('Backup file').setInputFiles(file);
    const progress: string[] = [];
    const sampling = setInterval(() => {
      void options
        .getByRole('status')
        .first()
        .textContent({ timeout: 100 })
        .then((text) => text && progress.push(text))
        .catch(() => undefined);
    }, 250);
    const start = performance.now();
    await restore.getByRole('button', { name: 'Restore backup' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: `Restored: ${SHARES.toLocaleString('en')} added` })
      .or(options.getByRole('status').filter({ hasText: `Restored: ${SHARES} added` }))
      .waitFor({ timeout: 600_000 });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampling);
    const checking = progress.filter((text) => text.startsWith('Checking shares'));
    return [
      `Restore in Chromium: ${SHARES.toLocaleString('en')} shares of 20 KB (${(json.length / 1_000_000).toFixed(0)} MB of JSON), Restore pressed to the report shown`,
      `  ${seconds.toFixed(1)} s (${Math.round(SHARES / seconds)} shares a second); progress shown ${checking.length} times while checking, e.g. “${checking[Math.floor(checking.length / 2)] ?? 'none seen'}”`,
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(file, { force: true });
  }
}
