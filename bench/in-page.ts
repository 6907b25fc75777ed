/**
 * Bundled into the fixture pages by extraction.ts: our whole extraction and bare Readability, side by side in the
 * same page, each on its own copy of the same document (ours copies inside, as the product does).
 */
import { Readability } from '@mozilla/readability';
import { extractPage } from '../src/extract/extract-page';

const ours = () => extractPage(document, { mode: 'auto' });
const bare = () => new Readability(document.cloneNode(true) as Document).parse();

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** After one warm-up each, `runs` alternated runs of both: their times in milliseconds. */
function measure(runs: number): { ours: number[]; bare: number[] } {
  ours();
  bare();
  const times = { ours: [] as number[], bare: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.ours.push(time(ours));
    times.bare.push(time(bare));
  }
  return times;
}

Object.assign(globalThis, { sharefeedBench: measure, sharefeedOurs: ours });
