import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS, PUBLISH_ALARM, publishScheduler } from './schedule';

afterEach(() => vi.useRealTimers());

describe('publishScheduler', () => {
  it('makes one publish of several changes a few seconds apart, with an alarm behind it', async () => {
    vi.useFakeTimers();
    const run = vi.fn(async () => undefined);
    const alarms: [string, number][] = [];
    const scheduler = publishScheduler(run, (name, when) => void alarms.push([name, when]));
    scheduler.soon();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 500);
    scheduler.soon();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 500);
    scheduler.soon();
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(run).toHaveBeenCalledTimes(1);
    expect(alarms.map(([name]) => name)).toEqual([PUBLISH_ALARM, PUBLISH_ALARM, PUBLISH_ALARM]);
    expect(alarms.every(([, when]) => when > Date.now())).toBe(true);
  });

  it('survives a run that fails', async () => {
    vi.useFakeTimers();
    const run = vi.fn(async () => Promise.reject(new Error('down')));
    publishScheduler(run, () => undefined).soon();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
