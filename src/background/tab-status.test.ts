import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SharefeedDb } from './db';
import { TabStatus } from './tab-status';

describe('TabStatus', () => {
  it('gives a failure’s reason once, and none when it is over an hour old', async () => {
    let now = Date.UTC(2026, 0, 1, 9);
    const status = new TabStatus(new SharefeedDb({ indexedDB: new IDBFactory(), IDBKeyRange }), () => new Date(now).toISOString());
    await status.fail(3, 'This page is a PDF.');
    expect(await status.take(3)).toBe('This page is a PDF.');
    expect(await status.take(3)).toBeNull();
    await status.fail(4, 'Storage is full.');
    now += 61 * 60 * 1000;
    expect(await status.take(4)).toBeNull();
    await status.fail(5, 'x');
    await status.clear(5);
    expect(await status.take(5)).toBeNull();
  });
});
