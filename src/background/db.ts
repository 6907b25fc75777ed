/**
 * The Dexie schema. Every version ever released stays declared here, oldest first, so a database written by any
 * earlier release upgrades in place; `db.test.ts` opens one written by version 1 and checks nothing was lost.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Share } from '../core/share';
import { toStoredShare } from '../core/stored-share';
import type { FeedSettings } from '../core/settings';
import { buildCatalog, packCatalog, type CatalogRow } from './catalog';

/** A share as version 2 stored it: the share plus lower-cased keys for its search indexes, dropped in version 3. */
interface Version2Share extends Share {
  words?: string[];
  tagKeys?: string[];
}

export interface SettingRow {
  key: 'feed';
  value: FeedSettings;
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
    // The tables are version 3's: Dexie carries a table's schema forward until a version changes it.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table<Share, string>('shares')
          .toCollection()
          .modify((row, ref) => {
            ref.value = toStoredShare(row);
          });
      });
  }
}
