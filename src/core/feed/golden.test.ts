/**
 * The three writers against reviewed golden files. To accept a deliberate change in output, run
 * `UPDATE_GOLDEN=1 npx vitest run src/core/feed/golden.test.ts` and review the diff of golden/.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings';
import { writeFeed, type FeedFormat } from './index';
import { TEST_SETTINGS, sampleShares } from './test-fixtures';

const GOLDEN = resolve(import.meta.dirname, 'golden');
const FORMATS: FeedFormat[] = ['atom', 'rss', 'json'];
const MINIMAL = defaultSettings('urn:uuid:0b7e4f64-2f1d-4c55-9d2e-6a1f3c8b9e01', '2026-01-01T00:00:00.000Z');

const cases = [
  { name: 'sample', settings: TEST_SETTINGS, tag: undefined },
  { name: 'tag-summary', settings: { ...MINIMAL, mode: 'summary' as const }, tag: 'web' },
  { name: 'tag-published', settings: TEST_SETTINGS, tag: 'Web' },
];

describe.each(FORMATS)('%s writer', (format) => {
  it.each(cases)('matches golden/$name', ({ name, settings, tag }) => {
    const file = resolve(GOLDEN, `${name}.${format}`);
    const { body } = writeFeed(format, sampleShares(), settings, tag);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, body);
    expect(existsSync(file), `${file} is missing; run with UPDATE_GOLDEN=1 once and review it`).toBe(true);
    expect(body).toBe(readFileSync(file, 'utf8'));
  });

  it('writes byte-identical output for the same data, in whatever order it comes', () => {
    const once = writeFeed(format, sampleShares(), TEST_SETTINGS).body;
    expect(writeFeed(format, sampleShares().reverse(), TEST_SETTINGS).body).toBe(once);
    expect(writeFeed(format, sampleShares(), TEST_SETTINGS).body).toBe(once);
  });

  it.skipIf(format === 'json')('dates an empty feed by its settings, not by the clock', () => {
    // JSON Feed has no feed-level date; Atom and RSS require one.
    const { body } = writeFeed(format, [], MINIMAL);
    expect(body).toContain(format === 'rss' ? 'Thu, 01 Jan 2026 00:00:00 +0000' : '<updated>2026-01-01T00:00:00.000Z</updated>');
  });
});
