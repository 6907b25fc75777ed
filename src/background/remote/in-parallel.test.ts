import { describe, expect, it } from 'vitest';
import { inParallel } from './in-parallel';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inParallel', () => {
  it('does every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await inParallel([1, 2, 3, 4, 5, 6, 7, 8, 9], 4, async (n) => {
      most = Math.max(most, ++running);
      await tick(n % 3);
      done.push(n);
      running--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(4);
  });

  it('after a failure starts nothing new, and throws only once the requests under way have ended', async () => {
    const started: number[] = [];
    let underWay = 0;
    const failure = inParallel([1, 2, 3, 4, 5, 6, 7, 8], 3, async (n) => {
      started.push(n);
      underWay++;
      await tick(n === 1 ? 1 : 20);
      underWay--;
      if (n === 1) throw new Error('refused');
    });
    await expect(failure).rejects.toThrow('refused');
    expect(underWay).toBe(0);
    expect(started.sort()).toEqual([1, 2, 3]);
  });
});
