import { describe, expect, it } from 'vitest';
import { isUuid, uuidV5 } from './uuid-v5';

describe('uuidV5', () => {
  it('matches the RFC 4122 example (DNS namespace, www.example.com)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is stable, a version 5 RFC 4122 UUID, and different for different names', () => {
    const ns = '0b7e4f64-2f1d-4c55-9d2e-6a1f3c8b9e01';
    expect(uuidV5(ns, 'tag:rust')).toBe(uuidV5(ns, 'tag:rust'));
    expect(uuidV5(ns, 'tag:rust')).not.toBe(uuidV5(ns, 'tag:web'));
    expect(uuidV5(ns, 'x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(() => uuidV5('not-a-uuid', 'x')).toThrow();
    expect(isUuid(uuidV5(ns, 'x'))).toBe(true);
  });
});
