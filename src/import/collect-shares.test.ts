import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES, collectShares } from './collect-shares';
import { testDeps } from './test-deps';
import { emptyItem, type ImportItem } from './types';

const item = (url: string, at: string, title = url): ImportItem => ({ ...emptyItem(), url, title, publishedAt: at });

describe('collectShares', () => {
  it('keeps the newest entry of each canonical URL, wherever it is in the file', () => {
    const { shares, skipped } = collectShares(
      [
        item('https://a.example/x?utm_source=1', '2024-01-01T00:00:00.000Z', 'Old'),
        item('https://a.example/x#part', '2024-06-01T00:00:00.000Z', 'New'),
        item('https://a.example/x', '2024-03-01T00:00:00.000Z', 'Middle'),
      ],
      testDeps(),
      'test',
    );
    expect(shares.map((s) => s.title)).toEqual(['New']);
    expect(skipped.map((s) => s.title)).toEqual(['Old', 'Middle']);
  });

  it('reads at most 100,000 entries and says how many were left', () => {
    const items = Array.from({ length: MAX_ENTRIES + 2 }, (_, i) => item(`https://a.example/${i}`, '2024-01-01T00:00:00.000Z', 't'));
    const { shares, skipped } = collectShares(items, testDeps(), 'test');
    expect(shares).toHaveLength(MAX_ENTRIES);
    expect(skipped).toEqual([{ title: '2 more entries', reason: 'Sharefeed imports at most 100,000 entries from one file.' }]);
  }, 30_000);
});
