import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFilename } from './safe-filename';
import { anyCodePoint } from './feed/test-arbitraries';

describe('safeFilename', () => {
  it('keeps lower-case ASCII words joined by hyphens', () => {
    expect(safeFilename('Web Dev')).toBe('web-dev');
    expect(safeFilename('Crème brûlée!')).toBe('creme-brulee');
    expect(safeFilename('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFilename('C:\\Windows\\System32')).toBe('c-windows-system32');
    expect(safeFilename('a<b>c:d"e|f?g*h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('is never empty', () => {
    expect(safeFilename('日本語')).toBe('untitled');
    expect(safeFilename('---', 'tag')).toBe('tag');
  });

  it('avoids Windows device names', () => {
    expect(safeFilename('CON')).toBe('con-');
    expect(safeFilename('lpt1')).toBe('lpt1-');
  });

  it('bounds the length without leaving a trailing hyphen', () => {
    expect(safeFilename('a'.repeat(59) + ' b', 'x', 60)).toBe('a'.repeat(59));
  });

  it('only ever returns safe names', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint, maxLength: 80 }), (name) => {
        const safe = safeFilename(name);
        expect(safe).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-?$/);
        expect(safe.length).toBeGreaterThan(0);
        expect(safe.length).toBeLessThanOrEqual(61);
      }),
    );
  });
});
