import { describe, expect, it } from 'vitest';
import { parseFeedDate, parseUnixTime } from './feed-date';

describe('parseFeedDate', () => {
  it.each([
    ['2025-08-28T14:03:57.597000Z', '2025-08-28T14:03:57.597Z'],
    ['2025-02-10T09:30:00+01:00', '2025-02-10T08:30:00.000Z'],
    ['Tue, 04 Mar 2025 10:15:00 +0100', '2025-03-04T09:15:00.000Z'],
    ['Mon, 03 Mar 2025 08:00:00 GMT', '2025-03-03T08:00:00.000Z'],
    ['Wed, 02 Oct 2002 08:00:00 EST', '2002-10-02T13:00:00.000Z'],
    ['not a date', null],
    ['1970-01-01T00:00:00Z', null],
    ['2999-01-01T00:00:00Z', null],
    [null, null],
  ])('%j → %j', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso);
  });
});

describe('parseUnixTime', () => {
  it.each([
    ['1709251200', '2024-03-01T00:00:00.000Z'],
    ['1709251200000', '2024-03-01T00:00:00.000Z'],
    ['1709251200000000', '2024-03-01T00:00:00.000Z'],
    ['0', null],
    ['-5', null],
    ['12abc', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (text, iso) => {
    expect(parseUnixTime(text)).toBe(iso);
  });
});
