import { describe, expect, it } from 'vitest';
import { nestingDepth } from './nesting-depth';

describe('nestingDepth', () => {
  it('counts nested elements, not void ones or ones whose end tag may be left out', () => {
    expect(nestingDepth('<div><section><p>a<p>b<br><img src=x></section></div>', 100)).toBe(2);
    expect(nestingDepth('<ul><li>a<li><ul><li>b</ul></ul>', 100)).toBe(2);
    expect(nestingDepth('<svg><g><path/></g></svg>', 100)).toBe(2);
    expect(nestingDepth('plain text', 100)).toBe(0);
  });

  it('stops as soon as the limit is passed', () => {
    expect(nestingDepth('<div>'.repeat(1_000_000), 500)).toBe(501);
  });
});
