/**
 * How closely two texts agree, as bags of words: `recall` is the share of `expected`'s words that `actual` has,
 * `precision` the share of `actual`'s words that `expected` has. Case and punctuation are ignored.
 */
function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

function size(bag: Map<string, number>): number {
  let n = 0;
  for (const count of bag.values()) n += count;
  return n;
}

export function tokenOverlap(expected: string, actual: string): { recall: number; precision: number } {
  const want = wordBag(expected);
  const got = wordBag(actual);
  let shared = 0;
  for (const [word, count] of want) shared += Math.min(count, got.get(word) ?? 0);
  return { recall: shared / Math.max(1, size(want)), precision: shared / Math.max(1, size(got)) };
}
