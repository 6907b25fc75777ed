/**
 * The backup file: one versioned JSON document with every share (articles included) and the feed settings.
 * Writing is deterministic; reading validates the whole file before anything is returned, so a corrupt, truncated,
 * newer or hostile file is refused with one sentence and never half-restored.
 */
import type { Share } from './share';
import type { FeedSettings } from './settings';
import { BackupProblem, FieldReader, isRecord } from './backup-fields';
import { BACKUP_VERSION, migrateBackup } from './backup-migrate';
import { BACKUP_LIMITS, orderedShare, readShare, type ReadContext } from './backup-share';
import { orderedSettings, readSettings } from './backup-settings';

export { BACKUP_VERSION } from './backup-migrate';
export const BACKUP_FORMAT = 'sharefeed-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: FeedSettings;
  shares: Share[];
}

export type ParsedBackup = { ok: true; backup: Backup; warnings: string[] } | { ok: false; error: string };

/** Oldest share first, ties broken by id, every key in a fixed order, two-space indent. */
export function serializeBackup(shares: readonly Share[], settings: FeedSettings, exportedAt: string): string {
  const sorted = [...shares].sort(byShareTime).map(orderedShare);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    settings: orderedSettings(settings),
    shares: sorted,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

function byShareTime(a: Share, b: Share): number {
  // Plain code-unit order, not localeCompare: the same bytes on every machine.
  if (a.sharedAt !== b.sharedAt) return a.sharedAt < b.sharedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const NOT_A_BACKUP = 'This file is not a Sharefeed backup';

/** Never throws: every failure is a sentence in `error`. */
/** `onProgress(done, total)`: every hundred shares checked (each article passes the storage gate). */
export function parseBackup(text: string, onProgress?: (done: number, total: number) => void): ParsedBackup {
  try {
    return { ok: true, ...readBackup(parseJson(text), onProgress) };
  } catch (err) {
    if (err instanceof BackupProblem) return { ok: false, error: err.message };
    return { ok: false, error: `This backup could not be read (${err instanceof Error ? err.message : String(err)}).` };
  }
}

function parseJson(text: string): unknown {
  if (typeof text !== 'string' || !text.trim()) throw new BackupProblem(`${NOT_A_BACKUP} (it is empty).`);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    if (text.includes(`"${BACKUP_FORMAT}"`)) {
      throw new BackupProblem('This Sharefeed backup is damaged (it is no longer valid JSON — it may be truncated); nothing was restored.');
    }
    throw new BackupProblem(`${NOT_A_BACKUP} (it is not JSON — it may be truncated).`);
  }
}

function readBackup(json: unknown, onProgress?: (done: number, total: number) => void): { backup: Backup; warnings: string[] } {
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) {
    throw new BackupProblem(`${NOT_A_BACKUP} (it is JSON, but not in Sharefeed’s backup format).`);
  }
  const doc = migrateBackup(json);
  const context: ReadContext = { unknown: new Set(), warnings: [] };
  const f: FieldReader = new FieldReader(doc, 'the backup');
  f.value('format', 'format');
  f.value('version', 'version');
  const exportedAt = f.date('exportedAt', 'export date (exportedAt)');
  const settings = readSettings(f.value('settings', 'feed settings'), context);
  const rawShares = f.array('shares', 'list of shares', Number.MAX_SAFE_INTEGER);
  if (rawShares.length > BACKUP_LIMITS.shares) {
    const count = rawShares.length.toLocaleString('en');
    throw new BackupProblem(`This backup has ${count} shares; Sharefeed restores at most ${BACKUP_LIMITS.shares.toLocaleString('en')}.`);
  }
  const shares = rawShares.map((raw, i) => {
    if (i % 100 === 0) onProgress?.(i, rawShares.length);
    return readShare(raw, i + 1, context);
  });
  onProgress?.(rawShares.length, rawShares.length);
  rejectDuplicateIds(shares);
  for (const key of f.unknownKeys()) context.unknown.add(key);
  if (context.unknown.size) {
    const names = [...context.unknown].slice(0, 10).map((k) => `“${k}”`);
    context.warnings.push(`Fields Sharefeed does not know were ignored: ${names.join(', ')}.`);
  }
  return {
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, settings, shares },
    warnings: context.warnings,
  };
}

function rejectDuplicateIds(shares: readonly Share[]): void {
  const positions = new Map<string, number>();
  shares.forEach((share, i) => {
    const first = positions.get(share.id);
    if (first !== undefined) {
      throw new BackupProblem(`Shares ${first} and ${i + 1} have the same id, so the file cannot be restored safely.`);
    }
    positions.set(share.id, i + 1);
  });
}
