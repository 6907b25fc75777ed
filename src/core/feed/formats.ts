/** The three feed formats: their file extensions and media types, and where each is published. */
export type FeedFormat = 'atom' | 'rss' | 'json';

export const FORMATS: Record<FeedFormat, { extension: string; mimeType: string }> = {
  atom: { extension: 'atom', mimeType: 'application/atom+xml' },
  rss: { extension: 'rss', mimeType: 'application/rss+xml' },
  json: { extension: 'json', mimeType: 'application/feed+json' },
};

const FEED_FILE = /\.(atom|rss|json|xml)$/i;

/**
 * The public address of the feed in `format`, from the one address in the settings. When that address names
 * another format's file (`…/sharefeed.atom` while writing RSS), the files are taken to be published side by side
 * under their export names (`…/sharefeed.rss`); an address without a feed file extension is used as it is.
 */
export function publishedUrl(feedUrl: string, format: FeedFormat): string {
  const url = new URL(feedUrl);
  const extension = FEED_FILE.exec(url.pathname)?.[1]?.toLowerCase();
  if (!extension || extension === FORMATS[format].extension || (extension === 'xml' && format !== 'json')) return feedUrl;
  url.pathname = url.pathname.replace(FEED_FILE, `.${FORMATS[format].extension}`);
  return url.href;
}
