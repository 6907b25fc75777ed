/**
 * One writer, one format, `count` shares, in a process of its own: prints the peak memory the writing took
 * (growth of the process's peak resident set over what it held before). Run by feeds.ts, not by hand.
 */
import { benchShares } from './bench-shares';
import { WRITERS, floor } from './feed-writers';
import { BENCH_SETTINGS } from './bench-settings';
import type { FeedFormat } from '../src/core/feed/index';

const [writerName, format, count] = process.argv.slice(2) as [keyof typeof WRITERS | 'floor', FeedFormat, string];
const write = writerName === 'floor' ? floor : WRITERS[writerName];
const shares = benchShares(Number(count));
(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage().rss;
const body = write(format, shares, BENCH_SETTINGS);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ peakBytes: Math.max(0, peak - before), outputBytes: body.length }));
