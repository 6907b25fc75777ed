/**
 * One writer, one format, `count` shares, in a process of its own: prints the peak memory that saving the feed to
 * a file took (growth of the process's peak resident set over what it held before). The libraries return one
 * string, which is written; ours is written a piece at a time, as the extension and the CLI save it. Run by
 * feeds.ts, not by hand.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { devNull } from 'node:os';
import { benchShares } from './bench-shares';
import { WRITERS, floor, oursChunks } from './feed-writers';
import { BENCH_SETTINGS } from './bench-settings';
import type { FeedFormat } from '../src/core/feed/index';

const [writerName, format, count] = process.argv.slice(2) as [keyof typeof WRITERS | 'floor', FeedFormat, string];
const write = writerName === 'floor' ? floor : WRITERS[writerName];
const shares = benchShares(Number(count));
(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage().rss;
const file = openSync(devNull, 'w');
let outputChars = 0;
const pieces = writerName === 'ours' ? oursChunks(format, shares, BENCH_SETTINGS) : [write(format, shares, BENCH_SETTINGS)];
for (const piece of pieces) {
  writeSync(file, piece);
  outputChars += piece.length;
}
closeSync(file);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ peakBytes: Math.max(0, peak - before), outputChars }));
