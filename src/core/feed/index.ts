/** The feed writers' one entry point: pick the entries, write them in the asked format, name the file. */
import type { Share } from '../share';
import type { FeedSettings } from '../settings';
import { toAtom } from './atom';
import { toJsonFeed } from './json-feed';
import { toRss } from './rss';
import { selectEntries, tagKey } from './select';
import { FORMATS, feedFilename, type FeedFormat } from './formats';

export type { FeedFormat } from './formats';

export interface FeedFile {
  filename: string;
  mimeType: string;
  body: string;
}

/** Select (tag filter case-insensitive, newest sharedAt first, ties by id, settings.limit; 0 = all) and write. */
export function writeFeed(format: FeedFormat, shares: readonly Share[], settings: FeedSettings, tag?: string): FeedFile {
  const entries = selectEntries(shares, settings, tag);
  const key = tagKey(tag);
  const feedTag = key ? tag : undefined;
  const { mimeType } = FORMATS[format];
  const filename = feedFilename(format, key || undefined);
  const body =
    format === 'atom'
      ? toAtom(entries, settings, feedTag)
      : format === 'rss'
        ? toRss(entries, settings, feedTag)
        : `${JSON.stringify(toJsonFeed(entries, settings, feedTag), null, 2)}\n`;
  return { filename, mimeType, body };
}
