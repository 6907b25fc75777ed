import { toStoredShare } from './stored-share';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBackup, serializeBackup } from './backup';
import { settingsArbitrary, sharesArbitrary } from './backup-arbitraries';

const exportedAt = '2026-02-01T00:00:00.000Z';

/** Sets `value` at a random place in a parsed backup: the envelope, the settings, a share or its article. */
function damage(doc: Record<string, unknown>, pick: number, key: string, value: unknown): void {
  const shares = doc.shares as Record<string, unknown>[];
  const targets: Record<string, unknown>[] = [doc, doc.settings as Record<string, unknown>];
  for (const s of shares) {
    targets.push(s);
    if (s.article) targets.push(s.article as Record<string, unknown>);
  }
  const target = targets[pick % targets.length]!;
  const keys = Object.keys(target);
  // Either overwrite a field Sharefeed reads or add one it does not know.
  Object.defineProperty(target, key === '' && keys.length ? keys[pick % keys.length]! : key || 'extra', {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
}

describe('backup round trip', () => {
  it('parse(serialize(x)) gives back the same stored shares (sorted) and settings', () => {
    fc.assert(
      fc.property(
        sharesArbitrary().map((list) => list.map(toStoredShare)),
        settingsArbitrary,
        (shares, settings) => {
          const result = parseBackup(serializeBackup(shares, settings, exportedAt));
          if (!result.ok) throw new Error(result.error);
          expect(result.warnings).toEqual([]);
          expect(result.backup.settings).toEqual(settings);
          const byId = new Map(shares.map((s) => [s.id, s]));
          expect(result.backup.shares).toHaveLength(shares.length);
          for (const s of result.backup.shares) expect(s).toEqual(byId.get(s.id));
          // And writing it again gives the same bytes.
          expect(serializeBackup(result.backup.shares, result.backup.settings, exportedAt)).toBe(
            serializeBackup(shares, settings, exportedAt),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseBackup(text);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('never throws on arbitrary JSON, and answers with one sentence', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseBackup(JSON.stringify(value));
        expect(result.ok ? '' : result.error).toMatch(/^[A-Z“].*\.$/s);
      }),
    );
  });

  it('never throws when any field of a valid backup is replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(
        sharesArbitrary(3),
        settingsArbitrary,
        fc.nat(),
        fc.constantFrom('', '', '__proto__', 'extra'),
        fc.jsonValue(),
        (shares, settings, pick, key, value) => {
          const doc = JSON.parse(serializeBackup(shares, settings, exportedAt)) as Record<string, unknown>;
          damage(doc, pick, key, value);
          const result = parseBackup(JSON.stringify(doc));
          if (result.ok) {
            // Whatever was accepted is still a complete, well-typed backup.
            for (const s of result.backup.shares) expect(typeof s.url).toBe('string');
          } else {
            expect(result.error).toMatch(/\.$/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
