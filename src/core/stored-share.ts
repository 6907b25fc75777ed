/**
 * The gate between a share from anywhere (a capture in a web page, a backup file, an import) and storage. Every
 * article is scrubbed to feed-ready HTML (feed/scrub-html.ts) here, once, on its way in — so the reader shows and
 * the feeds copy it without re-reading it. Scrubbing is a fixed point, so a share that was stored passes unchanged.
 */
import { scrubHtml } from './feed/scrub-html';
import type { Share } from './share';

export function toStoredShare(share: Share): Share {
  if (!share.article) return share;
  const content = scrubHtml(share.article.content);
  return content === share.article.content ? share : { ...share, article: { ...share.article, content } };
}
