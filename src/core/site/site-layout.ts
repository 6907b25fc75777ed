/**
 * Where each published file lives, under the person's folder:
 *   feed.atom  feed.rss  feed.json  index.html  page-<n>.html
 *   tags/<slug>.atom|rss|json  tags/<slug>.html  tags/<slug>/page-<n>.html
 * `index.html` shows the newest shares; the archive pages hold every share in pages of PAGE_SIZE counted from the
 * oldest (page 1 is the oldest), so a page, once full, keeps its address and its bytes while new shares arrive:
 * publishing one more share rewrites the front page and the last archive page, not the whole archive.
 */
import { tagSlug, type FeedFormat } from '../feed/formats';

export const PAGE_SIZE = 50;

export const FEED_FORMATS: readonly FeedFormat[] = ['atom', 'rss', 'json'];

/** `feed.atom`, or `tags/<slug>.atom` for one tag's feed. */
export function feedPath(format: FeedFormat, tagKey?: string): string {
  return tagKey ? `tags/${tagSlug(tagKey)}.${format}` : `feed.${format}`;
}

/** The front page of everything (`index.html`) or of one tag (`tags/<slug>.html`). */
export function frontPath(tagKey?: string): string {
  return tagKey ? `tags/${tagSlug(tagKey)}.html` : 'index.html';
}

/** Archive page `n` (1 = the oldest shares). */
export function archivePath(n: number, tagKey?: string): string {
  return tagKey ? `tags/${tagSlug(tagKey)}/page-${n}.html` : `page-${n}.html`;
}

/** Exactly the paths above: slugs are letters, digits and dashes (formats.ts tagSlug). */
const SITE_PATH =
  /^(?:index\.html|feed\.(?:atom|rss|json)|page-\d+\.html|tags\/[\p{L}\p{N}-]+(?:\.(?:html|atom|rss|json)|\/page-\d+\.html))$/u;

/** Whether `path` is one of the site's own files (and so may be replaced or removed by a publish). */
export function isSitePath(path: string): boolean {
  return SITE_PATH.test(path);
}

export function archivePageCount(total: number): number {
  return Math.ceil(total / PAGE_SIZE);
}

/** The archive page holding the share at `position` (0 = the oldest). */
export function archivePageOf(position: number): number {
  return Math.floor(position / PAGE_SIZE) + 1;
}

/**
 * The newest-first range [start, end) of a list of `total` shares (newest first) that archive page `n` holds.
 * Page n holds oldest-first positions [(n-1)·PAGE_SIZE, n·PAGE_SIZE).
 */
export function archiveRange(n: number, total: number): { start: number; end: number } {
  const oldestFirstEnd = Math.min(n * PAGE_SIZE, total);
  const oldestFirstStart = (n - 1) * PAGE_SIZE;
  return { start: total - oldestFirstEnd, end: total - oldestFirstStart };
}

/** How to reach the site's root folder from a file at `path` (`''`, `'../'`, `'../../'`). */
export function toRoot(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}
