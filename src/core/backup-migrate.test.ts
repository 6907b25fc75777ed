import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, migrateBackup, type MigrationSteps } from './backup-migrate';

describe('migrateBackup', () => {
  it('leaves a current backup as it is', () => {
    const doc = { format: 'sharefeed-backup', version: BACKUP_VERSION, shares: [] };
    expect(migrateBackup(doc)).toBe(doc);
  });

  it('applies each step from the file’s version up to the current one, in order', () => {
    // A made-up history (v1 → v2 renames "shares" to "items", v2 → v3 adds a field) to prove the chaining.
    const steps: MigrationSteps = {
      1: ({ shares, ...rest }) => ({ ...rest, items: shares }),
      2: (doc) => ({ ...doc, added: (doc.items as unknown[]).length }),
    };
    expect(migrateBackup({ version: 1, shares: ['a'] }, steps, 3)).toEqual({ version: 3, items: ['a'], added: 1 });
    expect(migrateBackup({ version: 2, items: ['a', 'b'] }, steps, 3)).toEqual({ version: 3, items: ['a', 'b'], added: 2 });
  });

  it('refuses a version it has no step for, a future version and a missing one', () => {
    expect(() => migrateBackup({ version: 1 }, {}, 2)).toThrow('Backups in format 1 can no longer be read by this version of Sharefeed.');
    expect(() => migrateBackup({ version: BACKUP_VERSION + 1 })).toThrow(/made by a newer Sharefeed/);
    expect(() => migrateBackup({})).toThrow(/has no valid format version/);
  });
});
