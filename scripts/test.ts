/**
 * `npm test`: every check, in order, stopping at the first failure; at the end, the time each stage took.
 */
import { spawnSync } from 'node:child_process';

const STAGES: [name: string, command: string][] = [
  ['typecheck', 'npm run --silent typecheck'],
  ['lint', 'npm run --silent lint'],
  ['unit tests', 'npx vitest run'],
  ['builds', 'npm run --silent build'],
  ['store packages', 'npx tsx scripts/package.ts'],
  ['web-ext lint', 'npm run --silent lint:firefox'],
  ['Firefox ESR suite', 'npm run --silent test:firefox'],
  ['E2E in Chromium', 'npx playwright test'],
  ['fresh clone', 'npx tsx scripts/fresh-clone.ts'],
];

const only = process.argv.slice(2);
const times: [string, number, boolean][] = [];
let failed = false;
for (const [name, command] of STAGES) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n▶ ${name}: ${command}`);
  const started = performance.now();
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit' });
  times.push([name, performance.now() - started, status === 0]);
  if (status !== 0) {
    failed = true;
    break;
  }
}

const total = times.reduce((sum, [, ms]) => sum + ms, 0);
console.log('\nTime per stage');
for (const [name, ms, ok] of times) console.log(`  ${ok ? '✓' : '✗'} ${name.padEnd(18)} ${(ms / 1000).toFixed(1).padStart(6)} s`);
console.log(`    ${'total'.padEnd(18)} ${(total / 1000).toFixed(1).padStart(6)} s`);
process.exit(failed ? 1 : 0);
