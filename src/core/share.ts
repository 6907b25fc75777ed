/**
 * The share model: what one "I shared this story" is, in storage, in messages and in backup files alike.
 * Dates are ISO 8601 strings (UTC, millisecond precision) so the same object survives JSON, IndexedDB and feeds.
 */

/** How the story's body was captured, best first. */
export type Capture = 'article' | 'selection' | 'description' | 'link';

export interface Article {
  /** Sanitized HTML with absolute URLs. For `selection` it is the quoted selection; for `description` one paragraph. */
  content: string;
  excerpt: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Absolute URL of the lead image. */
  image: string | null;
  /** Absolute URL of the site's icon. */
  favicon: string | null;
  wordCount: number;
  /** True when `content` was cut to the storage cap; the cut is marked in the HTML too. */
  truncated: boolean;
}

export interface Share {
  /** A random UUID; never changes, so feed entry ids never change. */
  id: string;
  url: string;
  /** Dedupe key: canonical URL without tracking parameters or fragment. */
  canonicalUrl: string;
  title: string;
  comment: string;
  tags: string[];
  sharedAt: string;
  updatedAt: string;
  capture: Capture;
  /** Null only for `link` captures. */
  article: Article | null;
}

/** A share as a list shows it: everything but the article's HTML, which can be half a megabyte. */
export type ShareSummary = Omit<Share, 'article'> & { article: Omit<Article, 'content'> | null };

export function summarize(share: Share): ShareSummary {
  if (!share.article) return share;
  const { content: _content, ...article } = share.article;
  return { ...share, article };
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;
/**
 * The first letter or digit of a run of non-space characters (one match per such run): anchored at the run's
 * start, so a long run with no letter is read once, not once per position (`\S*[\p{L}\p{N}]\S*` would backtrack).
 */
const WORD = /(?<!\S)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;

/** Words in plain text, counting CJK characters one each (they are not space-separated). */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = cjk ? text.replace(CJK, ' ') : text;
  return (rest.match(WORD)?.length ?? 0) + cjk;
}

/** Tags are trimmed, inner whitespace folded, case kept, duplicates (case-insensitive) dropped, order kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, 100);
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}
