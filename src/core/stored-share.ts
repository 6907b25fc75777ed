/**
 * The gate between a share from anywhere (a capture in a web page, a backup file, an import) and storage. Every
 * article is scrubbed to feed-ready HTML (feed/scrub-html.ts) here, once, on its way in — so the feeds copy it
 * without re-reading it (the reader view still re-checks it with DOMPurify). Scrubbing is a fixed point, so a share
 * that was stored passes unchanged.
 */
import { scrubHtml } from './feed/scrub-html';
import type { Article, Share } from './share';

/**
 * The most characters a stored article may hold — also what a backup accepts back, so whatever is stored can be
 * restored. Escaping can make HTML longer (a `"` becomes `&quot;`): captures (512 KB at most) always fit; a
 * foreign file's pathological article may not, and is refused with a sentence.
 */
export const MAX_STORED_CONTENT = 5_000_000;

/** Thrown when an article is larger than {@link MAX_STORED_CONTENT} once scrubbed; the message is for the person. */
export class TooLargeToStore extends Error {}

/**
 * Articles this gate has already passed, with the content it passed: a restore gates each share as the file is
 * read and again in the repository, and the second look costs nothing. (A changed content is looked at again.)
 */
const passed = new WeakMap<Article, string>();

export function toStoredShare(share: Share): Share {
  const article = share.article;
  if (!article || passed.get(article) === article.content) return share;
  const content = scrubHtml(article.content);
  if (content.length > MAX_STORED_CONTENT) {
    throw new TooLargeToStore(
      `“${share.title.slice(0, 80)}” is too large to store: its article would be over ${MAX_STORED_CONTENT.toLocaleString('en')} characters. Share it as a link instead.`,
    );
  }
  const stored = content === article.content ? share : { ...share, article: { ...article, content } };
  passed.set(stored.article!, content);
  return stored;
}
