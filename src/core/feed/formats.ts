/** The three feed formats: their file extensions and media types, their files' names, and where each is published. */
import { safeFilename } from '../safe-filename';
import { SHAREFEED_NAMESPACE, uuidV5 } from './uuid-v5';

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
 * The public address of one tag's feed, where publishing puts it: `tags/<slug>.<ext>` in the main feed's folder
 * (`…/feeds/feed.atom` or `…/feeds/` → `…/feeds/tags/science.atom`). Null when the address names no folder
 * (`…/feed` may be anything).
 */
export function publishedTagUrl(feedUrl: string, format: FeedFormat, tagKey: string): string | null {
  const url = new URL(feedUrl);
  if (!FEED_FILE.test(url.pathname) && !url.pathname.endsWith('/')) return null;
  url.pathname = url.pathname.replace(/[^/]*$/, `tags/${tagSlug(tagKey)}.${FORMATS[format].extension}`);
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * A tag's name in file names and addresses: the tag itself when it is only letters, digits and single hyphens (in
 * any script: `rust`, `日本`), else its letters and digits joined by hyphens plus a short hash of the tag, so two
 * tags never share a file (`c++` and `c#` are `c-4f1a…` and `c-9b02…`) and a tag's address never changes.
 */
export function tagSlug(tagKey: string): string {
  const readable = tagKey
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  if (readable && readable === tagKey) return readable;
  return `${readable || 'tag'}-${uuidV5(SHAREFEED_NAMESPACE, `tag:${tagKey}`).slice(0, 8)}`;
}
