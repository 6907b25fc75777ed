/**
 * The Dexie schema. Every version ever released stays declared here, oldest first, so a database written by any
 * earlier release upgrades in place; `db.test.ts` opens one written by version 1 and checks nothing was lost.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Share } from '../core/share';
import type { FeedSettings } from '../core/settings';
import { searchWords } from '../core/search-words';

/** A share as stored: the share itself plus the lower-cased keys the indexes need. */
export interface StoredShare extends Share {
  words: string[];
  tagKeys: string[];
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
  shares!: Table<StoredShare, string>;
  settings!: Table<SettingRow, string>;
  tabStatus!: Table<TabStatusRow, number>;

  constructor(options?: DexieOptions) {
    super(DB_NAME, options);
    // Version 1 (0.1.0): shares by id, unique canonical URL (the dedupe key), newest-first order and tags.
    this.version(1).stores({
      shares: 'id, &canonicalUrl, sharedAt, *tags',
      settings: 'key',
    });
    // Version 2: indexed search words and case-insensitive tags, filled in for shares written by version 1.
    this.version(2)
      .stores({
        shares: 'id, &canonicalUrl, sharedAt, *tags, *words, *tagKeys',
        settings: 'key',
        tabStatus: 'tabId',
      })
      .upgrade((tx) =>
        tx
          .table<StoredShare, string>('shares')
          .toCollection()
          .modify((row) => {
            Object.assign(row, indexKeys(row));
          }),
      );
  }
}

/** The derived index fields of a share; recomputed on every write so they never drift from the share. */
export function indexKeys(share: Share): Pick<StoredShare, 'words' | 'tagKeys'> {
  const site = share.article?.siteName ?? '';
  const text = [share.title, share.comment, site, share.url, share.tags.join(' ')].join(' ');
  return { words: searchWords(text), tagKeys: share.tags.map((t) => t.toLowerCase()) };
}

export function toStored(share: Share): StoredShare {
  return { ...share, ...indexKeys(share) };
}

/** The share exactly as it was given to `toStored`: derived fields removed. */
export function fromStored(row: StoredShare): Share {
  const { words: _w, tagKeys: _t, ...share } = row;
  return share;
}
