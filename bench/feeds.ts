/**
 * Feed writing: ours vs the `feed` package vs feedsmith, on the same shares (~20 KB real articles each), in the
 * same run: time at 25, 1,000 and 10,000 shares as ratios to ours, the floor (joining the entries' HTML), and peak
 * memory at 10,000 shares, each writer in a fresh process. Then correctness on hostile input.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FeedFormat } from '../src/core/feed/index';
import { benchShares } from './bench-shares';
import { BENCH_SETTINGS } from './bench-settings';
import { feedCorrectness } from './feed-correctness';
import { WRITERS, floor } from './feed-writers';
import { mb, ms, ratio, timeMedian } from './measure';

const SIZES = [25, 1_000, 10_000];
const FORMATS: FeedFormat[] = ['atom', 'rss', 'json'];
const RUNS: Record<number, number> = { 25: 41, 1_000: 9, 10_000: 3 };

function peakMemory(writer: string, format: FeedFormat, count: number): number {
  const script = fileURLToPath(new URL('./feed-memory.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, writer, format, String(count)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return (JSON.parse(out) as { peakBytes: number }).peakBytes;
}

export function benchFeeds(): string[] {
  const lines = ['Feed writing (median time; ratio = the other writer’s time ÷ ours, higher means ours is faster)'];
  for (const count of SIZES) {
    const shares = benchShares(count);
    for (const format of FORMATS) {
      const runs = RUNS[count]!;
      const ourTime = timeMedian(() => WRITERS.ours(format, shares, BENCH_SETTINGS), runs);
      const feedTime = timeMedian(() => WRITERS.feed(format, shares, BENCH_SETTINGS), runs);
      const smithTime = timeMedian(() => WRITERS.feedsmith(format, shares, BENCH_SETTINGS), runs);
      const floorTime = timeMedian(() => floor(format, shares, BENCH_SETTINGS), runs);
      lines.push(
        `  ${String(count).padStart(6)} ${format.padEnd(4)}  ours ${ms(ourTime).padStart(8)}   feed ${ratio(feedTime / ourTime).padStart(6)}   feedsmith ${ratio(smithTime / ourTime).padStart(6)}   ours ÷ floor ${ratio(ourTime / floorTime)}`,
      );
    }
  }
  lines.push('Peak memory writing 10,000 shares (fresh process each; ratio = ours ÷ the other writer’s)');
  for (const format of FORMATS) {
    const peaks = Object.fromEntries(['ours', 'feed', 'feedsmith', 'floor'].map((w) => [w, peakMemory(w, format, 10_000)]));
    lines.push(
      `  ${format.padEnd(4)}  ours ${mb(peaks.ours!)}   feed ${mb(peaks.feed!)} (${ratio(peaks.ours! / peaks.feed!)})   feedsmith ${mb(peaks.feedsmith!)} (${ratio(peaks.ours! / peaks.feedsmith!)})   floor ${mb(peaks.floor!)}`,
    );
  }
  lines.push(...feedCorrectness());
  return lines;
}
