import { describe, expect, it } from 'vitest';
import type { Share } from '../share';
import { selectEntries, tagKey } from './select';
import { TEST_SETTINGS, sampleShares } from './test-fixtures';

function share(id: string, sharedAt: string, tags: string[] = []): Share {
  return { ...sampleShares()[1]!, id, sharedAt, updatedAt: sharedAt, tags };
}

const ids = (shares: Share[]) => shares.map((s) => s.id);

describe('selectEntries', () => {
  const shares = [
    share('b', '2026-01-02T00:00:00.000Z', ['Rust', 'Web Dev']),
    share('a', '2026-01-03T00:00:00.000Z', ['web  dev']),
    share('c', '2026-01-02T00:00:00.000Z'),
    share('d', 'garbage', ['rust']),
    share('e', '2026-01-01T00:00:00+05:00', ['RUST']),
  ];

  it('orders newest first, ties by id, unreadable dates last', () => {
    expect(ids(selectEntries(shares, TEST_SETTINGS))).toEqual(['a', 'b', 'c', 'e', 'd']);
  });

  it('filters by tag ignoring case and spacing', () => {
    expect(ids(selectEntries(shares, TEST_SETTINGS, ' rust '))).toEqual(['b', 'e', 'd']);
    expect(ids(selectEntries(shares, TEST_SETTINGS, 'WEB dev'))).toEqual(['a', 'b']);
    expect(ids(selectEntries(shares, TEST_SETTINGS, 'none'))).toEqual([]);
  });

  it('treats an empty tag as no tag', () => {
    expect(selectEntries(shares, TEST_SETTINGS, '  ')).toHaveLength(5);
  });

  it('cuts to the limit after filtering and ordering; 0 means all', () => {
    expect(ids(selectEntries(shares, { ...TEST_SETTINGS, limit: 2 }))).toEqual(['a', 'b']);
    expect(ids(selectEntries(shares, { ...TEST_SETTINGS, limit: 2 }, 'rust'))).toEqual(['b', 'e']);
    expect(selectEntries(shares, { ...TEST_SETTINGS, limit: 0 })).toHaveLength(5);
  });

  it('leaves the input as it was', () => {
    const before = ids(shares);
    selectEntries(shares, TEST_SETTINGS);
    expect(ids(shares)).toEqual(before);
  });
});

describe('tagKey', () => {
  it('folds case and whitespace as stored tags are folded', () => {
    expect(tagKey('  Web \t Dev ')).toBe('web dev');
    expect(tagKey(undefined)).toBe('');
  });
});
