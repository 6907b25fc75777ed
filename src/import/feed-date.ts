/** Dates as files write them, read into ISO form; anything unreadable or implausible is null. */

const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** RFC 3339 (Atom, JSON Feed) or RFC 822 (RSS) dates; both are understood by `Date.parse`. */
export function parseFeedDate(text: string | null | undefined): string | null {
  if (!text || text.length > 100) return null;
  return plausible(Date.parse(text.trim()));
}

/**
 * Unix time as bookmark and Pocket exports write it. Seconds normally; some tools write milliseconds or
 * microseconds (Firefox's internal PRTime), told apart by size.
 */
export function parseUnixTime(text: string | null | undefined): string | null {
  if (!text || !/^\s*\d{1,17}\s*$/.test(text)) return null;
  const n = Number(text);
  const ms = n > 1e14 ? n / 1000 : n > 1e11 ? n : n * 1000;
  return plausible(ms);
}

function plausible(ms: number): string | null {
  if (Number.isNaN(ms) || ms <= EARLIEST || ms > LATEST) return null;
  return new Date(ms).toISOString();
}
