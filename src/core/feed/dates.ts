/** Feed dates: RFC 3339 for Atom and JSON Feed, RFC 822 for RSS, always UTC so output never depends on the zone. */

/** Epoch milliseconds of an ISO 8601 string, or NaN when it is not a date a feed can carry (years 1–9999). */
export function timeOf(value: string | null | undefined): number {
  const ms = value ? Date.parse(value) : NaN;
  return ms >= FIRST_MS && ms < END_MS ? ms : NaN;
}

const FIRST_MS = Date.parse('0001-01-01T00:00:00Z');
const END_MS = Date.parse('+010000-01-01T00:00:00Z');

/**
 * Already RFC 3339 exactly as `toISOString` writes it, and certainly a real date (days past the 28th go the long
 * way: `Date.parse` rolls 30 February over into March). Stored dates are in this form, so most take this path.
 */
const CANONICAL = /^(?!0000)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** The first candidate that is a usable date, as RFC 3339 (`2026-11-21T14:32:32.123Z`). */
export function rfc3339(...candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    if (candidate && CANONICAL.test(candidate)) return candidate;
    const ms = timeOf(candidate);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  return new Date(0).toISOString();
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 (with RFC 1123's four-digit year) as RSS 2.0 requires: `Sat, 21 Nov 2026 14:32:32 +0000`. */
export function rfc822(iso: string): string {
  const d = new Date(rfc3339(iso));
  const two = (n: number) => String(n).padStart(2, '0');
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${year} ${time} +0000`;
}
