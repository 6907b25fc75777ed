import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blobOf } from './download';

describe('blobOf', () => {
  it('holds exactly the pieces, in order, however they fall across batches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 20 }),
        async (pieces, batch) => {
          const blob = blobOf(pieces, 'application/atom+xml;charset=utf-8', batch);
          expect(await blob.text()).toBe(pieces.join(''));
          expect(blob.type).toBe('application/atom+xml;charset=utf-8');
        },
      ),
      { numRuns: 200 },
    );
  });
});
