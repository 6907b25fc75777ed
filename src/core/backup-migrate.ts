/**
 * Bringing an older backup up to the current format before it is validated. Version 1 is the first format, so
 * there are no steps yet. When the format changes: bump BACKUP_VERSION, add `STEPS[old]` turning an old document
 * into the next version (a pure function on parsed JSON), and keep a hand-written old file in the tests.
 */
import { BackupProblem } from './backup-fields';

export const BACKUP_VERSION = 1;

export type BackupDocument = Record<string, unknown>;
export type MigrationSteps = Readonly<Record<number, (doc: BackupDocument) => BackupDocument>>;

/** `STEPS[v]` turns a version-v document into a version v + 1 document. */
const STEPS: MigrationSteps = {};

export function migrateBackup(doc: BackupDocument, steps: MigrationSteps = STEPS, current = BACKUP_VERSION): BackupDocument {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupProblem('This Sharefeed backup has no valid format version, so it cannot be read — it may have been edited by hand.');
  }
  if (version > current) {
    throw new BackupProblem(
      `This backup was made by a newer Sharefeed (backup format ${version}; this version reads up to ${current}) — update Sharefeed, then restore it.`,
    );
  }
  let migrated = doc;
  for (let v = version; v < current; v++) {
    const step = steps[v];
    if (!step) throw new BackupProblem(`Backups in format ${v} can no longer be read by this version of Sharefeed.`);
    migrated = { ...step(migrated), version: v + 1 };
  }
  return migrated;
}
