/** What the injected extractor answers: plain, structured-clonable data, the same in every browser. */
import type { Article, Capture } from '../core/share';

export interface ExtractRequest {
  /** `auto`: the article, else a fallback; `selection`: the person's selection on purpose. */
  mode: 'auto' | 'selection';
}

export interface CapturedPage {
  /** The document URL. */
  url: string;
  /** canonicalUrl(link rel=canonical | og:url | url). */
  canonicalUrl: string;
  /** Cleaned title, never empty (falls back to the URL's host and path). */
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

export type ExtractReply = { ok: true; page: CapturedPage } | { ok: false; error: string };
