/**
 * Dates from page markup, as ISO 8601 UTC with milliseconds (the form every Share date has), or null.
 * Only ISO-shaped input is read: free-form dates ("Jan 5") parse differently from one browser to the next.
 * A date-time without a zone is read as UTC, so the result is the same on every machine.
 */
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

export function toIsoDate(raw: string | null | undefined): string | null {
  const match = raw ? ISO_SHAPE.exec(raw.trim()) : null;
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = match;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const ms = frac ? frac.slice(0, 4).padEnd(4, '0') : '';
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${ms}${offset}`);
  const year = date.getUTCFullYear();
  // Out-of-range fields (month 13) make an invalid date; a year far off is a placeholder, not a date.
  if (Number.isNaN(date.getTime()) || year < 1900 || year > 2200) return null;
  return date.toISOString();
}
