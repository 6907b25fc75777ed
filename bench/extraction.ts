/**
 * Extraction in real Chromium over the fixture corpus: our full extraction (Readability plus metadata, lazy
 * images, sanitizing, the quality gate) vs bare `Readability.parse`, on copies of the same loaded page, alternated
 * run by run; the median of per-page ratios. Plus the size of the script the extension injects.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { startFixtureServer } from '../e2e/fixture-server';
import { corpusPageNames } from '../src/core/test-pages';
import { median, ms, ratio } from './measure';

const RUNS = 9;

async function benchBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: new URL('./in-page.ts', import.meta.url).pathname, formats: ['iife'], name: 'sharefeedBenchEntry' },
    },
  });
  const output = (Array.isArray(result) ? result[0]! : result) as { output: { code?: string }[] };
  return output.output[0]!.code!;
}

function injectedScriptSize(): string {
  try {
    const script = readFileSync(new URL('../dist/src/extract/inject.js', import.meta.url));
    return `${(script.length / 1024).toFixed(1)} KB, ${(gzipSync(script, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
  } catch {
    return 'unknown (run npm run build:chrome first)';
  }
}

export async function benchExtraction(): Promise<string[]> {
  const code = await benchBundle();
  const server = await startFixtureServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
  const context = await browser.newContext();
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const ratios: number[] = [];
  let oursTotal = 0;
  let bareTotal = 0;
  try {
    const page = await context.newPage();
    for (const name of corpusPageNames()) {
      await page.goto(server.url(`/pages/${name}/`), { waitUntil: 'load' });
      await page.addScriptTag({ content: code });
      const times = await page.evaluate(
        (runs) => (globalThis as unknown as { sharefeedBench: (n: number) => { ours: number[]; bare: number[] } }).sharefeedBench(runs),
        RUNS,
      );
      const [ours, bare] = [median(times.ours), median(times.bare)];
      ratios.push(ours / bare);
      oursTotal += ours;
      bareTotal += bare;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  return [
    `Extraction in Chromium over ${ratios.length} fixture pages (median of ${RUNS} runs a page; ratio = ours ÷ bare Readability.parse)`,
    `  median ratio ${ratio(median(ratios))} (goal ≤ 1.15×)   p90 ${ratio(sorted[Math.floor(sorted.length * 0.9)]!)}   all pages: ours ${ms(oursTotal)}, Readability ${ms(bareTotal)} (${ratio(oursTotal / bareTotal)})`,
    `  injected script: ${injectedScriptSize()} (goal ≤ 45 KB gzip)`,
  ];
}
