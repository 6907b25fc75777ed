import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from './share';

/** The plain definition: whitespace-separated runs holding a letter or digit, plus one per CJK character. */
function wordsByDefinition(text: string): number {
  const cjk = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;
  const rest = text.replace(cjk, ' ');
  return rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + (text.match(cjk)?.length ?? 0);
}

describe('countWords', () => {
  it('counts words, punctuation-only runs not among them, and CJK characters one each', () => {
    expect(countWords('  Hello, world — 42 times!  ')).toBe(4);
    expect(countWords('日本語のテキスト and English')).toBe(10);
    expect(countWords('— … !!')).toBe(0);
  });

  it('reads long runs without letters in one pass (a page of rules or box drawing cannot stall a share)', () => {
    expect(countWords(`${'.'.repeat(300_000)} word ${'═'.repeat(300_000)}x`)).toBe(2);
    expect(countWords('─'.repeat(300_000))).toBe(0);
  });

  it('agrees with the plain definition on any text', () => {
    const chars = fc.constantFrom('a', 'é', '1', ' ', '\n', '\u00a0', '\u3000', '-', '.', '日', 'カ', '한', '😀', '\t');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          expect(countWords(text)).toBe(wordsByDefinition(text));
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(countWords(text)).toBe(wordsByDefinition(text));
      }),
    );
  });
});
