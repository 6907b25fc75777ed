import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SharefeedDb } from './db';
import { TabStatus } from './tab-status';

describe('TabStatus', () => {
  it('gives a failure’s reason to every reader until it is cleared, and none when it is over an hour old', async () => {
    let now = Date.UTC(2026, 0, 1, 9);
    const status = new TabStatus(new SharefeedDb({ indexedDB: new IDBFactory(), IDBKeyRange }), () => new Date(now).toISOString());
    await status.fail(3, 'This page is a PDF.');
    // Two popups asking at once (Chrome's own and another) both get it.
    expect(await Promise.all([status.read(3), status.read(3)])).toEqual(['This page is a PDF.', 'This page is a PDF.']);
    expect(await status.read(3)).toBe('This page is a PDF.');
    await status.clear(3);
    expect(await status.read(3)).toBeNull();
    await status.fail(4, 'Storage is full.');
    now += 61 * 60 * 1000;
    expect(await status.read(4)).toBeNull();
  });
});
