/**
 * The README's quick start from a fresh clone, in an empty folder with nothing beside it (so no corpus either):
 * `git clone`, `npm install`, `npm start -- --check` (builds, opens Chromium on the shipped sample article, presses
 * the toolbar button, reads the popup), and every unit test that reads the corpus passing or skipping with one line
 * instead of crashing.
 * It clones the last commit (HEAD), so uncommitted changes are not what it checks.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const folder = mkdtempSync(join(tmpdir(), 'sharefeed-fresh-'));
const clone = join(folder, 'sharefeed');
const env = { ...process.env, SHAREFEED_CORPUS: undefined };
delete env.SHAREFEED_CORPUS;

function run(command: string, args: string[], cwd = clone): string {
  console.log(`$ ${[command, ...args].join(' ')}`);
  return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

try {
  run('git', ['clone', '--quiet', root, clone], folder);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  console.log(run('npm', ['start', '--silent', '--', '--check']).trim().split('\n').at(-1));
  // Every unit test that reads the corpus (found by what it imports, so a new one cannot be missed) runs here.
  const corpusTests = run('git', ['grep', '-l', 'test-pages', '--', 'src/**/*.test.ts']).trim().split('\n');
  const skipped = run('npx', ['vitest', 'run', ...corpusTests]);
  if (!/Skipped: the tests over the real-page corpus/.test(skipped)) throw new Error('the corpus tests did not say they were skipped');
  console.log('Fresh clone: quick start works with nothing beside the checkout; the corpus tests skip with one line.');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
