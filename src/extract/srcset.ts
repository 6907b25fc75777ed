/** The widest (or highest-density) image in a `srcset`, or null. Commas inside URLs are kept (CDN parameters). */
export function largestInSrcset(srcset: string | null | undefined): string | null {
  if (!srcset?.trim()) return null;
  let best: { url: string; weight: number } | null = null;
  // A candidate is a URL, then an optional descriptor, then a comma followed by space or the end.
  for (const match of srcset.matchAll(/\s*(\S+?)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,\s+|,?$)/g)) {
    const url = match[1]?.replace(/,$/, '');
    if (!url) continue;
    const weight = match[2] ? Number(match[2]) * (match[3] === 'x' ? 1000 : 1) : 1;
    if (!best || weight > best.weight) best = { url, weight };
  }
  return best?.url ?? null;
}
