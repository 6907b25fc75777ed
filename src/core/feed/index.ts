/** The feed writers' one entry point: pick the entries, write them in the asked format, name the file. */
import type { Share } from '../share';
import type { FeedSettings } from '../settings';
import { atomChunks } from './atom';
import { jsonFeedChunks } from './json-feed';
import { rssChunks } from './rss';
import { selectEntries, tagKey } from './select';
import { FORMATS, feedFilename, type FeedFormat } from './formats';

export type { FeedFormat } from './formats';

export interface FeedFile {
  filename: string;
  mimeType: string;
  body: string;
}

/**
 * A feed as pieces (a few per entry) to stream into a file or a Blob, so the whole document is never one string.
 * `chunks` is read once, as it is written.
 */
export interface FeedStream {
  filename: string;
  mimeType: string;
  chunks: Iterable<string>;
}

const CHUNKS = { atom: atomChunks, rss: rssChunks, json: jsonFeedChunks } as const;

/**
 * Select (tag filter case-insensitive, newest sharedAt first, ties by id, settings.limit; 0 = all) and write.
 * The shares must be stored shares (core/stored-share.ts): their articles are copied into the feed as they are.
 */
export function streamFeed(format: FeedFormat, shares: readonly Share[], settings: FeedSettings, tag?: string): FeedStream {
  const entries = selectEntries(shares, settings, tag);
  const key = tagKey(tag);
  return {
    filename: feedFilename(format, key || undefined),
    mimeType: FORMATS[format].mimeType,
    chunks: CHUNKS[format](entries, settings, key ? tag : undefined),
  };
}

/** As {@link streamFeed}, the document as one string. */
export function writeFeed(format: FeedFormat, shares: readonly Share[], settings: FeedSettings, tag?: string): FeedFile {
  const { chunks, ...file } = streamFeed(format, shares, settings, tag);
  return { ...file, body: [...chunks].join('') };
}
