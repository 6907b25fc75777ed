/**
 * The sync folder's files, read and written by every browser:
 *   manifest.json        every share id the browsers know, with its winning version (or deletion): one small file,
 *                        so a round with nothing new is one conditional GET
 *   shares/<id>.json     one share, in the backup file's share shape
 *   settings.json        the feed's settings (never a password or a token: those are not settings)
 * Everything read is checked as a backup is (core/backup-share.ts): a share file passes the storage gate, and a
 * damaged or foreign file is refused with its reason, never trusted.
 */
import { orderedShare, readShare, type ReadContext } from '../backup-share';
import { orderedSettings, readSettings } from '../backup-settings';
import { BackupProblem } from '../backup-fields';
import type { Share } from '../share';
import type { FeedSettings } from '../settings';
import type { SyncEntry } from './sync-merge';

export const MANIFEST = 'manifest.json';
export const SETTINGS_FILE = 'settings.json';
export const SHARES_FOLDER = 'shares/';
const FORMAT = 'sharefeed-sync';
const VERSION = 1;

/** A share's file: its id as it is when it is a plain name, else a hash of it (ids come from other browsers). */
export function shareFile(id: string): string {
  return `${SHARES_FOLDER}${encodeURIComponent(id)}.json`;
}

type Row = ['s', string, string, string, string] | ['t', string, string];

export interface Manifest {
  entries: Map<string, SyncEntry>;
  /** When the synced settings last changed; null when none were synced yet. */
  settingsAt: string | null;
}

export function writeManifest(manifest: Manifest): string {
  const entries: Record<string, Row> = {};
  for (const id of [...manifest.entries.keys()].sort()) {
    const e = manifest.entries.get(id)!;
    entries[id] = e.kind === 'share' ? ['s', e.canonicalUrl, e.sharedAt, e.updatedAt, e.hash] : ['t', e.canonicalUrl, e.deletedAt];
  }
  return `${JSON.stringify({ format: FORMAT, version: VERSION, settingsAt: manifest.settingsAt, entries })}\n`;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const text = (v: unknown, max = 8_192): v is string => typeof v === 'string' && v.length <= max;

/** The manifest, or a sentence saying why it cannot be read (it is then left as it is, and reported). */
export function readManifest(body: string): Manifest | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return {
      problem:
        'The sync folder’s manifest.json is not valid JSON; Sharefeed leaves it as it is — restore it, or remove it to start the folder again.',
    };
  }
  const file = raw as { format?: unknown; version?: unknown; settingsAt?: unknown; entries?: unknown };
  if (file?.format !== FORMAT)
    return { problem: 'The sync folder holds a manifest.json that is not Sharefeed’s; use an empty folder for sync.' };
  if (typeof file.version !== 'number' || file.version > VERSION) {
    return { problem: 'The sync folder was written by a newer Sharefeed; update this one to sync with it.' };
  }
  if (typeof file.entries !== 'object' || file.entries === null || Array.isArray(file.entries)) {
    return { problem: 'The sync folder’s manifest.json has no list of shares; Sharefeed leaves it as it is.' };
  }
  const entries = new Map<string, SyncEntry>();
  for (const [id, row] of Object.entries(file.entries as Record<string, unknown>)) {
    if (!text(id, 200) || !id || !Array.isArray(row))
      return { problem: `The sync folder’s manifest.json has a damaged entry (${id.slice(0, 40)}).` };
    if (row[0] === 's' && text(row[1]) && text(row[2]) && ISO.test(row[2]) && text(row[3]) && ISO.test(row[3]) && text(row[4], 100)) {
      entries.set(id, { kind: 'share', id, canonicalUrl: row[1], sharedAt: row[2], updatedAt: row[3], hash: row[4] });
    } else if (row[0] === 't' && text(row[1]) && text(row[2]) && ISO.test(row[2])) {
      entries.set(id, { kind: 'tombstone', id, canonicalUrl: row[1], deletedAt: row[2] });
    } else return { problem: `The sync folder’s manifest.json has a damaged entry (${id.slice(0, 40)}).` };
  }
  const settingsAt = typeof file.settingsAt === 'string' && ISO.test(file.settingsAt) ? file.settingsAt : null;
  return { entries, settingsAt };
}

export function writeShareFile(share: Share): string {
  return `${JSON.stringify(orderedShare(share))}\n`;
}

/** A share file, checked as a backup's share is (through the storage gate); or why it was refused. */
export function readShareFile(body: string, id: string): Share | { problem: string } {
  const context: ReadContext = { unknown: new Set(), warnings: [] };
  try {
    const share = readShare(JSON.parse(body), 1, context);
    if (share.id !== id) return { problem: `shares/${id}.json holds another share (${share.id.slice(0, 40)}); it was left as it is.` };
    return share;
  } catch (err) {
    const why = err instanceof BackupProblem ? err.message.replace(/^Share 1:? ?/, '') : 'it is not valid JSON';
    return { problem: `shares/${id}.json could not be used (${why.replace(/\.$/, '')}); it was left as it is.` };
  }
}

export function writeSettingsFile(settings: FeedSettings): string {
  return `${JSON.stringify(orderedSettings(settings))}\n`;
}

export function readSettingsFile(body: string): FeedSettings | { problem: string } {
  try {
    return readSettings(JSON.parse(body), { unknown: new Set(), warnings: [] });
  } catch (err) {
    return { problem: `The sync folder’s settings.json could not be used (${err instanceof Error ? err.message : 'not valid JSON'}).` };
  }
}
