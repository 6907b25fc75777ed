import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rfc3339, rfc822, timeOf } from './dates';

describe('rfc3339', () => {
  it('normalizes to UTC with milliseconds', () => {
    expect(rfc3339('2026-11-21T15:32:32+01:00')).toBe('2026-11-21T14:32:32.000Z');
    expect(rfc3339('2026-11-21T14:32:32.5Z')).toBe('2026-11-21T14:32:32.500Z');
  });

  it('takes the first usable candidate, and the epoch when none is', () => {
    expect(rfc3339('yesterday', null, undefined, '2026-01-02T03:04:05.006Z')).toBe('2026-01-02T03:04:05.006Z');
    expect(rfc3339('not a date', '')).toBe('1970-01-01T00:00:00.000Z');
  });

  it('refuses years a feed date cannot carry', () => {
    expect(timeOf('+010000-01-01T00:00:00Z')).toBeNaN();
    expect(timeOf('-000001-01-01T00:00:00Z')).toBeNaN();
    expect(timeOf('0001-01-01T00:00:00Z')).toBe(-62135596800000);
  });
});

describe('rfc822', () => {
  it('writes RSS dates with the weekday, a two-digit day, a four-digit year and +0000', () => {
    expect(rfc822('2026-11-21T14:32:32.123Z')).toBe('Sat, 21 Nov 2026 14:32:32 +0000');
    expect(rfc822('2026-03-01T00:00:05+01:00')).toBe('Sat, 28 Feb 2026 23:00:05 +0000');
    expect(rfc822('0999-01-05T00:00:00Z')).toBe('Sat, 05 Jan 0999 00:00:00 +0000');
  });

  it('names the same second that was given', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (date) => {
        const written = rfc822(date.toISOString());
        expect(written).toMatch(
          /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d \+0000$/,
        );
        expect(Date.parse(written)).toBe(Math.floor(date.getTime() / 1000) * 1000);
      }),
    );
  });
});
