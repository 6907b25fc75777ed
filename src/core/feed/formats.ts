/** The three feed formats: their file extensions and media types, their files' names, and where each is published. */
import { safeFilename } from '../safe-filename';

export type FeedFormat = 'atom' | 'rss' | 'json';

export const FORMATS: Record<FeedFormat, { extension: string; mimeType: string }> = {
  atom: { extension: 'atom', mimeType: 'application/atom+xml' },
  rss: { extension: 'rss', mimeType: 'application/rss+xml' },
  json: { extension: 'json', mimeType: 'application/feed+json' },
};

const FEED_FILE = /\.(atom|rss|json|xml)$/i;

/** `sharefeed.atom`, or `sharefeed-<tag>.rss` for one tag's feed (`tagKey`: the tag as compared, lower-cased). */
export function feedFilename(format: FeedFormat, tagKey?: string): string {
  const { extension } = FORMATS[format];
  return tagKey ? `sharefeed-${safeFilename(tagKey, 'tag')}.${extension}` : `sharefeed.${extension}`;
}

/**
 * The public address of the feed in `format`, from the one address in the settings. When that address names
 * another format's file (`…/sharefeed.atom` while writing RSS), the files are taken to be published side by side
 * under their export names (`…/sharefeed.rss`); an address without a feed file extension is used as it is.
 */
export function publishedUrl(feedUrl: string, format: FeedFormat): string {
  const url = new URL(feedUrl);
  url.hash = '';
  const extension = FEED_FILE.exec(url.pathname)?.[1]?.toLowerCase();
  if (!extension || extension === FORMATS[format].extension || (extension === 'xml' && format !== 'json')) return feedUrl;
  url.pathname = url.pathname.replace(FEED_FILE, `.${FORMATS[format].extension}`);
  return url.href;
}

/**
 * The public address of one tag's feed: its export file beside the main feed's file (`…/feeds/sharefeed.atom` →
 * `…/feeds/sharefeed-science.atom`), or in the folder the address names (`…/feeds/`). Null when the address is
 * neither (`…/feed` may be anything, so no sibling can be named).
 */
export function publishedTagUrl(feedUrl: string, format: FeedFormat, tagKey: string): string | null {
  const url = new URL(feedUrl);
  if (!FEED_FILE.test(url.pathname) && !url.pathname.endsWith('/')) return null;
  url.pathname = url.pathname.replace(/[^/]*$/, feedFilename(format, tagKey));
  url.search = '';
  url.hash = '';
  return url.href;
}
