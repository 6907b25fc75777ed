/** What a capture of a page holds: the extractor's answer, as the background passes it to the popup. */
import type { Article, Capture } from './share';
import { TooLargeToStore, toStoredArticle } from './stored-share';

export interface CapturedPage {
  /** The document URL. */
  url: string;
  /** canonicalUrl(link rel=canonical | og:url | url). */
  canonicalUrl: string;
  /** Cleaned title, never empty (falls back to the page's first heading, then the URL's host and path). */
  title: string;
  /** What `article` holds. */
  capture: Capture;
  /** Null only for 'link'. */
  article: Article | null;
  /** Other captures the person may choose instead (e.g. 'selection' when text is selected, always 'link'). */
  alternatives: { capture: Capture; article: Article | null }[];
  /** One sentence for the popup when we fell back or cut; null when a clean article was captured. */
  notice: string | null;
}

/**
 * A capture with every article through the storage gate (stored-share.ts): what the popup previews is what Share
 * stores. A choice whose article cannot be stored (too large once made safe) is left out, saying so.
 */
export function toStoredPage(page: CapturedPage): CapturedPage {
  const choices = [{ capture: page.capture, article: page.article }, ...page.alternatives];
  const kept: CapturedPage['alternatives'] = [];
  let refused: string | null = null;
  for (const choice of choices) {
    try {
      kept.push({ capture: choice.capture, article: choice.article && toStoredArticle(choice.article, page.url, page.title) });
    } catch (err) {
      if (!(err instanceof TooLargeToStore)) throw err;
      refused ??= err.message;
    }
  }
  // The link is always among the choices, and can always be stored.
  const [first, ...alternatives] = kept as [CapturedPage['alternatives'][number], ...CapturedPage['alternatives']];
  return { ...page, capture: first.capture, article: first.article, alternatives, notice: refused ?? page.notice };
}
