/**
 * The Dexie schema. Every version ever released stays declared here, oldest first, so a database written by any
 * earlier release upgrades in place; `db.test.ts` opens one written by version 1 and checks nothing was lost.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Share } from '../core/share';
import { toStoredShareCut } from '../core/stored-share';
import type { CapturedPage } from '../core/captured-page';
import type { FeedSettings } from '../core/settings';
import { buildCatalog, packCatalog, type CatalogRow } from './catalog';

/** A share as version 2 stored it: the share plus lower-cased keys for its search indexes, dropped in version 3. */
interface Version2Share extends Share {
  words?: string[];
  tagKeys?: string[];
}

/** Key-value rows: the feed settings, and what an upgrade had to tell the person (shown on the options page). */
export type SettingRow = { key: 'feed'; value: FeedSettings } | { key: 'notices'; value: string[] };

/**
 * A capture the popup previewed, kept until the person presses Share (or a newer preview replaces it), so the share
 * stores exactly what was shown without extracting the page again — even if the worker was stopped in between.
 */
export interface CaptureRow {
  tabId: number;
  /** The page's address when it was read: a tab that has moved on is read again. */
  url: string;
  page: CapturedPage;
  at: string;
}

/**
 * One change to what the site and the other browsers show: a share written or removed (its time and its tags
 * before and after), or the feed's settings. Written in the same transaction as the change itself, numbered in
 * order; publishing and sync each remember the last number they carried out, so none is ever lost.
 */
export interface ChangeRow {
  seq?: number;
  kind: 'share' | 'settings';
  /** The share's id ('' for settings). */
  id: string;
  sharedAt: string;
  tags: string[];
  at: string;
  /** 'sync' when sync wrote it from another browser's change: sync does not send it back. */
  origin?: 'sync';
}

/** A removed share, remembered so that sync can tell another browser it is gone (and not bring it back). */
export interface TombstoneRow {
  id: string;
  canonicalUrl: string;
  deletedAt: string;
}

/** Publishing's and sync's own rows: their settings (with secrets) and their state. */
export interface StateRow {
  key: string;
  value: unknown;
}

/** Per-tab outcome of a share made without the popup (shortcut, menu), shown when the popup opens next. */
export interface TabStatusRow {
  tabId: number;
  error: string;
  at: string;
}

export const DB_NAME = 'sharefeed';

export class SharefeedDb extends Dexie {
  shares!: Table<Share, string>;
  settings!: Table<SettingRow, string>;
  tabStatus!: Table<TabStatusRow, number>;
  catalog!: Table<CatalogRow, string>;
  captures!: Table<CaptureRow, number>;
  changes!: Table<ChangeRow, number>;
  tombstones!: Table<TombstoneRow, string>;
  state!: Table<StateRow, string>;

  constructor(options?: DexieOptions) {
    super(DB_NAME, options);
    // Version 1 (0.1.0): shares by id, unique canonical URL (the dedupe key), newest-first order and tags.
    this.version(1).stores({
      shares: 'id, &canonicalUrl, sharedAt, *tags',
      settings: 'key',
    });
    // Version 2 (0.1.x): indexed search words and case-insensitive tags on each share. Its upgrade filled them in;
    // version 3 drops them again, so a database still at version 1 skips straight to version 3's upgrade.
    this.version(2).stores({
      shares: 'id, &canonicalUrl, sharedAt, *tags, *words, *tagKeys',
      settings: 'key',
      tabStatus: 'tabId',
    });
    // Version 3: search, totals and tag counts from one catalog row (see catalog.ts) instead of the word and tag
    // indexes, which cost a walk of every index entry at 10,000 shares; shares are stored exactly as they are.
    this.version(3)
      .stores({
        shares: 'id, &canonicalUrl, sharedAt',
        settings: 'key',
        tabStatus: 'tabId',
        catalog: 'key',
      })
      .upgrade(async (tx) => {
        const shares = tx.table<Version2Share, string>('shares');
        await shares.toCollection().modify((row) => {
          delete row.words;
          delete row.tagKeys;
        });
        await tx.table<CatalogRow, string>('catalog').put(packCatalog(buildCatalog(await shares.toArray())));
      });
    // Version 4: articles are stored feed-ready (core/stored-share.ts), so feeds copy them instead of scrubbing
    // each one on every export. Older rows are scrubbed once here, to the markup their feeds already carried; what
    // only the reader view showed beyond that (bdo, col/colgroup, table headers ids) is dropped, as README says.
    // An upgrade must never fail over one row (a failed upgrade leaves every later open failing): an article too
    // large to store once made safe is kept as its text, cut to fit with a note, and named in the notices.
    // The tables are version 3's: Dexie carries a table's schema forward until a version changes it.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        const cut: string[] = [];
        await tx
          .table<Share, string>('shares')
          .toCollection()
          .modify((row, ref) => {
            const result = toStoredShareCut(row);
            ref.value = result.share;
            if (result.cut) cut.push(`“${String(row.title ?? row.url ?? row.id).slice(0, 80)}” ${CUT_NOTICE[result.cut]}`);
          });
        if (cut.length) await addNotices(tx.table<SettingRow, string>('settings'), cut);
      });
    // Version 5: the capture a popup previewed, kept for its Share press (handlers.ts); the change log that
    // publishing and sync follow, removed shares' tombstones, and their state (publish/, sync/).
    this.version(5).stores({ captures: 'tabId', changes: '++seq', tombstones: 'id', state: 'key' });
  }
}

/** What the v4 upgrade says of a share it could not keep as it was (stored-share.ts toStoredShareCut). */
const CUT_NOTICE = {
  'too-large': 'was too large to keep whole and was cut to its text, with a note.',
  unreadable: 'could not be read as it was stored and was kept as its text, with a note.',
  link: 'could not be read as it was stored and was kept as a link.',
} as const;

/** Adds sentences for the options page to show (an upgrade's report). */
export async function addNotices(settings: Table<SettingRow, string>, notices: string[]): Promise<void> {
  const row = await settings.get('notices');
  const kept = row?.key === 'notices' ? row.value : [];
  await settings.put({ key: 'notices', value: [...kept, ...notices] });
}
