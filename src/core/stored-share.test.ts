import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyShare } from './feed/test-arbitraries';
import { sampleShares } from './feed/test-fixtures';
import { toStoredShare } from './stored-share';

describe('toStoredShare', () => {
  it('scrubs the article and nothing else', () => {
    const [share] = sampleShares();
    const raw = { ...share!, article: { ...share!.article!, content: '<p onclick="x()">Hi</p><script>x()</script>' } };
    const stored = toStoredShare(raw);
    expect(stored.article!.content).toBe('<p>Hi</p>');
    expect({ ...stored, article: { ...stored.article!, content: '' } }).toEqual({ ...raw, article: { ...raw.article, content: '' } });
  });

  it('passes a stored share through unchanged, the same object: storing again alters nothing', () => {
    fc.assert(
      fc.property(anyShare, (share) => {
        const stored = toStoredShare(share);
        expect(toStoredShare(stored)).toBe(stored);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves link-only shares as they are', () => {
    const link = sampleShares().find((s) => s.article === null)!;
    expect(toStoredShare(link)).toBe(link);
  });
});
